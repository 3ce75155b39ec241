import { describe, expect, it } from "vitest";
import { LIMITS, NULL_MESSAGE } from "./common";
import { HISTORY_ACTIONS, HISTORY_ENTITIES } from "./enums";
import { HISTORY_PAGE, deleteWithReasonInput, deletionReason, historyListInput, userHistoryInput } from "./history";
import { accepted, problems } from "./test-support";

describe("deletionReason", () => {
  it("is trimmed", () => {
    expect(accepted(deletionReason, "  Duplicate of an earlier record \n")).toBe("Duplicate of an earlier record");
  });

  it("accepts 5000 characters", () => {
    expect(accepted(deletionReason, "r".repeat(LIMITS.longText))).toHaveLength(5000);
  });

  it.each([
    ["nothing", undefined, "Required"],
    ["an empty string", "", "Must not be empty"],
    ["only spaces", "   ", "Must not be empty"],
    ["5001 characters", "r".repeat(LIMITS.longText + 1), "Must be at most 5000 characters"],
  ])("refuses %s", (_label, value, message) => {
    expect(problems(deletionReason, value)).toEqual([{ path: "", message }]);
  });
});

describe("deleteWithReasonInput", () => {
  it("takes the id and the reason, both trimmed", () => {
    expect(accepted(deleteWithReasonInput, { id: " src_1 ", reason: " Spam link " })).toEqual({ id: "src_1", reason: "Spam link" });
  });

  it.each([
    ["reason", { id: "src_1" }, "Required"],
    ["reason", { id: "src_1", reason: " " }, "Must not be empty"],
    ["reason", { id: "src_1", reason: null }, NULL_MESSAGE],
    ["id", { reason: "Spam" }, "Required"],
    ["id", { id: "", reason: "Spam" }, "Must not be empty"],
  ])("refuses a bad %s: %j", (field, input, message) => {
    expect(problems(deleteWithReasonInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(problems(deleteWithReasonInput, { id: "src_1", reason: "Spam", version: 2 })).toEqual([{ path: "", message: 'Is not a field of this request: version' }]);
  });
});

describe("historyListInput: exactly one subject", () => {
  it.each(["claimId", "eventId", "sourceId"])("accepts %s alone, with 200 entries by default", (key) => {
    expect(accepted(historyListInput, { [key]: " rec_1 " })).toEqual({ [key]: "rec_1", limit: HISTORY_PAGE.default });
    expect(HISTORY_PAGE.default).toBe(200);
  });

  const message = "Give exactly one of claimId, eventId, sourceId";

  it("refuses no subject, on claimId", () => {
    expect(problems(historyListInput, {})).toEqual([{ path: "claimId", message }]);
    expect(problems(historyListInput, { limit: 10 })).toEqual([{ path: "claimId", message }]);
  });

  it.each([
    [{ claimId: "clm_1", eventId: "evt_1" }, "eventId"],
    [{ claimId: "clm_1", sourceId: "src_1" }, "sourceId"],
    [{ eventId: "evt_1", sourceId: "src_1" }, "sourceId"],
    [{ claimId: "clm_1", eventId: "evt_1", sourceId: "src_1" }, "eventId"],
  ])("refuses %j, on %s", (input, field) => {
    expect(problems(historyListInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses an empty id on that id", () => {
    expect(problems(historyListInput, { eventId: "" })).toEqual([{ path: "eventId", message: "Must not be empty" }]);
  });

  it("refuses an id given as null", () => {
    expect(problems(historyListInput, { sourceId: null })).toEqual([{ path: "sourceId", message: NULL_MESSAGE }]);
  });

  it("refuses unknown keys, naming them", () => {
    expect(problems(historyListInput, { claimId: "clm_1", userId: "usr_1" })).toEqual([{ path: "", message: 'Is not a field of this request: userId' }]);
  });
});

describe.each([
  ["historyListInput", historyListInput, { claimId: "clm_1" }],
  ["userHistoryInput", userHistoryInput, { id: "usr_1" }],
])("%s: paging", (_name, schema, subject) => {
  // HistoryEntry.seq is a 32-bit integer: 2147483647 is the last entry there can be.
  it.each(["0", "7", "2147483647", "002147483647"])("accepts the cursor %j", (cursorValue) => {
    expect(accepted(schema, { ...subject, cursor: cursorValue })).toEqual({ ...subject, cursor: cursorValue, limit: 200 });
  });

  const notACursor = "Must be the nextCursor of an earlier page";

  it.each([
    ["a negative number", "-1"],
    ["a fraction", "1.5"],
    ["letters", "abc"],
    ["an empty string", ""],
    ["13 digits", "1234567890123"],
    ["beyond a 32-bit integer", "2147483648"],
    ["12 digits", "123456789012"],
    ["digits with spaces", " 12 "],
    ["a number rather than a string", 12],
  ])("refuses a cursor that is %s", (_label, cursorValue) => {
    expect(problems(schema, { ...subject, cursor: cursorValue })).toEqual([{ path: "cursor", message: notACursor }]);
  });

  it("refuses a null cursor, saying to leave it out", () => {
    expect(problems(schema, { ...subject, cursor: null })).toEqual([{ path: "cursor", message: NULL_MESSAGE }]);
  });

  it.each([1, 500])("accepts limit %d", (limit) => {
    expect(accepted(schema, { ...subject, limit })).toEqual({ ...subject, limit });
  });

  it.each([
    [0, "Must be 1 or more"],
    [-1, "Must be 1 or more"],
    [501, "Must be at most 500"],
    [1.5, "Must be a whole number"],
    ["50", "Must be a number"],
    [null, NULL_MESSAGE],
  ])("refuses limit %j", (limit, message) => {
    expect(problems(schema, { ...subject, limit })).toEqual([{ path: "limit", message }]);
  });
});

describe("userHistoryInput", () => {
  it("needs the account's id", () => {
    expect(accepted(userHistoryInput, { id: " usr_1 " })).toEqual({ id: "usr_1", limit: 200 });
    expect(problems(userHistoryInput, {})).toEqual([{ path: "id", message: "Required" }]);
    expect(problems(userHistoryInput, { id: "" })).toEqual([{ path: "id", message: "Must not be empty" }]);
  });

  it("refuses a claim's id in its place, naming the key", () => {
    expect(problems(userHistoryInput, { id: "usr_1", claimId: "clm_1" })).toEqual([{ path: "", message: 'Is not a field of this request: claimId' }]);
  });
});

describe("what the history records", () => {
  it("covers every kind of record the issue names: events, claims, sources, evidence, comments and users", () => {
    expect([...HISTORY_ENTITIES].sort()).toEqual(["CLAIM", "COMMENT", "EVENT", "EVIDENCE", "SOURCE", "USER"]);
  });

  it.each(["CREATE", "UPDATE", "DELETE", "TRANSITION", "INVITE", "CHANGE_ROLE", "DEACTIVATE", "REACTIVATE", "CHANGE_PASSWORD"])(
    "has the action %s",
    (action) => {
      expect(HISTORY_ACTIONS).toContain(action);
    },
  );

  it("lists each action once", () => {
    expect(new Set(HISTORY_ACTIONS).size).toBe(HISTORY_ACTIONS.length);
  });
});
