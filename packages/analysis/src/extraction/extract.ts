import { claimCreateInput, figureWords, LIMITS, type ClaimCreateInput } from "@claimdesk/schemas";
import type { Suggestion } from "../types";
import { findCasualtyFigures, type CasualtyFinding } from "./casualty-figures";
import { actingAuthority, claimantFor, findSpeakers } from "./claimants";
import { groupNames } from "./names";
import { findNumberedStatement } from "./numbered-statements";
import { findResponsibility, type ResponsibilityFinding } from "./responsibility";
import { splitSentences, type Sentence } from "./sentences";
import { tokenize, type Token } from "./tokens";

// Suggested claims in a pasted report, by fixed rules: casualty figures, statements of responsibility, and other
// sentences with a count. Same text, same suggestions; each says which words fired which rule.

export interface ExtractInput {
  text: string;
  /** Accepted for the API's sake; the rules read only the text. */
  url?: string;
  /** Becomes every claim's `claimedAt`. */
  publishedAt?: Date;
}

export function extractClaims(input: ExtractInput): Suggestion[] {
  const { text, publishedAt } = input;
  const suggestions: Suggestion[] = [];
  const paragraphGroups = new GroupMemory();
  for (const sentence of splitSentences(text)) {
    const tokens = tokenize(sentence.text, sentence.start);
    const groups = groupNames(text, tokens).map((name) => ({ start: tokens[name.from]!.start, text: name.text }));
    // A question asserts nothing ("Were 40 people killed?", "Who is behind the attack?").
    if (/\?["'”’)]*$/.test(sentence.text)) {
      paragraphGroups.remember(sentence.paragraph, groups);
      continue;
    }
    const resolve = (offset: number) => paragraphGroups.resolve(sentence.paragraph, groups, offset);
    const speakers = findSpeakers(text, tokens);
    const found: Omit<Suggestion, "id">[] = [];
    const base = (from: number, to: number) => ({ sentence, tokens, from, to, publishedAt });

    for (const figure of findCasualtyFigures(text, tokens)) {
      // Nobody quoted: the authority that made the arrests reports them ("Police detained 11 people").
      const acting = figure.activeVerb === undefined ? undefined : actingAuthority(text, tokens, figure.activeVerb);
      const claimant = claimantFor(speakers, figure.from)?.text ?? acting;
      found.push(casualtySuggestion(text, base(figure.from, figure.to), figure, claimant));
    }
    for (const finding of findResponsibility({ text, tokens, speakers, resolve })) {
      found.push(responsibilitySuggestion(text, base(finding.from, finding.to), finding));
    }
    if (found.length === 0) {
      const statement = findNumberedStatement(tokens);
      if (statement) {
        const claimant = claimantFor(speakers, statement.from)?.text;
        found.push(statementSuggestion(text, base(statement.from, statement.to), claimant));
      }
    }
    found.sort((a, b) => a.match.start - b.match.start);
    for (const suggestion of found) {
      // A last guard: a suggestion the editor could not save is no suggestion.
      if (claimCreateInput.safeParse(suggestion.claim).success) suggestions.push({ id: `s${suggestions.length + 1}`, ...suggestion });
    }
    paragraphGroups.remember(sentence.paragraph, groups);
  }
  return suggestions;
}

interface Place {
  sentence: Sentence;
  tokens: readonly Token[];
  /** Tokens [from, to) of the match. */
  from: number;
  to: number;
  publishedAt?: Date;
}

/** The parts every suggestion shares: the sentence, the match, and the claim's text, claimant and date. */
function common(text: string, place: Place, claimant: string | undefined) {
  const { sentence, tokens, from, to, publishedAt } = place;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const claim: Pick<ClaimCreateInput, "text" | "claimant" | "claimedAt"> = { text: claimText(sentence, start, end) };
  const who = claimant === undefined ? undefined : storable(claimant, LIMITS.shortText);
  if (who) claim.claimant = who;
  if (publishedAt) claim.claimedAt = publishedAt;
  return {
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
    excerpt: windowAround(sentence, start, end, LIMITS.longText),
    match: { text: text.slice(start, end), start, end },
    claim,
  };
}

function casualtySuggestion(text: string, place: Place, figure: CasualtyFinding, claimant: string | undefined): Omit<Suggestion, "id"> {
  const shared = common(text, place, claimant);
  const { metric, population, qualifier, min, max } = figure;
  const reportedAs = storable(figure.reportedAs, LIMITS.shortText) ?? null;
  const casualty = { metric, population, qualifier, min, max, reportedAs };
  return {
    kind: "CASUALTY_COUNT",
    ...shared,
    reason: `Casualty figure: “${shared.match.text}” (${figureWords(casualty)})`,
    claim: { kind: "CASUALTY_COUNT", ...shared.claim, casualty },
  };
}

const ATTRIBUTION_WORDS = {
  SELF_CLAIMED: "Claim of responsibility",
  DENIED: "Denial of responsibility",
  OFFICIAL: "Attribution by officials",
  MEDIA: "Attribution by media",
  SUSPECTED: "Suspected responsibility",
} as const;

function responsibilitySuggestion(text: string, place: Place, finding: ResponsibilityFinding): Omit<Suggestion, "id"> {
  const shared = common(text, place, finding.claimant);
  const { actor, attribution, channel, anaphor } = finding;
  const details = [actor];
  if (channel) details.push(`through ${channel}`);
  if ((attribution === "OFFICIAL" || attribution === "MEDIA" || attribution === "SUSPECTED") && shared.claim.claimant) details.push(`according to ${shared.claim.claimant}`);
  const resolved = anaphor ? `; “${anaphor}” read as ${actor}, the group named just before` : "";
  const responsibility = { actor: storable(actor, LIMITS.shortText) ?? actor, attribution, ...(channel ? { channel } : {}), assessment: "NOT_ASSESSED" as const };
  return {
    kind: "RESPONSIBILITY",
    ...shared,
    reason: `${ATTRIBUTION_WORDS[attribution]}: “${shared.match.text}” (${details.join(", ")}${resolved})`,
    claim: { kind: "RESPONSIBILITY", ...shared.claim, responsibility },
  };
}

function statementSuggestion(text: string, place: Place, claimant: string | undefined): Omit<Suggestion, "id"> {
  const shared = common(text, place, claimant);
  return { kind: "STATEMENT", ...shared, reason: `Statement with a number: “${shared.match.text}”`, claim: { kind: "STATEMENT", ...shared.claim } };
}

/** Text a claim field can hold: no NUL characters, trimmed, at most `max` characters (cut at a word). */
function storable(value: string, max: number): string | undefined {
  const clean = value.replaceAll("\u0000", "").trim();
  if (clean === "") return undefined;
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

/** The sentence as the claim's text; a sentence longer than a claim may be is cut to a window around the match. */
/**
 * A wire dateline ("VALDORA, May 3 (Meridian Wire) - ") or a live blog's time stamp ("14:30 — ") opens the
 * sentence but is not what anyone claimed; the claim's text starts after it (the excerpt keeps the sentence whole).
 */
const LEADING_STAMP = /^(?:\p{Lu}[\p{Lu} .'’-]*,\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\s*(?:\([^)]{1,60}\))?\s*[-–—]\s+|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—:]\s+)/u;

function claimText(sentence: Sentence, matchStart: number, matchEnd: number): string {
  const stored = storable(sentence.text, Number.MAX_SAFE_INTEGER) ?? sentence.text;
  const stamp = LEADING_STAMP.exec(stored)?.[0] ?? "";
  const clean = stored.length > stamp.length && stamp.length < matchStart - sentence.start + 1 ? stored.slice(stamp.length) : stored;
  return clean.length <= LIMITS.claimText ? clean : windowAround(sentence, matchStart, matchEnd, LIMITS.claimText);
}

/** The sentence, or in a run-on paragraph longer than `limit`, the part of it around the match, marked with "…". */
function windowAround(sentence: Sentence, matchStart: number, matchEnd: number, limit: number): string {
  const text = sentence.text.replaceAll("\u0000", "");
  if (text.length <= limit) return text;
  const max = limit - 2;
  const centre = Math.round((matchStart + matchEnd) / 2) - sentence.start;
  const from = Math.max(0, Math.min(centre - Math.floor(max / 2), sentence.text.length - max));
  const window = sentence.text.slice(from, from + max).replaceAll("\u0000", "").trim();
  return `${from > 0 ? "…" : ""}${window}${from + max < sentence.text.length ? "…" : ""}`;
}

/** The groups named so far in the current paragraph, for reading "it" and "the group". */
class GroupMemory {
  private paragraph = -1;
  /** Per earlier sentence of the paragraph, its group names; the latest last. */
  private sentences: { text: string }[][] = [];

  remember(paragraph: number, groups: { text: string }[]): void {
    if (paragraph !== this.paragraph) {
      this.paragraph = paragraph;
      this.sentences = [];
    }
    if (groups.length > 0) this.sentences.push(groups);
  }

  /**
   * The group meant, when it is obvious: the nearest sentence (this one up to the pronoun, else an earlier one in
   * the paragraph) that names groups names exactly one.
   */
  resolve(paragraph: number, current: { start: number; text: string }[], offset: number): string | undefined {
    const before = current.filter((group) => group.start < offset);
    const nearest = before.length > 0 ? before : paragraph === this.paragraph ? this.sentences.at(-1) : undefined;
    if (!nearest) return undefined;
    const distinct = new Set(nearest.map((group) => group.text));
    return distinct.size === 1 ? [...distinct][0] : undefined;
  }
}
