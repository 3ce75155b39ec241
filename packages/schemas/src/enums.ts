import { z } from "zod";
import { wrongKind } from "./common";

// Every enumeration of the domain, in the order the UI offers them. prisma/schema.prisma declares the same
// values; a test keeps the two in step.

export const CLAIM_KINDS = ["CASUALTY_COUNT", "RESPONSIBILITY", "STATEMENT"] as const;
export const CLAIM_STAGES = ["NEW", "RESEARCHING", "IN_REVIEW", "CONCLUDED"] as const;
export const VERDICTS = ["UNRATED", "CONFIRMED", "LIKELY", "MISLEADING", "FALSE", "UNPROVEN", "DISPUTED"] as const;
export const CASUALTY_METRICS = ["KILLED", "INJURED", "MISSING", "DETAINED"] as const;
export const CASUALTY_POPULATIONS = ["ALL", "CIVILIANS", "ATTACKERS", "SECURITY_FORCES", "OTHER"] as const;
export const FIGURE_QUALIFIERS = ["EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATELY", "RANGE"] as const;
export const ATTRIBUTIONS = ["SELF_CLAIMED", "OFFICIAL", "MEDIA", "DENIED", "SUSPECTED"] as const;
export const LIKELIHOODS = [
  "ALMOST_CERTAIN",
  "VERY_LIKELY",
  "LIKELY",
  "ROUGHLY_EVEN",
  "UNLIKELY",
  "VERY_UNLIKELY",
  "ALMOST_NO_CHANCE",
  "NOT_ASSESSED",
] as const;
export const SOURCE_TYPES = ["OFFICIAL_STATEMENT", "WIRE", "NEWS_REPORT", "SOCIAL_MEDIA", "CLAIM_CHANNEL", "DOCUMENT", "OTHER"] as const;
export const SOURCE_RELIABILITIES = ["A", "B", "C", "D", "E", "F"] as const;
export const EVIDENCE_STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;
/** How an event's house figure (the figure the newsroom may print now) is chosen from its casualty figures. */
export const HOUSE_FIGURE_RULES = ["CONSERVATIVE", "RANGE", "LATEST_OFFICIAL"] as const;
/** Ordered: each role may do everything the roles before it may. */
export const ROLES = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"] as const;
export const HISTORY_ENTITIES = ["EVENT", "CLAIM", "SOURCE", "EVIDENCE", "COMMENT", "USER"] as const;
export const HISTORY_ACTIONS = [
  "CREATE",
  "UPDATE",
  "DELETE",
  "TRANSITION",
  "ATTACH",
  "DETACH",
  "INVITE",
  "ACCEPT_INVITATION",
  "CHANGE_ROLE",
  "DEACTIVATE",
  "REACTIVATE",
  "CHANGE_PASSWORD",
  "MARK_NOT_DUPLICATE",
] as const;

/** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: wrongKind(`Must be one of ${values.join(", ")}`) });
}

export const role = oneOf(ROLES);
export const claimKind = oneOf(CLAIM_KINDS);
export const claimStage = oneOf(CLAIM_STAGES);
export const verdict = oneOf(VERDICTS);
export const casualtyMetric = oneOf(CASUALTY_METRICS);
export const casualtyPopulation = oneOf(CASUALTY_POPULATIONS);
export const figureQualifier = oneOf(FIGURE_QUALIFIERS);
export const attribution = oneOf(ATTRIBUTIONS);
export const likelihood = oneOf(LIKELIHOODS);
export const sourceType = oneOf(SOURCE_TYPES);
export const sourceReliability = oneOf(SOURCE_RELIABILITIES);
export const evidenceStance = oneOf(EVIDENCE_STANCES);
export const houseFigureRule = oneOf(HOUSE_FIGURE_RULES);

export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type ClaimStage = (typeof CLAIM_STAGES)[number];
export type Verdict = (typeof VERDICTS)[number];
export type CasualtyMetric = (typeof CASUALTY_METRICS)[number];
export type CasualtyPopulation = (typeof CASUALTY_POPULATIONS)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
export type Attribution = (typeof ATTRIBUTIONS)[number];
export type Likelihood = (typeof LIKELIHOODS)[number];
export type SourceType = (typeof SOURCE_TYPES)[number];
export type SourceReliability = (typeof SOURCE_RELIABILITIES)[number];
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];
export type HouseFigureRule = (typeof HOUSE_FIGURE_RULES)[number];
export type Role = (typeof ROLES)[number];
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];
