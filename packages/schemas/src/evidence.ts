import { z } from "zod";
import { LIMITS, id, optionalText, clearableText, pageInput, wrongKind } from "./common";
import { evidenceStance } from "./enums";
import { sourceCreateInput } from "./source";

export const credibility = z
  .number({ error: wrongKind("Must be a whole number from 1 to 6") })
  .int({ error: "Must be a whole number from 1 to 6" })
  .min(1, { error: "Must be a whole number from 1 to 6" })
  .max(6, { error: "Must be a whole number from 1 to 6" });

/** What the link between a claim and a source says: how the source bears on the claim, and how credible it is. */
export const evidenceDetailsInput = z.strictObject({
  stance: evidenceStance,
  excerpt: optionalText(LIMITS.longText),
  /** Admiralty credibility of the information, 1 (confirmed) to 6 (cannot be judged). */
  credibility: credibility.default(6),
  note: optionalText(LIMITS.longText),
});

/** Attaches a recorded source (`sourceId`) or a new one (`source`, recorded in the same transaction) to a claim. */
export const evidenceAttachInput = evidenceDetailsInput
  .extend({
    claimId: id,
    sourceId: id.optional(),
    source: sourceCreateInput.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.sourceId === undefined && input.source === undefined) {
      ctx.addIssue({ code: "custom", path: ["sourceId"], message: "Required: the id of a recorded source, or a new one under source" });
    }
    if (input.sourceId !== undefined && input.source !== undefined) {
      ctx.addIssue({ code: "custom", path: ["source"], message: "Give either sourceId or a new source, not both" });
    }
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

export type EvidenceDetailsInput = z.input<typeof evidenceDetailsInput>;
export type EvidenceAttachInput = z.input<typeof evidenceAttachInput>;
export type EvidenceUpdateInput = z.input<typeof evidenceUpdateInput>;
export type EvidenceListInput = z.input<typeof evidenceListInput>;
