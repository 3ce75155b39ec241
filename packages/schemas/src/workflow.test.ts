import { describe, expect, it } from "vitest";
import { LIMITS } from "./common";
import { CLAIM_STAGES, VERDICTS, type ClaimStage } from "./enums";
import { TRANSITIONS, claimTransitionInput, findTransition, standingVerdict, transitionsFrom } from "./workflow";
import { accepted, messageOn, problems, refusedFields } from "./test-support";

// The moves the issue allows: NEW -> RESEARCHING -> IN_REVIEW -> CONCLUDED, CONCLUDED -> RESEARCHING to reopen,
// and sending a claim in review back to research. Everything else is refused.
const ALLOWED: [ClaimStage, ClaimStage, "EDITOR" | "REVIEWER"][] = [
  ["NEW", "RESEARCHING", "EDITOR"],
  ["RESEARCHING", "IN_REVIEW", "EDITOR"],
  ["IN_REVIEW", "RESEARCHING", "EDITOR"],
  ["IN_REVIEW", "CONCLUDED", "REVIEWER"],
  ["CONCLUDED", "RESEARCHING", "REVIEWER"],
];

describe("TRANSITIONS", () => {
  it("lists exactly the allowed moves, each once, with the least role that may make it", () => {
    expect(TRANSITIONS.map(({ from, to, minRole }) => [from, to, minRole])).toEqual(ALLOWED);
  });

  const everyPair = CLAIM_STAGES.flatMap((from) => CLAIM_STAGES.map((to) => [from, to] as const));
  const isAllowed = (from: ClaimStage, to: ClaimStage) => ALLOWED.some(([f, t]) => f === from && t === to);

  it.each(everyPair.filter(([from, to]) => isAllowed(from, to)))("allows %s -> %s", (from, to) => {
    expect(findTransition(from, to)).toMatchObject({ from, to });
  });

  it.each(everyPair.filter(([from, to]) => !isAllowed(from, to)))("refuses %s -> %s", (from, to) => {
    expect(findTransition(from, to)).toBeUndefined();
  });

  it("checks all 16 pairs of stages: 5 allowed, 11 refused", () => {
    expect(everyPair.filter(([from, to]) => findTransition(from, to) !== undefined)).toHaveLength(5);
    expect(everyPair.filter(([from, to]) => findTransition(from, to) === undefined)).toHaveLength(11);
  });

  it("never lets a claim skip review: nothing reaches CONCLUDED except from IN_REVIEW", () => {
    expect(findTransition("NEW", "CONCLUDED")).toBeUndefined();
    expect(findTransition("RESEARCHING", "CONCLUDED")).toBeUndefined();
    expect(TRANSITIONS.filter((transition) => transition.to === "CONCLUDED").map((transition) => transition.from)).toEqual(["IN_REVIEW"]);
  });

  it("only a reviewer concludes or reopens", () => {
    expect(findTransition("IN_REVIEW", "CONCLUDED")?.minRole).toBe("REVIEWER");
    expect(findTransition("CONCLUDED", "RESEARCHING")?.minRole).toBe("REVIEWER");
  });

  it("gives each move a button label and words for the history", () => {
    for (const transition of TRANSITIONS) {
      expect(transition.label.trim()).not.toBe("");
      expect(transition.verb.trim()).not.toBe("");
    }
    expect(findTransition("IN_REVIEW", "CONCLUDED")?.label).toBe("Conclude");
    expect(findTransition("CONCLUDED", "RESEARCHING")?.label).toBe("Reopen");
  });

  it("labels the two buttons shown on a claim in review differently", () => {
    const labels = transitionsFrom("IN_REVIEW").map((transition) => transition.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("transitionsFrom", () => {
  it.each([
    ["NEW", ["RESEARCHING"]],
    ["RESEARCHING", ["IN_REVIEW"]],
    ["IN_REVIEW", ["RESEARCHING", "CONCLUDED"]],
    ["CONCLUDED", ["RESEARCHING"]],
  ] as const)("offers from %s the moves to %j", (from, targets) => {
    expect(transitionsFrom(from).map((transition) => transition.to)).toEqual(targets);
    for (const transition of transitionsFrom(from)) expect(transition.from).toBe(from);
  });
});

describe("claimTransitionInput: valid moves", () => {
  const base = { id: "clm_1", version: 3 };

  it.each(["NEW", "RESEARCHING", "IN_REVIEW"] as const)("moving to %s needs only the id, the version and the stage", (to) => {
    expect(accepted(claimTransitionInput, { ...base, to })).toEqual({ ...base, to });
  });

  it("takes a note on any move (e.g. why a claim is sent back), trimmed", () => {
    expect(accepted(claimTransitionInput, { ...base, to: "RESEARCHING", note: "  Needs a second source " }).note).toBe("Needs a second source");
  });

  it.each(VERDICTS.filter((value) => value !== "UNRATED"))("concludes with the verdict %s and a note", (verdictValue) => {
    const input = { ...base, to: "CONCLUDED", verdict: verdictValue, note: " Two independent sources agree " };
    expect(accepted(claimTransitionInput, input)).toEqual({ ...input, note: "Two independent sources agree" });
  });

  it("concludes with an admin's override reason (four-eyes rule), trimmed", () => {
    const input = { ...base, to: "CONCLUDED", verdict: "FALSE", note: "The video is from 2019", overrideReason: " Night shift, no second reviewer " };
    expect(accepted(claimTransitionInput, input).overrideReason).toBe("Night shift, no second reviewer");
  });

  it("accepts a note and an override reason of exactly 5000 characters", () => {
    const long = "n".repeat(LIMITS.longText);
    expect(accepted(claimTransitionInput, { ...base, to: "CONCLUDED", verdict: "LIKELY", note: long, overrideReason: long }).note).toHaveLength(5000);
  });
});

describe("claimTransitionInput: concluding needs a verdict and a note", () => {
  const base = { id: "clm_1", version: 3, to: "CONCLUDED" };
  const needsVerdict = "Concluding needs a verdict other than Unrated (UNRATED)";
  const needsNote = "Concluding needs a note that explains the verdict";

  it("refuses concluding without a verdict, on verdict", () => {
    expect(problems(claimTransitionInput, { ...base, note: "Two sources" })).toEqual([{ path: "verdict", message: needsVerdict }]);
  });

  it("refuses concluding with UNRATED, on verdict", () => {
    expect(problems(claimTransitionInput, { ...base, verdict: "UNRATED", note: "Two sources" })).toEqual([{ path: "verdict", message: needsVerdict }]);
  });

  it("refuses concluding without a note, on note", () => {
    expect(problems(claimTransitionInput, { ...base, verdict: "CONFIRMED" })).toEqual([{ path: "note", message: needsNote }]);
  });

  it("refuses concluding with neither, naming both fields", () => {
    expect(problems(claimTransitionInput, base)).toEqual([
      { path: "verdict", message: needsVerdict },
      { path: "note", message: needsNote },
    ]);
  });

  it("refuses a blank note, on note", () => {
    expect(refusedFields(claimTransitionInput, { ...base, verdict: "CONFIRMED", note: "   " })).toEqual(["note"]);
    expect(messageOn(claimTransitionInput, { ...base, verdict: "CONFIRMED", note: "   " }, "note")).toContain("Must not be empty");
  });

  it("refuses a note over 5000 characters, saying the limit", () => {
    expect(problems(claimTransitionInput, { ...base, verdict: "CONFIRMED", note: "n".repeat(LIMITS.longText + 1) })).toEqual([
      { path: "note", message: "Must be at most 5000 characters" },
    ]);
  });

  it("refuses an unknown verdict with the list of verdicts", () => {
    expect(problems(claimTransitionInput, { ...base, verdict: "TRUE", note: "x" })).toEqual([
      { path: "verdict", message: "Must be one of UNRATED, CONFIRMED, LIKELY, MISLEADING, FALSE, UNPROVEN, DISPUTED" },
    ]);
  });

  it("refuses a blank override reason, on overrideReason", () => {
    expect(problems(claimTransitionInput, { ...base, verdict: "CONFIRMED", note: "x", overrideReason: " " })).toEqual([
      { path: "overrideReason", message: "Must not be empty" },
    ]);
  });
});

describe("claimTransitionInput: a verdict or an override belongs only to concluding", () => {
  const base = { id: "clm_1", version: 3 };

  it.each(["NEW", "RESEARCHING", "IN_REVIEW"] as const)("refuses a verdict on a move to %s, on verdict", (to) => {
    expect(problems(claimTransitionInput, { ...base, to, verdict: "CONFIRMED" })).toEqual([
      { path: "verdict", message: "A verdict is given only when concluding" },
    ]);
  });

  it("refuses even UNRATED on a move that does not conclude (reopening clears nothing)", () => {
    expect(problems(claimTransitionInput, { ...base, to: "RESEARCHING", verdict: "UNRATED" })).toEqual([
      { path: "verdict", message: "A verdict is given only when concluding" },
    ]);
  });

  it.each(["NEW", "RESEARCHING", "IN_REVIEW"] as const)("refuses an override reason on a move to %s, on overrideReason", (to) => {
    expect(problems(claimTransitionInput, { ...base, to, overrideReason: "I researched it alone" })).toEqual([
      { path: "overrideReason", message: "An override applies only to concluding" },
    ]);
  });

  it("refuses both at once, naming both fields", () => {
    expect(refusedFields(claimTransitionInput, { ...base, to: "IN_REVIEW", verdict: "FALSE", overrideReason: "x" })).toEqual([
      "overrideReason",
      "verdict",
    ]);
  });
});

describe("claimTransitionInput: the stage and the version", () => {
  const base = { id: "clm_1", version: 3, to: "RESEARCHING" };

  it.each([
    ["missing", undefined, "Required"],
    ["unknown", "DONE", "Must be one of NEW, RESEARCHING, IN_REVIEW, CONCLUDED"],
    ["in lower case", "concluded", "Must be one of NEW, RESEARCHING, IN_REVIEW, CONCLUDED"],
  ])("refuses a target stage that is %s, on to", (_label, to, message) => {
    expect(problems(claimTransitionInput, { ...base, to })).toEqual([{ path: "to", message }]);
  });

  it.each([
    ["missing", undefined, "Required: the version you are looking at"],
    ["a string", "3", "Must be a number"],
    ["zero", 0, "Must be 1 or more"],
    ["negative", -2, "Must be 1 or more"],
    ["a fraction", 2.5, "Must be a whole number"],
    ["beyond any version the database can store", 2_147_483_648, "Is not a version of this claim: send the version you loaded"],
  ])("refuses a version that is %s, on version", (_label, version, message) => {
    expect(problems(claimTransitionInput, { ...base, version })).toEqual([{ path: "version", message }]);
  });

  it("accepts the largest version the database stores", () => {
    expect(accepted(claimTransitionInput, { ...base, version: 2_147_483_647 }).version).toBe(2_147_483_647);
  });

  it.each([
    ["missing", undefined, "Required"],
    ["empty", "", "Must not be empty"],
  ])("refuses an id that is %s, on id", (_label, idValue, message) => {
    expect(problems(claimTransitionInput, { ...base, id: idValue })).toEqual([{ path: "id", message }]);
  });

  it("refuses the stage given as `stage` instead of `to`, naming the key", () => {
    expect(problems(claimTransitionInput, { id: "clm_1", version: 3, to: "IN_REVIEW", stage: "IN_REVIEW" })).toEqual([
      { path: "", message: 'Is not a field of this request: stage' },
    ]);
  });
});

describe("standingVerdict", () => {
  it("is the verdict of a concluded claim", () => {
    expect(standingVerdict({ stage: "CONCLUDED", verdict: "CONFIRMED" })).toBe("CONFIRMED");
    expect(standingVerdict({ stage: "CONCLUDED", verdict: "FALSE" })).toBe("FALSE");
  });

  it.each(["NEW", "RESEARCHING", "IN_REVIEW"] as const)("is UNRATED while the claim is %s, whatever verdict it kept", (stage) => {
    expect(standingVerdict({ stage, verdict: "CONFIRMED" })).toBe("UNRATED");
  });
});
