import { officeAfter, titledSpeakerBefore } from "./speaker-titles";
import { isCapitalised, isClauseBreak, type Token } from "./tokens";

// Who says what a sentence reports: "according to X", "X said", "said X", "X reported". Only the words of the
// sentence are used; a speaker that is only a pronoun ("he said") is no claimant.

export type SpeakerKind = "media" | "official" | "group" | "other";

export interface Speaker {
  text: string;
  kind: SpeakerKind;
  /** Tokens [from, to) of the speaker's words. */
  from: number;
  to: number;
  /** The token of the verb ("said") or of "according". */
  verb: number;
  /** "according to X" and "as reported by X" speak for the whole sentence. */
  framing: boolean;
}

const words = (list: string) => new Set(list.split(" "));

const SAY_VERBS = words(
  "said says say told tells reported reports announced announces stated added adds confirmed confirms wrote writes posted tweeted claimed claims blamed blames accused accuses alleged alleges insisted insists warned estimated estimates believe believes concluded noted acknowledged attributed established determined",
);
/** Adverbs and auxiliaries between a speaker and the verb: "police later said", "officials have said". */
const BETWEEN = words("has have had also later earlier previously separately initially first then now further reportedly had since subsequently quickly swiftly");
/** Nouns that head a speaker without a capital letter: "police said", "local media reported". */
const SPEAKER_NOUNS = words(
  "police officials official authorities ministry government spokesman spokeswoman spokesperson media witnesses witness analysts analyst experts expert sources source investigators prosecutors prosecutor residents resident survivors survivor doctors doctor medics paramedics agency army military newspaper outlet outlets broadcaster television minister president mayor governor officers officer commander observers researchers staff hospital service services statement report reports office department correspondent reporters chief director coroner commissioner forces troops soldiers rescuers firefighters chamber commerce council association",
);
const DETERMINERS = words("the a an its their his her this that these those");
/** Words a speaker phrase may hold without a capital: "the country's interior minister", "a spokeswoman for the ministry". */
const INNER_WORDS = words("of for at in and");
const PRONOUNS = words("he she it they we i you who which that this one");
/** Words that end a speaker read forwards: "said Ana Ruiz on Saturday", "according to police, who ...". */
const FORWARD_STOPS = words(
  "on at after during citing as adding who which when while because that late early earlier later before since following in",
);

const MEDIA = /\b(media|newspapers?|paper|outlets?|broadcasters?|television|tv|radio|news|reporters?|correspondents?|journalists?|times|post|herald|tribune|gazette|journal|observer|telegraph|guardian|chronicle|daily|courier|mirror|express|reuters|ap|afp|bbc|cnn|wire|press|magazine|website)\b/;
const OFFICIAL_PRESS = /\b(press secretary|press office|press service)\b/;
const OFFICIAL = /\b(officials?|ministers?|ministry|ministries|government|president|presidential|premier|prime|police|authorit(?:y|ies)|kremlin|white house|department|prosecutors?|prosecution|investigators?|investigative|army|military|intelligence|security|fsb|fbi|cia|governor|mayor|embassy|ambassador|commission|council|interior|defen[cs]e|cabinet|parliament|lawmakers?|senators?|commander|officers?|republic|federal|state department|national guard|emergency services)\b/;
// Words that only armed groups' names hold, checked before the official ones ("Valdora Liberation Army").
const GROUP = /\b(front|brigades?|movement|liberation|battalions?|mujahideen|jihad|legion|resistance|militia|faction|jamaat|taliban|hamas|hezbollah|qaeda|shabaab|isis|isil|daesh|islamic state|militants|insurgents|rebels)\b/;
// Words that name a group only when nothing official is named ("State Department", "Islamic State").
const WEAK_GROUP = /\b(group|organi[sz]ation|network|cell|province|state)\b/;

/** What kind of speaker a phrase names: media, officials, an armed group, or someone else (analysts, witnesses). */
export function speakerKind(phrase: string): SpeakerKind {
  const said = namedKind(phrase);
  if (said) return said;
  // Checked before capitals, which may only open the sentence ("Analysts believe ...").
  if (OTHER.test(phrase.toLowerCase())) return "other";
  // A capitalised name with no other clue is a state, a capital or an office speaking ("Moscow blamed Kyiv").
  if (/\p{Lu}/u.test(phrase.replace(/^The\s/, ""))) return "official";
  return "other";
}

/** People who speak for no office and no outlet. */
const OTHER =
  /\b(analysts?|experts?|witness(?:es)?|residents?|observers?|researchers?|survivors?|sources?|relatives|neighbours|neighbors|doctors?|academics?|commentators?|activists?|locals|families|mourners|people)\b/;

