import { z } from "zod";
import { deletionReason } from "./history";
import {
  LIMITS,
  clearableText,
  count,
  dateTime,
  pastDateTime,
  id,
  optionalText,
  pageInput,
  requiredText,
  storableString,
  searchQuery,
  wrongKind,
} from "./common";
import {
  attribution,
  casualtyMetric,
  casualtyPopulation,
  claimKind,
  claimStage,
  figureQualifier,
  likelihood,
  verdict,
  type ClaimKind,
} from "./enums";

// ---- Casualty figures ----------------------------------------------------------------------------------------

const casualtyFields = z.strictObject({
  metric: casualtyMetric,
  population: casualtyPopulation.default("ALL"),
  qualifier: figureQualifier,
  min: count.nullable().optional(),
  max: count.nullable().optional(),
  asOf: pastDateTime.nullable().optional(),
  /** The figure's words as reported: "scores", "at least 133". */
  reportedAs: optionalText(LIMITS.shortText).nullable(),
});

type CasualtyFields = z.output<typeof casualtyFields>;

/** The rules a database cannot express: which bounds each qualifier takes, and their order. */
function checkFigure(figure: CasualtyFields, ctx: z.RefinementCtx): void {
  const has = (value: number | null | undefined): value is number => value !== undefined && value !== null;
  const issue = (path: "min" | "max", message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const { qualifier, min, max } = figure;
  switch (qualifier) {
    case "EXACT":
      if (!has(min)) issue("min", "An exact figure needs its number as the minimum (min)");
      else if (has(max) && max !== min) issue("max", "An exact figure has the same maximum as its minimum (or leave max empty)");
      break;
    case "AT_LEAST":
      if (!has(min)) issue("min", "An \"at least\" figure needs a minimum (min)");
      if (has(max)) issue("max", "An \"at least\" figure has no maximum (max); use a range (RANGE) for a figure with both bounds");
      break;
    case "AT_MOST":
      if (!has(max)) issue("max", "An \"at most\" figure needs a maximum (max)");
      if (has(min)) issue("min", "An \"at most\" figure has no minimum (min); use a range (RANGE) for a figure with both bounds");
      break;
    case "APPROXIMATELY":
      if (!has(min)) issue("min", "An approximate figure needs its number as the minimum (min), and a maximum for \"about 40 to 50\"");
      break;
    case "RANGE":
      if (!has(min)) issue("min", "A range needs a minimum (min)");
      if (!has(max)) issue("max", "A range needs a maximum (max)");
      break;
  }
  if (has(min) && has(max) && min > max) issue("max", "Must not be less than the minimum (min)");
}

/**
 * An exact figure stores max = min, so that every reader of the data sees both bounds. Absent optional fields
 * become null, and the return type says so (the figure then fits `FigureParts` without casts).
 */
function normaliseFigure(figure: CasualtyFields) {
  const max = figure.qualifier === "EXACT" ? figure.min : figure.max;
  return { ...figure, min: figure.min ?? null, max: max ?? null, asOf: figure.asOf ?? null, reportedAs: figure.reportedAs ?? null };
}

export const casualtyDetailInput = casualtyFields.superRefine(checkFigure).transform(normaliseFigure);

// ---- Responsibility ------------------------------------------------------------------------------------------

export const responsibilityDetailInput = z.strictObject({
  actor: requiredText(LIMITS.shortText),
  attribution,
  channel: optionalText(LIMITS.shortText).nullable(),
  assessment: likelihood.default("NOT_ASSESSED"),
});

// ---- Claims --------------------------------------------------------------------------------------------------

const DETAIL_FOR_KIND = { CASUALTY_COUNT: "casualty", RESPONSIBILITY: "responsibility", STATEMENT: null } as const;
const DETAIL_KEYS = ["casualty", "responsibility"] as const;

/** The detail object that matches the kind is required and the other one refused. */
export function checkDetailsMatchKind(
  kind: ClaimKind,
  details: { casualty?: unknown; responsibility?: unknown },
  ctx: z.RefinementCtx,
  { detailRequired }: { detailRequired: boolean },
): void {
  const wanted = DETAIL_FOR_KIND[kind];
  for (const key of DETAIL_KEYS) {
    const given = details[key] !== undefined && details[key] !== null;
    if (key === wanted && !given && detailRequired) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: key === "casualty" ? "A casualty-count claim needs its figure" : "A responsibility claim needs its actor and attribution",
      });
    }
    if (key !== wanted && given) {
      ctx.addIssue({ code: "custom", path: [key], message: `Only a ${key === "casualty" ? "CASUALTY_COUNT" : "RESPONSIBILITY"} claim takes ${key} details` });
    }
  }
}

const claimFields = {
  eventId: id.optional(),
  kind: claimKind,
  text: requiredText(LIMITS.claimText),
  claimant: optionalText(LIMITS.shortText),
  claimedAt: pastDateTime.optional(),
  casualty: casualtyDetailInput.optional(),
  responsibility: responsibilityDetailInput.optional(),
};

/**
 * One claimant's assertion is one claim: a claim that repeats one already recorded (see duplicateIdentity) is
 * refused with CONFLICT naming it, unless the editor says it is meant (a restated figure the newsroom keeps apart).
 */
const allowDuplicate = z.boolean({ error: wrongKind("Must be true or false") }).optional();

export const claimCreateInput = z
  .strictObject({ ...claimFields, allowDuplicate })
  .superRefine((claim, ctx) => checkDetailsMatchKind(claim.kind, claim, ctx, { detailRequired: true }));

