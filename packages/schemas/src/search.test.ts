import { describe, expect, it } from "vitest";
import { decodeSearchCursor, encodeSearchCursor, searchQueryInput } from "./search";
import { accepted, problems } from "./test-support";

describe("searchQueryInput", () => {
  it("takes words, and fills in the page size", () => {
    expect(accepted(searchQueryInput, { q: "  Krasnogorks " })).toEqual({ q: "Krasnogorks", limit: 10 });
    expect(accepted(searchQueryInput, { q: '"claimed responsibility" -Ukraine', types: ["EVENT"], eventId: "evt_1", limit: 50 })).toEqual({
      q: '"claimed responsibility" -Ukraine',
      types: ["EVENT"],
      eventId: "evt_1",
      limit: 50,
    });
  });

  it.each([
    [{}, "q", "Required"],
    [{ q: " " }, "q", "Must not be empty"],
    [{ q: "x".repeat(201) }, "q", "Must be at most 200 characters"],
    [{ q: "a", types: [] }, "types", "Must name at least one of CLAIM, SOURCE, EVENT (or leave it out for all three)"],
    [{ q: "a", types: ["CLAIMS"] }, "types.0", "Must be one of CLAIM, SOURCE, EVENT"],
    [{ q: "a", limit: 51 }, "limit", "Must be at most 50"],
    [{ q: "a", cursor: "nope" }, "cursor", "Is not a cursor from this search: pass back a group's nextCursor you were given"],
  ])("refuses %j, naming %s", (input, field, message) => {
    expect(problems(searchQueryInput, input)).toEqual([{ path: field, message }]);
  });

  it("takes back the cursors it gives, and only those", () => {
    const cursor = encodeSearchCursor({ type: "SOURCE", offset: 20 });
    expect(decodeSearchCursor(cursor)).toEqual({ type: "SOURCE", offset: 20 });
    expect(accepted(searchQueryInput, { q: "a", cursor }).cursor).toEqual({ type: "SOURCE", offset: 20 });
    for (const forged of [btoa("s1|USER|20"), btoa("s1|CLAIM|-1"), btoa("s1|CLAIM|1e3"), btoa("s2|CLAIM|1"), btoa("s1|CLAIM|1|x")]) {
      expect(decodeSearchCursor(forged)).toBeUndefined();
    }
    expect(problems(searchQueryInput, { q: "a", types: ["CLAIM"], cursor })).toEqual([
      { path: "cursor", message: "Is a cursor of the SOURCE results, which types leaves out" },
    ]);
  });
});
