import { describe, expect, it } from "vitest";
import { LIMITS } from "./common";
import { CREDIBILITIES, EVIDENCE_STANCES } from "./enums";
import { evidenceAttachInput, evidenceListInput, evidenceUpdateInput } from "./evidence";
import { credibilityLabel } from "./labels";
import { accepted, problems, refusedFields } from "./test-support";

const link = { claimId: "clm_1", sourceId: "src_1", stance: "SUPPORTS" } as const;
const oneToSix = "Must be a whole number from 1 to 6";

describe("evidenceAttachInput", () => {
  it("needs the claim, the source and the stance; credibility defaults to 6 (cannot be judged)", () => {
    expect(accepted(evidenceAttachInput, link)).toEqual({ ...link, credibility: 6 });
  });

  it("keeps the excerpt and note, trimmed", () => {
    expect(accepted(evidenceAttachInput, { ...link, excerpt: ' "133 people died" ', note: " Official figure ", credibility: 2 })).toEqual({
      ...link,
      excerpt: '"133 people died"',
      note: "Official figure",
      credibility: 2,
    });
  });

  it.each(EVIDENCE_STANCES)("accepts stance %s", (stance) => {
    expect(accepted(evidenceAttachInput, { ...link, stance }).stance).toBe(stance);
  });

  it.each([
    ["missing", undefined, "Required"],
    ["unknown", "REFUTES", "Must be one of SUPPORTS, CONTRADICTS, CONTEXT"],
    ["lower case", "supports", "Must be one of SUPPORTS, CONTRADICTS, CONTEXT"],
  ])("refuses a stance that is %s", (_label, stance, message) => {
    expect(problems(evidenceAttachInput, { ...link, stance })).toEqual([{ path: "stance", message }]);
  });

  it.each(CREDIBILITIES)("accepts credibility %d", (credibility) => {
    expect(accepted(evidenceAttachInput, { ...link, credibility }).credibility).toBe(credibility);
  });

  it.each([
    ["0", 0],
    ["7", 7],
    ["-1", -1],
    ["a fraction", 2.5],
    ["a string", "3"],
    ["NaN", Number.NaN],
  ])("refuses credibility %s", (_label, credibility) => {
    expect(problems(evidenceAttachInput, { ...link, credibility })).toEqual([{ path: "credibility", message: oneToSix }]);
  });

  it.each([
    ["claimId", { claimId: undefined }, "Required"],
    ["claimId", { claimId: " " }, "Must not be empty"],
    ["sourceId", { sourceId: undefined }, "Required: the id of a recorded source, or a new one under source"],
    ["sourceId", { sourceId: "s".repeat(65) }, "Is not an id"],
    ["excerpt", { excerpt: "e".repeat(LIMITS.longText + 1) }, "Must be at most 5000 characters"],
    ["excerpt", { excerpt: "" }, "Must not be empty"],
    ["note", { note: "n".repeat(LIMITS.longText + 1) }, "Must be at most 5000 characters"],
  ])("refuses a bad %s", (field, change, message) => {
    expect(problems(evidenceAttachInput, { ...link, ...change })).toEqual([{ path: field, message }]);
  });

  it("accepts an excerpt of exactly 5000 characters", () => {
    expect(accepted(evidenceAttachInput, { ...link, excerpt: "e".repeat(LIMITS.longText) }).excerpt).toHaveLength(5000);
  });

  it("refuses a misspelt field, naming it", () => {
    expect(problems(evidenceAttachInput, { ...link, credability: 2 })).toEqual([{ path: "", message: 'Is not a field of this request: credability' }]);
  });
});

describe("evidenceUpdateInput", () => {
  it("needs the id; omitted fields stay as they are (credibility is not reset to 6)", () => {
    expect(accepted(evidenceUpdateInput, { id: "evd_1" })).toEqual({ id: "evd_1" });
    expect(refusedFields(evidenceUpdateInput, { stance: "CONTEXT" })).toEqual(["id"]);
  });

  it("null clears the excerpt and the note", () => {
    expect(accepted(evidenceUpdateInput, { id: "evd_1", excerpt: null, note: null })).toEqual({ id: "evd_1", excerpt: null, note: null });
  });

  it("changes the stance and credibility", () => {
    expect(accepted(evidenceUpdateInput, { id: "evd_1", stance: "CONTRADICTS", credibility: 5 })).toEqual({
      id: "evd_1",
      stance: "CONTRADICTS",
      credibility: 5,
    });
  });

  it.each([
    ["stance", { stance: null }],
    ["stance", { stance: "NEUTRAL" }],
    ["credibility", { credibility: null }],
    ["credibility", { credibility: 0 }],
    ["credibility", { credibility: 7 }],
    ["excerpt", { excerpt: "  " }],
  ])("refuses a bad %s", (field, change) => {
    expect(refusedFields(evidenceUpdateInput, { id: "evd_1", ...change })).toEqual([field]);
  });

  it("refuses the claim or source it links (a link is not moved)", () => {
    expect(problems(evidenceUpdateInput, { id: "evd_1", claimId: "clm_2" })).toEqual([{ path: "", message: 'Is not a field of this request: claimId' }]);
  });
});

describe("evidenceListInput filters", () => {
  it("filters by claim or source", () => {
    expect(accepted(evidenceListInput, { claimId: "clm_1", sourceId: "src_1" })).toEqual({ claimId: "clm_1", sourceId: "src_1", limit: 25 });
    expect(refusedFields(evidenceListInput, { claimId: "" })).toEqual(["claimId"]);
  });
});

describe("credibility labels", () => {
  it.each(CREDIBILITIES)("credibility %d has words", (value) => {
    expect(credibilityLabel[value]).toMatch(/\w/);
  });
});
