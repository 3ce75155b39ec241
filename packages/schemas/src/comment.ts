import { z } from "zod";
import { LIMITS, id, pageInput, requiredText } from "./common";

export const commentCreateInput = z.strictObject({ claimId: id, text: requiredText(LIMITS.longText) });

/** A claim's comments, newest first. */
export const commentListInput = z.strictObject({ claimId: id, ...pageInput });

export type CommentCreateInput = z.input<typeof commentCreateInput>;