/** The kind a phrase's own words say, or undefined when they say none ("Northern Dawn", "Ana Ruiz"). */
export function namedKind(phrase: string): Exclude<SpeakerKind, "other"> | undefined {
  const lower = phrase.toLowerCase().replace(/’/g, "'");
  if (OFFICIAL_PRESS.test(lower)) return "official";
  if (MEDIA.test(lower)) return "media";
  if (GROUP.test(lower)) return "group";
  if (OFFICIAL.test(lower)) return "official";
  if (WEAK_GROUP.test(lower)) return "group";
  return undefined;
}

/** Every speaker in the sentence, in order. */
export function findSpeakers(text: string, tokens: readonly Token[]): Speaker[] {
  const speakers: Speaker[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    let found: (Omit<Speaker, "kind" | "text"> & { text?: string }) | undefined;
    if (token.lower === "according" && tokens[at + 1]?.lower === "to") {
      const span = readForward(tokens, at + 2);
      if (span) found = { ...span, verb: at, framing: true };
    } else if (/^(reported|quoted|cited|announced|published)$/.test(token.lower) && tokens[at + 1]?.lower === "by") {
      const span = readForward(tokens, at + 2);
      if (span) found = { ...span, verb: at, framing: true };
    } else if ((SAY_VERBS.has(token.lower) && !selfClaimVerb(tokens, at)) || putsAFigure(tokens, at)) {
      const before = readBackward(text, tokens, at);
      if (before) found = { ...before, verb: at, framing: false };
      else if (saidAfterQuote(tokens, at)) {
        const span = readForward(tokens, at + 1, true);
        if (span && (tokens[span.to] === undefined || isClauseBreak(tokens[span.to]))) found = { ...span, verb: at, framing: false };
      }
    }
    if (!found) continue;
    const words = text.slice(tokens[found.from]!.start, tokens[found.to - 1]!.end);
    const phrase = found.text ?? stripArticle(words, tokens[found.from]!, found.from === 0 || tokens[found.from - 1]!.kind === "punct");
    if (!phrase || PRONOUNS.has(phrase.toLowerCase())) continue;
    speakers.push({ ...found, text: phrase, kind: speakerKind(phrase) });
  }
  return speakers;
}

/**
 * The claimant of words at token `at`: the speaker framing the sentence ("according to X"), else the nearest
 * speaker before them, else the first after them.
 */
export function claimantFor(speakers: readonly Speaker[], at: number): Speaker | undefined {
  const framing = speakers.find((speaker) => speaker.framing);
  if (framing) return framing;
  let before: Speaker | undefined;
  for (const speaker of speakers) if (speaker.verb < at) before = speaker;
  return before ?? speakers.find((speaker) => speaker.verb >= at);
}

/** "put the death toll at 81", "placed the number of dead at": giving a figure is saying it. */
function putsAFigure(tokens: readonly Token[], at: number): boolean {
  if (!/^(put|puts|putting|placed|places|placing)$/.test(tokens[at]!.lower) || tokens[at + 1]?.lower !== "the") return false;
  const noun = tokens[at + 2]?.lower === "death" ? tokens[at + 3]?.lower : tokens[at + 2]?.lower;
  return noun === "toll" || noun === "number" || noun === "figure" || noun === "count";
}

/**
 * The authority that did what a figure counts ("Police detained 11 people", "Security forces killed two
 * gunmen"), read as the subject just before the verb at `verb`; only words that name an office count, since
 * "Gunmen killed 40" is said by no one.
 */
export function actingAuthority(text: string, tokens: readonly Token[], verb: number): string | undefined {
  let end = verb;
  while (end > 0 && BETWEEN.has(tokens[end - 1]!.lower)) end--;
  const span = readPhraseBackward(tokens, end);
  if (!span) return undefined;
  const words = text.slice(tokens[span.from]!.start, tokens[span.to - 1]!.end);
  const phrase = stripArticle(words, tokens[span.from]!, span.from === 0 || tokens[span.from - 1]!.kind === "punct");
  return namedKind(phrase) === "official" ? phrase : undefined;
}

/** "claimed responsibility", "claims credit": the verb of a claim of responsibility, not of speech. */
function selfClaimVerb(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.lower;
  if (!/^claim/.test(tokens[at]!.lower)) return false;
  if (next === "the") return /^(attack|bombing|shooting|assault|blast|lives)$/.test(tokens[at + 2]?.lower ?? "");
  return next === "responsibility" || next === "credit" || next === "by";
}

