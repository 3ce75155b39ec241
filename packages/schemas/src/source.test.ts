import { describe, expect, it } from "vitest";
import { LIMITS } from "./common";
import { SOURCE_RELIABILITIES, SOURCE_TYPES } from "./enums";
import { sourceCreateInput, sourceListInput, sourceUpdateInput } from "./source";
import { accepted, problems, refusedFields } from "./test-support";

const url = "https://tass.com/emergencies/1763611";
const notWeb = "Must be a web address starting with http:// or https://";

describe("sourceCreateInput", () => {
  it("needs only the URL; the type defaults to OTHER and the reliability to F (cannot be judged)", () => {
    expect(accepted(sourceCreateInput, { url })).toEqual({ url, type: "OTHER", reliability: "F" });
  });

  it("keeps every field, trimmed", () => {
    expect(
      accepted(sourceCreateInput, {
        url: ` ${url} `,
        title: " Death toll rises to 133 ",
        publisher: " TASS ",
        author: " Staff ",
        publishedAt: "2024-03-23T21:00:00+03:00",
        type: "WIRE",
        reliability: "C",
        repeatsSourceId: "src_ic_statement",
      }),
    ).toEqual({
      url,
      title: "Death toll rises to 133",
      publisher: "TASS",
      author: "Staff",
      publishedAt: new Date("2024-03-23T18:00:00Z"),
      type: "WIRE",
      reliability: "C",
      repeatsSourceId: "src_ic_statement",
    });
  });

  it.each([
    ["an ftp: address", "ftp://files.example.com/report.pdf", notWeb],
    ["a javascript: address", "javascript:alert(1)", notWeb],
    ["a mailto: address", "mailto:press@example.com", notWeb],
    ["garbage", "see the TASS story", notWeb],
    ["an empty address", "", notWeb],
    ["an address over 2048 characters", `https://example.com/${"p".repeat(2030)}`, "Must be at most 2048 characters"],
    ["no address", undefined, "Required"],
  ])("refuses %s on url", (_label, value, message) => {
    expect(problems(sourceCreateInput, { url: value })).toEqual([{ path: "url", message }]);
  });

  it.each(SOURCE_RELIABILITIES)("accepts reliability %s", (reliability) => {
    expect(accepted(sourceCreateInput, { url, reliability }).reliability).toBe(reliability);
  });

  it.each([
    ["G", "G"],
    ["a lower-case letter", "a"],
    ["a number", 1],
    ["an empty string", ""],
  ])("refuses reliability %s", (_label, reliability) => {
    expect(problems(sourceCreateInput, { url, reliability })).toEqual([{ path: "reliability", message: "Must be one of A, B, C, D, E, F" }]);
  });

  it.each(SOURCE_TYPES)("accepts type %s", (type) => {
    expect(accepted(sourceCreateInput, { url, type }).type).toBe(type);
  });

  it("refuses a type that does not exist, listing the types", () => {
    expect(problems(sourceCreateInput, { url, type: "BLOG" })).toEqual([
      { path: "type", message: "Must be one of OFFICIAL_STATEMENT, WIRE, NEWS_REPORT, SOCIAL_MEDIA, CLAIM_CHANNEL, DOCUMENT, OTHER" },
    ]);
  });

  it.each([
    ["title", { title: "t".repeat(LIMITS.title + 1) }, "Must be at most 300 characters"],
    ["title", { title: "  " }, "Must not be empty"],
    ["publisher", { publisher: "p".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    ["author", { author: "a".repeat(LIMITS.shortText + 1) }, "Must be at most 300 characters"],
    ["publishedAt", { publishedAt: "23.03.2024" }, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
    ["publishedAt", { publishedAt: "2250-01-01" }, "Must be before 2200"],
    ["repeatsSourceId", { repeatsSourceId: "" }, "Must not be empty"],
  ])("refuses a bad %s", (field, change, message) => {
    expect(problems(sourceCreateInput, { url, ...change })).toEqual([{ path: field, message }]);
  });

  it("accepts a title of exactly 300 characters", () => {
    expect(accepted(sourceCreateInput, { url, title: "t".repeat(LIMITS.title) }).title).toHaveLength(300);
  });

  it("refuses a misspelt field, naming it", () => {
    expect(problems(sourceCreateInput, { url, reliabilty: "A" })).toEqual([{ path: "", message: 'Is not a field of this request: reliabilty' }]);
  });
});

describe("sourceUpdateInput", () => {
  it("needs the id; omitted fields stay as they are (no defaults on update)", () => {
    expect(accepted(sourceUpdateInput, { id: "src_1" })).toEqual({ id: "src_1" });
    expect(refusedFields(sourceUpdateInput, { reliability: "A" })).toEqual(["id"]);
  });

  it("null clears the title, publisher, author, publication time and the source repeated", () => {
    const update = { id: "src_1", title: null, publisher: null, author: null, publishedAt: null, repeatsSourceId: null };
    expect(accepted(sourceUpdateInput, update)).toEqual(update);
  });

  it.each([
    ["url", { url: null }],
    ["url", { url: "ftp://example.com" }],
    ["url", { url: "javascript:alert(1)" }],
    ["type", { type: null }],
    ["type", { type: "BLOG" }],
    ["reliability", { reliability: null }],
    ["reliability", { reliability: "Z" }],
    ["title", { title: "t".repeat(LIMITS.title + 1) }],
  ])("refuses a bad %s", (field, change) => {
    expect(refusedFields(sourceUpdateInput, { id: "src_1", ...change })).toEqual([field]);
  });

  it("changes the URL, reliability and type", () => {
    expect(accepted(sourceUpdateInput, { id: "src_1", url: "http://example.org/a", reliability: "B", type: "NEWS_REPORT" })).toEqual({
      id: "src_1",
      url: "http://example.org/a",
      reliability: "B",
      type: "NEWS_REPORT",
    });
  });

  it("refuses a misspelt field, naming it", () => {
    expect(problems(sourceUpdateInput, { id: "src_1", reliabilty: "A" })).toEqual([{ path: "", message: 'Is not a field of this request: reliabilty' }]);
  });
});

describe("sourceListInput filters", () => {
  it("trims the publisher and the query", () => {
    expect(accepted(sourceListInput, { publisher: " Reuters ", type: "WIRE", q: " Crocus " })).toEqual({
      publisher: "Reuters",
      type: "WIRE",
      q: "Crocus",
      limit: 25,
    });
  });

  it.each([
    ["publisher", { publisher: "p".repeat(LIMITS.shortText + 1) }],
    ["type", { type: "BLOG" }],
    ["q", { q: "q".repeat(LIMITS.query + 1) }],
  ])("refuses a bad %s", (field, change) => {
    expect(refusedFields(sourceListInput, change)).toEqual([field]);
  });
});