/** Versions count saves from 1; the database stores them as a 32-bit integer. */
export const claimVersion = (missing: string) =>
  z
    .number({ error: wrongKind("Must be a number", missing) })
    .int({ error: "Must be a whole number" })
    .min(1, { error: "Must be 1 or more" })
    .max(2_147_483_647, { error: "Is not a version of this claim: send the version you loaded" });

/**
 * Changes to a claim. `version` is the version the editor started from; a stale one is refused.
 * Omitted fields stay as they are; null clears an optional field. Changing `kind` needs the new kind's details.
 */
export const claimUpdateInput = z
  .strictObject({
    id,
    version: claimVersion("Required: the version you started editing from"),
    eventId: id.nullable().optional(),
    kind: claimKind.optional(),
    text: requiredText(LIMITS.claimText).optional(),
    claimant: clearableText(LIMITS.shortText),
    claimedAt: pastDateTime.nullable().optional(),
    casualty: casualtyDetailInput.optional(),
    responsibility: responsibilityDetailInput.optional(),
    /** The editor the claim is assigned to; null unassigns. */
    assigneeId: id.nullable().optional(),
    /** When to check the claim again; null clears it. */
    recheckAt: dateTime.nullable().optional(),
    /** Save even if the changed claim repeats another one already recorded. */
    allowDuplicate,
  })
  .superRefine((update, ctx) => {
    if (update.kind) checkDetailsMatchKind(update.kind, update, ctx, { detailRequired: true });
  });

export const claimDeleteInput = z.strictObject({
  id,
  /** When given, the claim is deleted only if nobody changed it since this version. */
  version: claimVersion("Must be a number").optional(),
  reason: deletionReason,
});

/** Ready-made views of the claims list. */
export const CLAIM_VIEWS = ["MINE", "WAITING_FOR_REVIEW", "DUE_FOR_RECHECK"] as const;
export type ClaimView = (typeof CLAIM_VIEWS)[number];
export const claimView = z.enum(CLAIM_VIEWS, { error: wrongKind(`Must be one of ${CLAIM_VIEWS.join(", ")}`) });

export const claimListInput = z
  .strictObject({
    eventId: id.optional(),
    kind: claimKind.optional(),
    stage: claimStage.optional(),
    verdict: verdict.optional(),
    assigneeId: id.optional(),
    /** MINE: assigned to the caller; WAITING_FOR_REVIEW: in review; DUE_FOR_RECHECK: re-check date passed. */
    view: claimView.optional(),
    /** Words to find in the claim's text, claimant or actor. */
    q: searchQuery,
    ...pageInput,
  })
  .default({ limit: pageInput.limit.parse(undefined) });

// ---- Near-duplicates ------------------------------------------------------------------------------------------

/**
 * A claim as the editor is typing it, to find the claims it may repeat: every field but the text may be missing or
 * half done, and nothing is refused for being incomplete. `id`, when the fields are those of a recorded claim, leaves
 * that claim out, and every claim an editor marked as not a duplicate of it.
 */
/** A detail with none of its fields says nothing: leave it out. */
const hasSomeField = (detail: object) => Object.values(detail).some((value) => value !== undefined);
const NOTHING_GIVEN = "Give at least one of its fields, or leave it out";

export const claimSimilarInput = z.strictObject({
  id: id.optional(),
  text: storableString().max(LIMITS.claimText, { error: `Must be at most ${LIMITS.claimText} characters` }),
  eventId: id.optional(),
  kind: claimKind.optional(),
  claimant: storableString().max(LIMITS.shortText, { error: `Must be at most ${LIMITS.shortText} characters` }).optional(),
  casualty: z
    .strictObject({
      metric: casualtyMetric.optional(),
      population: casualtyPopulation.optional(),
      qualifier: figureQualifier.optional(),
      min: count.nullable().optional(),
      max: count.nullable().optional(),
      // Taken, not compared, so that a claim.create input or a recorded claim's figure can be sent as it is.
      asOf: dateTime.nullable().optional(),
      reportedAs: storableString().max(LIMITS.shortText, { error: `Must be at most ${LIMITS.shortText} characters` }).nullable().optional(),
    })
    .refine(hasSomeField, { error: NOTHING_GIVEN })
    .optional(),
  responsibility: z
    .strictObject({
      actor: storableString().max(LIMITS.shortText, { error: `Must be at most ${LIMITS.shortText} characters` }).optional(),
      attribution: attribution.optional(),
      channel: storableString().max(LIMITS.shortText, { error: `Must be at most ${LIMITS.shortText} characters` }).nullable().optional(),
      assessment: likelihood.optional(),
    })
    .refine(hasSomeField, { error: NOTHING_GIVEN })
    .optional(),
});

/** Two claims an editor judged to be different assertions: claim.similar and the tally stop pairing them. */
export const claimMarkNotDuplicateInput = z
  .strictObject({ id, otherId: id })
  .refine(({ id, otherId }) => id !== otherId, { path: ["otherId"], error: "A claim cannot be marked as not a duplicate of itself" });

export type ClaimSimilarInput = z.input<typeof claimSimilarInput>;
export type CasualtyDetailInput = z.input<typeof casualtyDetailInput>;
export type CasualtyDetail = z.output<typeof casualtyDetailInput>;
export type ResponsibilityDetailInput = z.input<typeof responsibilityDetailInput>;
export type ClaimCreateInput = z.input<typeof claimCreateInput>;
export type ClaimUpdateInput = z.input<typeof claimUpdateInput>;
export type ClaimListInput = z.input<typeof claimListInput>;
