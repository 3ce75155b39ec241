import { isCapitalised, isHyphen, touching, type Token } from "./tokens";

// Capitalised name phrases ("Islamic State Khorasan Province (ISIS-K)", "the Northern Dawn Brigades",
// "Ukrainian nationalists") and the words that stand for one ("it", "the group").

export interface NamePhrase {
  /** Tokens [from, to) of the name, without a leading "the". */
  from: number;
  to: number;
  text: string;
  /** Names an armed group rather than a state, a person or an office. */
  group: boolean;
}

const words = (list: string) => new Set(list.split(" "));

/** Small words inside a name: "Front for the Liberation of Valdora", "Jabhat al-Nusra". */
const CONNECTORS = words("of for the al el ad ash bin ibn de del der van von la le du y");
/** Lower-case nouns that end a name of a group: "Ukrainian nationalists", "ISIS-K militants". */
const GROUP_NOUNS = words(
  "militants nationalists radicals fighters group separatists rebels insurgents extremists jihadists islamists intelligence services forces cell operatives agents affiliate branch militia network faction",
);
/** Words that make a name a group's. */
const GROUP_WORDS = words(
  "front army state brigade brigades movement group organisation organization province liberation battalion battalions mujahideen jihad legion resistance militia network cell faction jamaat taliban hamas hezbollah qaeda shabaab isis isil daesh brotherhood",
);
/** Capitalised words that are not names, wherever they stand. */
const NEVER_NAMES = words(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i",
);
/** Capitalised only because they start a sentence or clause. */
const COMMON_STARTERS = words(
  "the a an in on at after before but and or however meanwhile later earlier then when while it its they their he she his her we our you this that these those there some many several no none police officials authorities witnesses analysts experts residents survivors investigators security local state government officers soldiers gunmen attackers as by for from with without since during among following until yet still also both each all one two three four five six seven eight nine ten hours minutes days weeks months years moments shortly soon today yesterday tonight last next",
);

const bare = (token: Token): string => token.lower.replace(/'s$/, "");

/** A token that may start or continue a name: a capitalised word other than a weekday or month. */
function nameWord(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!isCapitalised(token) || NEVER_NAMES.has(bare(token!))) return false;
  const startsClause = at === 0 || tokens[at - 1]!.kind === "punct";
  return !(startsClause && COMMON_STARTERS.has(token!.lower));
}

/** A name starting at `at` (after an optional "the"), or undefined. */
export function readName(text: string, tokens: readonly Token[], at: number): NamePhrase | undefined {
  let from = at;
  if (tokens[from]?.lower === "the" && nameWord(tokens, from + 1)) from++;
  if (!nameWord(tokens, from)) return undefined;
  let to = from + 1;
  for (;;) {
    const next = tokens[to];
    if (!next) break;
    // "ISIS-K", "Al-Naba", "al-Nusra": a hyphen inside a word.
    if (isHyphen(next) && touching(tokens[to - 1], next) && touching(next, tokens[to + 1]) && tokens[to + 1]?.kind !== "punct") {
      to += 2;
      continue;
    }
    if (nameWord(tokens, to)) {
      to++;
      continue;
    }
    if (CONNECTORS.has(next.lower) && next.kind === "word" && !isCapitalised(next)) {
      // A connector only inside a name: another capitalised word must follow (perhaps after "the" or "al-").
      let look = to + 1;
      while (look < to + 3 && tokens[look] && (CONNECTORS.has(tokens[look]!.lower) || isHyphen(tokens[look]))) look++;
      if (nameWord(tokens, look) || isCapitalised(tokens[look])) {
        to = look + 1;
        continue;
      }
    }
    break;
  }
  // "(ISIS-K)": an abbreviation in brackets right after the name.
  if (tokens[to]?.text === "(") {
    let close = to + 1;
    while (close < to + 6 && tokens[close] && tokens[close]!.text !== ")" && (isCapitalised(tokens[close]) || isHyphen(tokens[close]) || tokens[close]!.kind === "number")) close++;
    if (tokens[close]?.text === ")" && close > to + 1 && isCapitalised(tokens[to + 1])) to = close + 1;
  }
  let trailing = 0;
  while (trailing < 2 && tokens[to] && GROUP_NOUNS.has(tokens[to]!.lower) && !isCapitalised(tokens[to])) {
    to++;
    trailing++;
  }
  const phrase = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const group = trailing > 0 || phrase.includes("(") || tokens.slice(from, to).some((token) => GROUP_WORDS.has(bare(token)));
  return { from, to, text: phrase, group };
}

