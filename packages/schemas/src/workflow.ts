import { z } from "zod";
import { LIMITS, id, optionalText } from "./common";
import { claimStage, verdict, type ClaimStage, type Role, type Verdict } from "./enums";
import { claimVersion } from "./claim";

// The review workflow: the only ways a claim's stage may change, and who may make each move.

export interface Transition {
  from: ClaimStage;
  to: ClaimStage;
  /** The least role that may make this move. */
  minRole: Role;
  /** The button's words. */
  label: string;
  /** The history's words: "Editor Ana sent it to review". */
  verb: string;
}

export const TRANSITIONS: readonly Transition[] = [
  { from: "NEW", to: "RESEARCHING", minRole: "EDITOR", label: "Start research", verb: "started research on it" },
  { from: "RESEARCHING", to: "IN_REVIEW", minRole: "EDITOR", label: "Send to review", verb: "sent it to review" },
  { from: "IN_REVIEW", to: "RESEARCHING", minRole: "EDITOR", label: "Send back to research", verb: "sent it back to research" },
  { from: "IN_REVIEW", to: "CONCLUDED", minRole: "REVIEWER", label: "Conclude", verb: "concluded it" },
  { from: "CONCLUDED", to: "RESEARCHING", minRole: "REVIEWER", label: "Reopen", verb: "reopened it" },
];

/**
 * The verdict that stands now. A verdict is given when a claim is concluded; a reopened claim keeps it in the
 * record (and its history) but is being checked again, so until it is concluded anew nothing rests on it.
 */
export function standingVerdict(claim: { stage: ClaimStage; verdict: Verdict }): Verdict {
  return claim.stage === "CONCLUDED" ? claim.verdict : "UNRATED";
}

export function findTransition(from: ClaimStage, to: ClaimStage): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

export function transitionsFrom(from: ClaimStage): Transition[] {
  return TRANSITIONS.filter((transition) => transition.from === from);
}

/**
 * `claim.transition`: move a claim to another stage. Concluding needs a verdict other than UNRATED and a note
 * explaining it; `overrideReason` is how an admin concludes a claim they alone researched (the four-eyes rule).
 */
export const claimTransitionInput = z
  .strictObject({
    id,
    version: claimVersion("Required: the version you are looking at"),
    to: claimStage,
    verdict: verdict.optional(),
    note: optionalText(LIMITS.longText),
    overrideReason: optionalText(LIMITS.longText),
  })
  .superRefine((input, ctx) => {
    if (input.to === "CONCLUDED") {
      if (!input.verdict || input.verdict === "UNRATED") {
        ctx.addIssue({ code: "custom", path: ["verdict"], message: "Concluding needs a verdict other than Unrated (UNRATED)" });
      }
      if (!input.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Concluding needs a note that explains the verdict" });
    } else {
      if (input.verdict !== undefined) ctx.addIssue({ code: "custom", path: ["verdict"], message: "A verdict is given only when concluding" });
      if (input.overrideReason !== undefined) {
        ctx.addIssue({ code: "custom", path: ["overrideReason"], message: "An override applies only to concluding" });
      }
    }
  });

export type ClaimTransitionInput = z.input<typeof claimTransitionInput>;
