import { z } from "zod";
import { LIMITS, id, optionalText, clearableText, pageInput } from "./common";
import { evidenceStance } from "./enums";

export const credibility = z
  .number({ error: "Must be a whole number from 1 to 6" })
  .int({ error: "Must be a whole number from 1 to 6" })
  .min(1, { error: "Must be a whole number from 1 to 6" })
  .max(6, { error: "Must be a whole number from 1 to 6" });

export const evidenceAttachInput = z.strictObject({
  claimId: id,
  sourceId: id,
  stance: evidenceStance,
  excerpt: optionalText(LIMITS.longText),
  /** Admiralty credibility of the information, 1 (confirmed) to 6 (cannot be judged). */
  credibility: credibility.default(6),
  note: optionalText(LIMITS.longText),
});

export const evidenceUpdateInput = z.strictObject({
  id,
  stance: evidenceStance.optional(),
  excerpt: clearableText(LIMITS.longText),
  credibility: credibility.optional(),
  note: clearableText(LIMITS.longText),
});

export const evidenceListInput = z
  .strictObject({
    claimId: id.optional(),
    sourceId: id.optional(),
    ...pageInput,
  })
  .default({ limit: pageInput.limit.parse(undefined) });

export type EvidenceAttachInput = z.input<typeof evidenceAttachInput>;
export type EvidenceUpdateInput = z.input<typeof evidenceUpdateInput>;
export type EvidenceListInput = z.input<typeof evidenceListInput>;
