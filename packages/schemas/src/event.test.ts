import { describe, expect, it } from "vitest";
import { LIMITS } from "./common";
import { eventCreateInput, eventListInput, eventUpdateInput } from "./event";
import { accepted, problems, refusedFields } from "./test-support";

describe("eventCreateInput", () => {
  it("needs only a title", () => {
    expect(accepted(eventCreateInput, { title: "Crocus City Hall attack" })).toEqual({ title: "Crocus City Hall attack" });
  });

  it("keeps every field, trimmed, with the time as a Date", () => {
    expect(
      accepted(eventCreateInput, {
        title: " Crocus City Hall attack ",
        summary: " Gunmen opened fire at a concert hall. ",
        occurredAt: "2024-03-22T19:58:00+03:00",
        location: " Krasnogorsk, Moscow Oblast ",
      }),
    ).toEqual({
      title: "Crocus City Hall attack",
      summary: "Gunmen opened fire at a concert hall.",
      occurredAt: new Date("2024-03-22T16:58:00Z"),
      location: "Krasnogorsk, Moscow Oblast",
    });
  });

  it("accepts a title of exactly 300 characters", () => {
    expect(accepted(eventCreateInput, { title: "t".repeat(LIMITS.title) }).title).toHaveLength(300);
  });

  it.each([
    ["title", "missing", {}, "Required"],
    ["title", "blank", { title: "   " }, "Must not be empty"],
    ["title", "too long", { title: "t".repeat(LIMITS.title + 1) }, "Must be at most 300 characters"],
    ["summary", "too long", { title: "x", summary: "s".repeat(LIMITS.longText + 1) }, "Must be at most 5000 characters"],
    ["summary", "empty", { title: "x", summary: "" }, "Must not be empty"],
    ["location", "too long", { title: "x", location: "l".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    ["occurredAt", "garbage", { title: "x", occurredAt: "Friday night" }, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
    ["occurredAt", "before 1900", { title: "x", occurredAt: "1871-10-08" }, "Must be after 1900"],
  ])("refuses a %s that is %s", (field, _label, input, message) => {
    expect(problems(eventCreateInput, input)).toEqual([{ path: field, message }]);
  });

  it("refuses a misspelt field, naming it", () => {
    expect(problems(eventCreateInput, { title: "x", occuredAt: "2024-03-22" })).toEqual([{ path: "", message: 'Is not a field of this request: occuredAt' }]);
  });
});

describe("eventUpdateInput", () => {
  it("needs the id", () => {
    expect(accepted(eventUpdateInput, { id: "evt_1" })).toEqual({ id: "evt_1" });
    expect(refusedFields(eventUpdateInput, { title: "x" })).toEqual(["id"]);
  });

  it("null clears the summary, time and location", () => {
    const update = { id: "evt_1", summary: null, occurredAt: null, location: null };
    expect(accepted(eventUpdateInput, update)).toEqual(update);
  });

  it.each([
    ["title", { title: null }],
    ["title", { title: " " }],
    ["summary", { summary: "s".repeat(LIMITS.longText + 1) }],
    ["occurredAt", { occurredAt: "2024-03-22T19:58:00" }],
    ["location", { location: "" }],
  ])("refuses a bad %s", (field, change) => {
    expect(refusedFields(eventUpdateInput, { id: "evt_1", ...change })).toEqual([field]);
  });

  it("refuses a misspelt field, naming it", () => {
    expect(problems(eventUpdateInput, { id: "evt_1", titel: "x" })).toEqual([{ path: "", message: 'Is not a field of this request: titel' }]);
  });
});

describe("eventListInput", () => {
  it("trims the search words", () => {
    expect(accepted(eventListInput, { q: "  Crocus  " })).toEqual({ q: "Crocus", limit: 25 });
  });

  it("refuses search words over 200 characters", () => {
    expect(problems(eventListInput, { q: "q".repeat(LIMITS.query + 1) })).toEqual([{ path: "q", message: "Must be at most 200 characters" }]);
  });
});
