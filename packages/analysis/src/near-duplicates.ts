import {
  duplicateIdentity,
  nameKey,
  type Attribution,
  type CasualtyMetric,
  type CasualtyPopulation,
  type ClaimKind,
  type FigureQualifier,
} from "@claimdesk/schemas";

// Claims that may be the one being recorded. In Claimdesk one claimant's assertion is one claim, and each outlet
// that reports it is a source of evidence for it: a newcomer who records "at least 133 killed" a second time, or
// records the outlet as the claimant, should be shown the first claim and add their source to it instead. The
// rules are one table, strongest first; a candidate's score is that of the strongest rule it meets.

/** A claim as the editor is typing it: anything but the text may be missing or half done. */
export interface DraftClaim {
  text: string;
  eventId?: string | null;
  kind?: ClaimKind | null;
  claimant?: string | null;
  casualty?: { metric?: CasualtyMetric; population?: CasualtyPopulation; qualifier?: FigureQualifier; min?: number | null; max?: number | null } | null;
  responsibility?: { actor?: string; attribution?: Attribution } | null;
}

/** A recorded claim it is compared with. */
export interface RecordedClaim {
  id: string;
  eventId: string | null;
  kind: ClaimKind;
  text: string;
  claimant: string | null;
  casualty: { metric: CasualtyMetric; population: CasualtyPopulation; qualifier: FigureQualifier; min: number | null; max: number | null } | null;
  responsibility: { actor: string; attribution: Attribution } | null;
}

// ---- Text similarity -------------------------------------------------------------------------------------------

/**
 * The trigrams of a text as PostgreSQL's pg_trgm counts them: each word (a run of letters and digits, in lower case)
 * padded with two spaces before and one after, so "at least 133" gives "  a", " at", "at ", "  l", ... "33 ".
 */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return trigrams;
}

/** pg_trgm's similarity(): the trigrams two texts share over the trigrams either has, from 0 (none) to 1 (the same words). */
export function trigramSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  const [left, right] = [typeof a === "string" ? trigramsOf(a) : a, typeof b === "string" ? trigramsOf(b) : b];
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  return shared / (left.size + right.size - shared);
}

// ---- The rules -------------------------------------------------------------------------------------------------

/** The draft's figure completed as the schemas would store it (population ALL by default; an exact figure's max is its min). */
function draftFigure(draft: DraftClaim): RecordedClaim["casualty"] {
  const figure = draft.casualty;
  if (draft.kind !== "CASUALTY_COUNT" || !figure?.metric || !figure.qualifier) return null;
  const min = figure.min ?? null;
  if (min === null && (figure.max ?? null) === null) return null;
  return {
    metric: figure.metric,
    population: figure.population ?? "ALL",
    qualifier: figure.qualifier,
    min,
    max: figure.qualifier === "EXACT" ? min : (figure.max ?? null),
  };
}

function draftAttribution(draft: DraftClaim): RecordedClaim["responsibility"] {
  const { actor, attribution } = draft.responsibility ?? {};
  return draft.kind === "RESPONSIBILITY" && actor && nameKey(actor) !== "" && attribution ? { actor, attribution } : null;
}

const sameFigure = (a: RecordedClaim["casualty"], b: RecordedClaim["casualty"]) =>
  a !== null && b !== null && a.metric === b.metric && a.population === b.population && a.qualifier === b.qualifier && a.min === b.min && a.max === b.max;

const sameAttribution = (a: RecordedClaim["responsibility"], b: RecordedClaim["responsibility"]) =>
  a !== null && b !== null && a.attribution === b.attribution && nameKey(a.actor) === nameKey(b.actor);

/** What the rules compare: the draft completed, its identity and trigrams computed once. */
interface Comparison {
  draft: DraftClaim;
  figure: RecordedClaim["casualty"];
  attribution: RecordedClaim["responsibility"];
  identity: string | null;
  trigrams: Set<string>;
}

export type NearDuplicateRuleId = "same-figure-and-claimant" | "same-attribution-and-claimant" | "same-figure" | "same-actor-and-attribution" | "similar-text";

export interface NearDuplicateRule {
  id: NearDuplicateRuleId;
  /** The rule in words, for the editor. */
  description: string;
  /** True when a claim meeting it would be refused by claim.create as a duplicate (unless allowDuplicate). */
  duplicate: boolean;
  /** The score (0 to 1) when the candidate meets the rule, else null. */
  score: (comparison: Comparison, candidate: RecordedClaim, candidateTrigrams: Set<string>) => number | null;
}

