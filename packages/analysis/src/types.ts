import type {
  Attribution,
  CasualtyMetric,
  CasualtyPopulation,
  ClaimCreateInput,
  ClaimKind,
  ClaimStage,
  FigureQualifier,
  Likelihood,
  Verdict,
} from "@claimdesk/schemas";

// The shapes the analysis works on: plain data, so that every rule here is tested without a database.

/** A casualty figure: the numbers and their qualifier, as stored (max = min for an exact figure). */
export interface Figure {
  qualifier: FigureQualifier;
  min: number | null;
  max: number | null;
}

/** The claim as the wording rules need it. */
export interface WordingClaim {
  kind: ClaimKind;
  text: string;
  claimant: string | null;
  stage: ClaimStage;
  verdict: Verdict;
  casualty: (Figure & { metric: CasualtyMetric; population: CasualtyPopulation; reportedAs: string | null; asOf: Date | null }) | null;
  responsibility: { actor: string; attribution: Attribution; channel: string | null; assessment: Likelihood } | null;
}

/** A figure overtaken by a later one: which claim overtook it, and the note's words ("the toll has since risen to at least 133"). */
export interface Superseded {
  byClaimId: string;
  words: string;
}

/** What the newsroom may print about a claim, and which rule says so. */
export interface Wording {
  /** Ready to paste: one or two sentences, starting with a capital letter and ending with a full stop. */
  text: string;
  /** The rule's id in the rules table, e.g. "casualty-unverified". */
  ruleId: string;
  /** The rule in words, for the editor: why this wording and not another. */
  rule: string;
  /** True only when the wording states the claim as fact (never for an unverified figure). */
  asFact: boolean;
  /**
   * The later figure that supersedes this one, or null. A superseded figure's text ends with the note that says
   * so ("…; superseded: the toll has since risen to at least 133."), so the note travels with every copy.
   */
  superseded: Superseded | null;
}

/** A claim found in a pasted report, for the editor to accept, edit or discard. */
export interface Suggestion {
  /** Stable within one extraction: "s1", "s2", ... in reading order. */
  id: string;
  kind: ClaimKind;
  /** The sentence it came from, exactly as it stands in the text, and its character offsets [start, end). */
  sentence: string;
  start: number;
  end: number;
  /** The evidence excerpt to import with the claim: the sentence, or the part of a very long one around the match. */
  excerpt: string;
  /** The words that made the rule fire, and their offsets in the whole text. */
  match: { text: string; start: number; end: number };
  /** Why it was suggested, in words: "a casualty figure: \"at least 133\" killed". */
  reason: string;
  /** A claim ready for `claim.create` (without eventId), which the editor may edit first. */
  claim: ClaimCreateInput;
}