/** The name that ends just before token `end` (the longest one), or undefined. */
export function readNameEndingAt(text: string, tokens: readonly Token[], end: number): NamePhrase | undefined {
  let earliest = end;
  while (earliest > 0 && earliest > end - 14) {
    const token = tokens[earliest - 1]!;
    const partOfName = token.kind === "word" || isHyphen(token) || token.text === "(" || token.text === ")" || token.kind === "number";
    if (!partOfName || token.text === "—") break;
    earliest--;
  }
  for (let start = earliest; start < end; start++) {
    const name = readName(text, tokens, start);
    if (name && name.to === end && name.from === start + (tokens[start]?.lower === "the" ? 1 : 0)) return name;
  }
  return undefined;
}

/** The words "it", "they", "the group", ... ending just before `end`: they stand for a name said earlier. */
export function anaphorEndingAt(tokens: readonly Token[], end: number): { from: number; to: number } | undefined {
  const last = tokens[end - 1]?.lower;
  if (last === "it" || last === "they") return { from: end - 1, to: end };
  if (tokens[end - 2]?.lower === "the" && (last === "group" || last === "organisation" || last === "organization" || last === "movement" || last === "militia")) {
    return { from: end - 2, to: end };
  }
  return undefined;
}

/** Every group name in the tokens, in order, for resolving "it" and "the group" later. */
export function groupNames(text: string, tokens: readonly Token[]): NamePhrase[] {
  const names: NamePhrase[] = [];
  for (let at = 0; at < tokens.length; ) {
    const name = readName(text, tokens, at);
    if (name) {
      if (name.group) names.push(name);
      at = name.to;
    } else at++;
  }
  return names;
}

/** Words that may stand just before a list of names that is a clause's subject: "said the X and the Y were behind". */
const LIST_OPENERS = words("that both but while and as later then meanwhile earlier now also said says believe believes suspect suspects reported");
const WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");

/**
 * The names joined by "and" ending just before `end`, in order: "the Northern Front and the Free Army",
 * "A, B and C". A list must open its clause, or "police arrested Ivan Petrov and the Free Army claimed ..." would
 * make Ivan Petrov a claimant; when it does not, only the last name is read.
 */
export function nameListEndingAt(text: string, tokens: readonly Token[], end: number): NamePhrase[] {
  const last = readNameEndingAt(text, tokens, end);
  if (!last) return [];
  const names = [last];
  const withArticle = (name: NamePhrase) => (tokens[name.from - 1]?.lower === "the" ? name.from - 1 : name.from);
  for (;;) {
    let link = withArticle(names[0]!);
    const joined = names.length > 1;
    // The last two names are joined by "and" (perhaps after a comma); any before them by commas.
    if (!joined && tokens[link - 1]?.lower === "and") link -= tokens[link - 2]?.text === "," ? 2 : 1;
    else if (joined && tokens[link - 1]?.text === ",") link--;
    else break;
    const previous = readNameEndingAt(text, tokens, link);
    if (!previous) {
      if (!joined) return [last];
      break;
    }
    names.unshift(previous);
  }
  if (names.length === 1) return names;
  const before = tokens[withArticle(names[0]!) - 1];
  const opens = !before || before.kind === "punct" || LIST_OPENERS.has(before.lower) || WEEKDAYS.has(before.lower);
  return opens ? names : [last];
}

/** Words that may follow a list of names read forwards: "blamed X and Y for the attack", "claimed by X and Y in". */
const LIST_CLOSERS = words("for of over in on at after as through via with from since");

/**
 * The names joined by "and" from `at`, in order: "blamed the Northern Front and the Free Army for ...". A list
 * counts only where it plainly ends (a stop or a preposition follows its last name), so "blamed X and Y said ..."
 * keeps X alone.
 */
export function nameListAt(text: string, tokens: readonly Token[], at: number): NamePhrase[] {
  const first = readName(text, tokens, at);
  if (!first) return [];
  const names = [first];
  let position = first.to;
  for (;;) {
    let next = position + (tokens[position]?.text === "," ? 1 : 0);
    const and = tokens[next]?.lower === "and";
    if (and) next++;
    const name = next > position ? readName(text, tokens, next) : undefined;
    if (!name) return [first];
    names.push(name);
    position = name.to;
    if (and) break;
  }
  const after = tokens[position];
  return !after || after.kind === "punct" || LIST_CLOSERS.has(after.lower) ? names : [first];
}
