import { z } from "zod";
import { LIMITS, id, requiredText, wrongKind } from "./common";

/** Why a record is deleted: the history keeps it. */
export const deletionReason = requiredText(LIMITS.longText).describe("Why it is deleted");

/** One record's id and the reason it is deleted (events, sources, evidence). */
export const deleteWithReasonInput = z.strictObject({ id, reason: deletionReason });

const SUBJECTS = ["claimId", "eventId", "sourceId"] as const;

export const HISTORY_PAGE = { default: 200, max: 500 } as const;

const NOT_A_HISTORY_CURSOR = "Must be the nextCursor of an earlier page";
/** HistoryEntry.seq is a 32-bit integer: a larger cursor is none of ours (and would fail in the database). */
const MAX_SEQ = 2_147_483_647;

/** Entries after this one (the `nextCursor` of the previous page). */
const historyCursor = z
  .string({ error: wrongKind(NOT_A_HISTORY_CURSOR) })
  .regex(/^\d{1,12}$/, { error: NOT_A_HISTORY_CURSOR, abort: true })
  .refine((value) => Number(value) <= MAX_SEQ, { error: NOT_A_HISTORY_CURSOR });
const historyLimit = z
  .number({ error: wrongKind("Must be a number") })
  .int({ error: "Must be a whole number" })
  .min(1, { error: "Must be 1 or more" })
  .max(HISTORY_PAGE.max, { error: `Must be at most ${HISTORY_PAGE.max}` })
  .default(HISTORY_PAGE.default);

/** `history.list`: the timeline of exactly one claim, event or source, oldest first. */
export const historyListInput = z
  .strictObject({
    claimId: id.optional(),
    eventId: id.optional(),
    sourceId: id.optional(),
    cursor: historyCursor.optional(),
    limit: historyLimit,
  })
  .superRefine((input, ctx) => {
    const given = SUBJECTS.filter((key) => input[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: "custom", path: [given[1] ?? "claimId"], message: "Give exactly one of claimId, eventId, sourceId" });
    }
  });

/** `user.history`: what was done to one account (invited, role changed, deactivated), oldest first. */
export const userHistoryInput = z.strictObject({ id, cursor: historyCursor.optional(), limit: historyLimit });

/** One changed field in a history entry. Values are JSON: dates as ISO strings, missing values as null. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export type HistoryListInput = z.input<typeof historyListInput>;
