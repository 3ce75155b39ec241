import { isCapitalised, isHyphen, type Token } from "./tokens";

// A named speaker and the office that says who they are, set off by commas before the verb:
//   "Ana Ruiz, a spokeswoman for the ministry, said"     "Anton Bello, director of Valdora General Hospital, said"
//   "The governor of Moscow region, Andrei Vorobyov, said"  "Valdora's police chief, Marco Lind, said"
// Both read as the name first, then the office ("Andrei Vorobyov, the governor of Moscow region"), so that one
// person is one claimant however the report puts it.

const words = (list: string) => new Set(list.split(" "));

/** Nouns that make a phrase an office or a role: "the governor of ...", "director of ...", "a stallholder". */
const TITLE_NOUNS = words(
  "governor mayor minister president premier chancellor spokesman spokeswoman spokesperson chief head director commander commissioner secretary officer official inspector superintendent prosecutor coroner doctor surgeon coordinator manager chairman chairwoman chair leader founder deputy adviser advisor representative ambassador envoy general colonel captain sergeant lieutenant editor correspondent analyst researcher professor expert lawyer attorney judge sheriff constable priest imam bishop owner witness resident survivor",
);
/** Words that open an apposition of role whatever its head: "a stallholder", "the city's mayor", "its founder". */
const ROLE_OPENERS = words("a an the its their his her");
/** Capitalised words that open a clause rather than a name: "On Monday, ...", "But Ana Ruiz ...". */
const NOT_NAME_STARTS = words(
  "the a an on in at after before but and however meanwhile later earlier then when while since by monday tuesday wednesday thursday friday saturday sunday",
);
const MAX_SEGMENT = 12;

export interface TitledSpeaker {
  from: number;
  to: number;
  /** Name first, then the office. */
  text: string;
}

/** The titled speaker whose closing comma is token `comma` (just before the verb), or undefined. */
export function titledSpeakerBefore(text: string, tokens: readonly Token[], comma: number): TitledSpeaker | undefined {
  const inner = segmentBefore(tokens, comma);
  if (!inner || tokens[inner.from - 1]?.text !== ",") return undefined;
  const outer = segmentBefore(tokens, inner.from - 1);
  if (!outer) return undefined;
  const words = (segment: Segment) => text.slice(tokens[segment.from]!.start, tokens[segment.to - 1]!.end);
  // "The governor of Moscow region, Andrei Vorobyov, said": the office opens the clause, the name follows.
  if (isName(tokens, inner) && isOffice(tokens, outer, true) && !hasTitleNoun(tokens, inner)) {
    const office = words(outer).replace(/^The\s/, "the ");
    return { from: outer.from, to: inner.to, text: `${words(inner)}, ${office}` };
  }
  // "Ana Ruiz, a spokeswoman for the ministry, said": the name may follow other words of its clause.
  const name = nameEndingAt(tokens, inner.from - 1, outer.from);
  if (name && isOffice(tokens, inner, false)) return { from: name.from, to: inner.to, text: `${words(name)}, ${words(inner)}` };
  return undefined;
}

/** "said Andrei Vorobyov, the governor of Moscow region": is there an office from token `at` (after the comma)? */
export function officeAfter(tokens: readonly Token[], at: number): boolean {
  let to = at;
  while (to < tokens.length && to - at < MAX_SEGMENT && (tokens[to]!.kind === "word" || isHyphen(tokens[to]))) to++;
  // "a spokeswoman ..." as before; otherwise an office noun must say so ("..., said police, the ministry added" must not).
  return to > at && (/^(a|an)$/.test(tokens[at]!.lower) || hasTitleNoun(tokens, { from: at, to }));
}

interface Segment {
  from: number;
  to: number;
}

/** The words between the punctuation before `end` and `end`: a clause part set off by commas. */
function segmentBefore(tokens: readonly Token[], end: number): Segment | undefined {
  let from = end;
  while (from > 0 && end - from < MAX_SEGMENT && (tokens[from - 1]!.kind === "word" || isHyphen(tokens[from - 1]))) from--;
  if (from === end || (from > 0 && tokens[from - 1]!.kind !== "punct")) return undefined;
  return { from, to: end };
}

const hasTitleNoun = (tokens: readonly Token[], segment: Segment) => tokens.slice(segment.from, segment.to).some((token) => TITLE_NOUNS.has(token.lower.replace(/'s$/, "")));

/**
 * An office or a role: "a spokeswoman for the ministry", "the governor of Moscow region", "director of ...". At the
 * start of a clause a capital "The" may open it, and a possessive may ("Valdora's police chief").
 */
function isOffice(tokens: readonly Token[], segment: Segment, clauseStart: boolean): boolean {
  const first = tokens[segment.from]!;
  const opener = ROLE_OPENERS.has(first.lower) && (clauseStart || first.text === first.lower);
  if (opener && segment.to - segment.from > 1) return true;
  return hasTitleNoun(tokens, segment);
}

/** A person's name: capitalised words only ("Andrei Vorobyov", "Dr Anton Bello"), at most five. */
function isName(tokens: readonly Token[], segment: Segment): boolean {
  if (segment.to - segment.from > 5 || NOT_NAME_STARTS.has(tokens[segment.from]!.lower)) return false;
  for (let at = segment.from; at < segment.to; at++) {
    if (!(isCapitalised(tokens[at]) || (isHyphen(tokens[at]) && at > segment.from))) return false;
  }
  return true;
}

/** The capitalised words ending at `end`, not before `limit`, that can be a name. */
function nameEndingAt(tokens: readonly Token[], end: number, limit: number): Segment | undefined {
  let from = end;
  while (from > limit && end - from < 5 && isCapitalised(tokens[from - 1]) && !NOT_NAME_STARTS.has(tokens[from - 1]!.lower)) from--;
  return from < end ? { from, to: end } : undefined;
}
