import { z } from "zod";
import { claimCreateInput } from "./claim";
import { LIMITS, pastDateTime, httpUrl, id, optionalText, storableString, wrongKind } from "./common";
import { casualtyMetric, sourceReliability, sourceType } from "./enums";

// Inputs of the procedures that read a picture out of the claims: tallies, wording, responsibility, import.

/** One event's figures for one metric (killed, injured, ...). */
export const eventTallyInput = z.strictObject({
  eventId: id,
  metric: casualtyMetric,
});

export const eventResponsibilityInput = z.strictObject({ eventId: id });

export const claimWordingInput = z.strictObject({ id });

/** The longest report an editor may paste: a long feature fits, a whole book does not. */
export const ARTICLE_TEXT_LIMIT = 100_000;

export const articleExtractInput = z.strictObject({
  text: storableString()
    .trim()
    .min(1, { error: "Paste the text of the report" })
    .max(ARTICLE_TEXT_LIMIT, { error: `Must be at most ${ARTICLE_TEXT_LIMIT.toLocaleString("en-GB")} characters` }),
  url: httpUrl.optional(),
  publishedAt: pastDateTime.optional(),
});

/** A suggestion the editor accepted (perhaps after editing it): the claim, and the sentence it came from. */
export const importedClaimInput = z.strictObject({
  claim: claimCreateInput,
  /** The sentence of the report the claim came from; it becomes the evidence excerpt. */
  excerpt: storableString()
    .trim()
    .min(1, { error: "Required: the sentence the claim came from" })
    .max(LIMITS.longText, { error: `Must be at most ${LIMITS.longText} characters` }),
});

/**
 * Accepted suggestions become claims with the report as their source and each sentence as the evidence
 * excerpt, all in one transaction. A report already recorded as a source (same URL) is reused, not duplicated.
 */
export const articleImportInput = z.strictObject({
  url: httpUrl,
  title: optionalText(LIMITS.title),
  publisher: optionalText(LIMITS.shortText),
  author: optionalText(LIMITS.shortText),
  publishedAt: pastDateTime.optional(),
  type: sourceType.default("NEWS_REPORT"),
  reliability: sourceReliability.default("F"),
  /** The event the claims are about; each claim may name its own instead. */
  eventId: id.optional(),
  claims: z
    .array(importedClaimInput, { error: wrongKind("Must be a list of accepted suggestions") })
    .min(1, { error: "Accept at least one suggestion to import" })
    .max(200, { error: "Import at most 200 claims at a time" }),
});

export type EventTallyInput = z.input<typeof eventTallyInput>;
export type ArticleExtractInput = z.input<typeof articleExtractInput>;
export type ArticleImportInput = z.input<typeof articleImportInput>;
export type ImportedClaimInput = z.input<typeof importedClaimInput>;