/** Below this, two texts share too few trigrams to be worth an editor's look. */
export const SIMILAR_TEXT_THRESHOLD = 0.45;

/** Same figure or attribution, but from another (or an unnamed) claimant: perhaps an outlet recorded as the claimant. */
const SAME_CONTENT_SCORE = 0.75;

const identical = (comparison: Comparison, candidate: RecordedClaim) => comparison.identity !== null && comparison.identity === duplicateIdentity(candidate);

export const NEAR_DUPLICATE_RULES: readonly NearDuplicateRule[] = [
  {
    id: "same-figure-and-claimant",
    description: "The same claimant gave the same figure for this event: one assertion is one claim. Add your source to it as evidence.",
    duplicate: true,
    score: (comparison, candidate) => (candidate.kind === "CASUALTY_COUNT" && identical(comparison, candidate) ? 1 : null),
  },
  {
    id: "same-attribution-and-claimant",
    description: "The same claimant made the same attribution for this event: one assertion is one claim. Add your source to it as evidence.",
    duplicate: true,
    score: (comparison, candidate) => (candidate.kind === "RESPONSIBILITY" && identical(comparison, candidate) ? 1 : null),
  },
  {
    id: "same-figure",
    description: "The same figure from another claimant: if one is repeating the other (an outlet carrying the official count), it is one claim with another source.",
    duplicate: false,
    score: (comparison, candidate) => (sameFigure(comparison.figure, candidate.casualty) ? SAME_CONTENT_SCORE : null),
  },
  {
    id: "same-actor-and-attribution",
    description: "The same actor with the same kind of attribution from another claimant: if one is repeating the other, it is one claim with another source.",
    duplicate: false,
    score: (comparison, candidate) => (sameAttribution(comparison.attribution, candidate.responsibility) ? SAME_CONTENT_SCORE : null),
  },
  {
    id: "similar-text",
    description: "Much the same words: the same report may have been recorded twice.",
    duplicate: false,
    score: (comparison, _candidate, candidateTrigrams) => {
      const similarity = trigramSimilarity(comparison.trigrams, candidateTrigrams);
      return similarity >= SIMILAR_TEXT_THRESHOLD ? similarity : null;
    },
  },
];

export interface NearDuplicate {
  claimId: string;
  /** The strongest rule's score, 0 to 1, two decimals. */
  score: number;
  /** claim.create would refuse the draft as a duplicate of this claim. */
  duplicate: boolean;
  /** Every rule the candidate meets, strongest first. */
  matches: Array<{ rule: NearDuplicateRuleId; reason: string }>;
}

/**
 * The recorded claims that may be the draft, best first, at most `limit`. `candidates` is a bounded set the caller
 * read by index (the event's claims of the kind, newest first, and the claim with the draft's duplicate key);
 * `excluded` holds ids an editor marked as not duplicates of the claim being checked.
 */
export function nearDuplicates(
  draft: DraftClaim,
  candidates: readonly RecordedClaim[],
  { excluded = new Set<string>(), limit = 10 }: { excluded?: ReadonlySet<string>; limit?: number } = {},
): NearDuplicate[] {
  const figure = draftFigure(draft);
  const attribution = draftAttribution(draft);
  const identity = draft.kind ? duplicateIdentity({ eventId: draft.eventId, kind: draft.kind, claimant: draft.claimant, casualty: figure, responsibility: attribution }) : null;
  const comparison: Comparison = { draft, figure, attribution, identity, trigrams: trigramsOf(draft.text) };
  const found: NearDuplicate[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (excluded.has(candidate.id) || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const candidateTrigrams = trigramsOf(candidate.text);
    const met = NEAR_DUPLICATE_RULES.flatMap((rule) => {
      const score = rule.score(comparison, candidate, candidateTrigrams);
      return score === null ? [] : [{ rule, score }];
    });
    if (met.length === 0) continue;
    found.push({
      claimId: candidate.id,
      score: Math.round(Math.max(...met.map(({ score }) => score)) * 100) / 100,
      duplicate: met.some(({ rule }) => rule.duplicate),
      matches: met.map(({ rule, score }) => ({
        rule: rule.id,
        reason: rule.id === "similar-text" ? `${rule.description} (${Math.round(score * 100)}% alike)` : rule.description,
      })),
    });
  }
  // Stable: equal scores keep the candidates' order (newest first).
  return found.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** A pair of claims as one key, whichever way round it is given (for the pairs marked as not duplicates). */
export const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);
