import type {
  Attribution,
  CasualtyMetric,
  CasualtyPopulation,
  ClaimKind,
  ClaimStage,
  EvidenceStance,
  FigureQualifier,
  HouseFigureRule,
  Likelihood,
  SourceReliability,
  SourceType,
  Verdict,
} from "./enums";

// The words editors read for each enumeration value, shared by the UI and anything that writes prose.

export const claimKindLabel: Record<ClaimKind, string> = {
  CASUALTY_COUNT: "Casualty count",
  RESPONSIBILITY: "Responsibility",
  STATEMENT: "Statement",
};

export const claimStageLabel: Record<ClaimStage, string> = {
  NEW: "New",
  RESEARCHING: "Researching",
  IN_REVIEW: "In review",
  CONCLUDED: "Concluded",
};

export const verdictLabel: Record<Verdict, string> = {
  UNRATED: "Unrated",
  CONFIRMED: "Confirmed",
  LIKELY: "Likely",
  MISLEADING: "Misleading",
  FALSE: "False",
  UNPROVEN: "Unproven",
  DISPUTED: "Disputed",
};

export const casualtyMetricLabel: Record<CasualtyMetric, string> = {
  KILLED: "Killed",
  INJURED: "Injured",
  MISSING: "Missing",
  DETAINED: "Detained",
};

export const casualtyPopulationLabel: Record<CasualtyPopulation, string> = {
  ALL: "All people",
  CIVILIANS: "Civilians",
  ATTACKERS: "Attackers",
  SECURITY_FORCES: "Security forces",
  OTHER: "Other",
};

export const figureQualifierLabel: Record<FigureQualifier, string> = {
  EXACT: "Exactly",
  AT_LEAST: "At least",
  AT_MOST: "At most",
  APPROXIMATELY: "Approximately",
  RANGE: "Range (between)",
};

export const attributionLabel: Record<Attribution, string> = {
  SELF_CLAIMED: "Self-claimed",
  OFFICIAL: "Attributed by officials",
  MEDIA: "Attributed by media",
  DENIED: "Denied",
  SUSPECTED: "Suspected",
};

export const likelihoodLabel: Record<Likelihood, string> = {
  ALMOST_CERTAIN: "Almost certain",
  VERY_LIKELY: "Very likely",
  LIKELY: "Likely",
  ROUGHLY_EVEN: "Roughly even chance",
  UNLIKELY: "Unlikely",
  VERY_UNLIKELY: "Very unlikely",
  ALMOST_NO_CHANCE: "Almost no chance",
  NOT_ASSESSED: "Not assessed",
};

export const sourceTypeLabel: Record<SourceType, string> = {
  OFFICIAL_STATEMENT: "Official statement",
  WIRE: "Wire",
  NEWS_REPORT: "News report",
  SOCIAL_MEDIA: "Social media",
  CLAIM_CHANNEL: "Claim channel",
  DOCUMENT: "Document",
  OTHER: "Other",
};

/** The Admiralty scale's words for source reliability. */
export const sourceReliabilityLabel: Record<SourceReliability, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

/** The Admiralty scale's words for the credibility of a piece of information. */
export const credibilityLabel: Record<number, string> = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
};

export const evidenceStanceLabel: Record<EvidenceStance, string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  CONTEXT: "Context",
};

export const houseFigureRuleLabel: Record<HouseFigureRule, string> = {
  CONSERVATIVE: "Conservative",
  RANGE: "Range",
  LATEST_OFFICIAL: "Latest official",
};

export const houseFigureRuleDescription: Record<HouseFigureRule, string> = {
  CONSERVATIVE: "The highest lower bound among confirmed figures",
  RANGE: "From the lowest to the highest confirmed figure",
  LATEST_OFFICIAL: "The latest figure from an official statement",
};
