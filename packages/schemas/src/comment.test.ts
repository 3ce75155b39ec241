import { describe, expect, it } from "vitest";
import { commentCreateInput, commentListInput } from "./comment";
import { LIMITS, encodeCursor } from "./common";
import { accepted, problems, refusedFields } from "./test-support";

describe("commentCreateInput", () => {
  it("takes the claim's id and the text, both trimmed", () => {
    expect(accepted(commentCreateInput, { claimId: " clm_1 ", text: "  Is the 133 figure from the ministry or from TASS? \n" })).toEqual({
      claimId: "clm_1",
      text: "Is the 133 figure from the ministry or from TASS?",
    });
  });

  it("accepts text of exactly 5000 characters and refuses 5001", () => {
    expect(accepted(commentCreateInput, { claimId: "clm_1", text: "t".repeat(LIMITS.longText) }).text).toHaveLength(5000);
    expect(problems(commentCreateInput, { claimId: "clm_1", text: "t".repeat(LIMITS.longText + 1) })).toEqual([
      { path: "text", message: "Must be at most 5000 characters" },
    ]);
  });

  it.each([
    ["text", { claimId: "clm_1" }, "Required"],
    ["text", { claimId: "clm_1", text: "" }, "Must not be empty"],
    ["text", { claimId: "clm_1", text: " \n\t" }, "Must not be empty"],
    ["text", { claimId: "clm_1", text: "before\u0000after" }, "Must not contain the NUL character (U+0000)"],
    ["claimId", { text: "x" }, "Required"],
    ["claimId", { claimId: "", text: "x" }, "Must not be empty"],
    ["claimId", { claimId: "c".repeat(65), text: "x" }, "Is not an id"],
  ])("refuses a bad %s: %j", (field, input, message) => {
    expect(problems(commentCreateInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses an empty form on both fields", () => {
    expect(refusedFields(commentCreateInput, {})).toEqual(["claimId", "text"]);
  });

  it.each([
    ["an author (the author is whoever is signed in)", { authorId: "usr_2" }, "authorId"],
    ["a time (the server sets it)", { createdAt: "2024-03-22T19:58:00Z" }, "createdAt"],
  ])("refuses %s, naming the key", (_label, change, key) => {
    expect(problems(commentCreateInput, { claimId: "clm_1", text: "x", ...change })).toEqual([{ path: "", message: `Is not a field of this request: ${key}` }]);
  });
});

describe("commentListInput", () => {
  it("needs the claim's id and defaults to 25 comments", () => {
    expect(accepted(commentListInput, { claimId: "clm_1" })).toEqual({ claimId: "clm_1", limit: 25 });
  });

  it("accepts a cursor it produced and gives back the position", () => {
    const position = { createdAt: new Date("2024-03-22T19:58:00Z"), id: "cmt_9" };
    expect(accepted(commentListInput, { claimId: "clm_1", cursor: encodeCursor(position), limit: 100 })).toEqual({
      claimId: "clm_1",
      cursor: position,
      limit: 100,
    });
  });

  it.each([
    ["claimId", {}, "Required"],
    ["claimId", { claimId: " " }, "Must not be empty"],
    ["limit", { claimId: "clm_1", limit: 0 }, "Must be at least 1"],
    ["limit", { claimId: "clm_1", limit: 101 }, "Must be at most 100"],
    ["limit", { claimId: "clm_1", limit: 2.5 }, "Must be a whole number"],
    ["cursor", { claimId: "clm_1", cursor: "garbage" }, "Is not a cursor from this API: pass back a nextCursor you were given"],
  ])("refuses a bad %s: %j", (field, input, message) => {
    expect(problems(commentListInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(problems(commentListInput, { claimId: "clm_1", authorId: "usr_1" })).toEqual([{ path: "", message: 'Is not a field of this request: authorId' }]);
  });
});