/** `" ... ," said the minister` or `..., said police.` */
function saidAfterQuote(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.text ?? "";
  return /^[,”"'’]$/.test(before);
}

/** The speaker phrase ending just before the verb at `verb` (after skipping "has", "later", ...). */
function readBackward(text: string, tokens: readonly Token[], verb: number): { from: number; to: number; text?: string } | undefined {
  let end = verb;
  while (end > 0 && BETWEEN.has(tokens[end - 1]!.lower)) end--;
  // "Ana Ruiz, a spokeswoman for the ministry, said", "The governor of Moscow region, Andrei Vorobyov, said".
  if (tokens[end - 1]?.text === ",") return titledSpeakerBefore(text, tokens, end - 1);
  return readPhraseBackward(tokens, end);
}

function readPhraseBackward(tokens: readonly Token[], end: number): { from: number; to: number } | undefined {
  const head = tokens[end - 1];
  if (!head || head.kind !== "word" || PRONOUNS.has(head.lower)) return undefined;
  const clauseStart = (at: number) => at === 0 || tokens[at - 1]!.kind === "punct";
  if (!(isCapitalised(head) || SPEAKER_NOUNS.has(head.lower))) return undefined;
  let from = end - 1;
  while (from > 0 && end - from < 10) {
    const token = tokens[from - 1]!;
    if (token.kind !== "word") break;
    if (DETERMINERS.has(token.lower)) {
      from--;
      // "a spokeswoman for the ministry": a determiner after "for" or "of" is inside the phrase.
      const inner = tokens[from - 1];
      const left = tokens[from - 2];
      if (inner && left && INNER_WORDS.has(inner.lower) && left.kind === "word" && (isCapitalised(left) || SPEAKER_NOUNS.has(left.lower))) continue;
      break;
    }
    if (INNER_WORDS.has(token.lower)) {
      // "a spokesman for the ministry": the small word must sit between two parts of the phrase.
      const left = tokens[from - 2];
      if (!left || left.kind !== "word" || !(isCapitalised(left) || SPEAKER_NOUNS.has(left.lower))) break;
      from--;
      continue;
    }
    if (isCapitalised(token)) {
      if (clauseStart(from - 1) && /^(on|in|at|after|later|earlier|meanwhile|but|and|however|when|while|since|by)$/.test(token.lower)) break;
      if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)('s)?$/.test(token.lower)) break;
      from--;
      continue;
    }
    // Lower-case modifiers: "local media", "the country's interior minister", "senior police officials".
    if (SPEAKER_NOUNS.has(token.lower) || /'s$/.test(token.lower) || MODIFIERS.has(token.lower)) {
      from--;
      continue;
    }
    break;
  }
  return { from, to: end };
}

const MODIFIERS = words(
  "local state senior foreign regional national provincial city interior health security intelligence military government police hospital emergency emergencies rescue civil defence defense fire ambulance disaster federal unnamed anonymous independent other top western chief deputy acting former several two three many some us british european main",
);

/** A speaker phrase read forwards, up to the end of its clause; after "said X", perhaps with an apposition. */
function readForward(tokens: readonly Token[], at: number, apposition = false): { from: number; to: number } | undefined {
  let to = at;
  while (to < tokens.length && to - at < 16) {
    const token = tokens[to]!;
    if (token.text === ",") {
      // "said Ana Ruiz, a spokeswoman for the ministry"; after "according to police," the sentence goes on.
      if (apposition && to > at && officeAfter(tokens, to + 1)) {
        to++;
        continue;
      }
      break;
    }
    // "..., said on Monday": a speaker starts with no preposition.
    if (token.kind === "punct" || FORWARD_STOPS.has(token.lower)) break;
    if (token.kind === "word" && /^(said|says|told|reported|believe|believes|have|has|had|is|are|was|were)$/.test(token.lower)) break;
    to++;
  }
  if (to === at) return undefined;
  const phrase = tokens.slice(at, to);
  if (!phrase.some((token) => isCapitalised(token) || SPEAKER_NOUNS.has(token.lower))) return undefined;
  return { from: at, to };
}

/** "the Interior Ministry" → "Interior Ministry"; a capital "The" goes only where it starts the sentence. */
function stripArticle(phrase: string, first: Token, startsClause: boolean): string {
  if (first.text === "the" || (first.text === "The" && startsClause)) {
    const rest = phrase.slice(4).trim();
    // "the city's health department" needs its article; "the Interior Ministry" reads as "Interior Ministry".
    return /^\S+['’]s\b/.test(rest) ? `the ${rest}` : rest;
  }
  return phrase.trim();
}
