import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as schemas from "./index";
import { articleImportInput } from "./analysis";
import { claimCreateInput, claimUpdateInput } from "./claim";
import { NULL_MESSAGE, count, dateTime, id, idInput, optionalText, requiredText, searchQuery, httpUrl } from "./common";
import { password } from "./account";
import { claimKind } from "./enums";
import { eventCreateInput, eventUpdateInput } from "./event";
import { evidenceUpdateInput } from "./evidence";
import { accepted, problems } from "./test-support";

// What a field says to a value of the wrong kind: missing is "Required", null says to leave the field out (where
// null does not clear it), anything else names the kind wanted. One function (wrongKind) gives all three.

describe("a value of the wrong kind", () => {
  it.each([
    ["a number for text", eventCreateInput, { title: 123 }, "title", "Must be text"],
    ["null for text", claimCreateInput, { kind: "STATEMENT", text: "x", claimant: null }, "claimant", NULL_MESSAGE],
    ["a list for text", claimCreateInput, { kind: "STATEMENT", text: ["x"] }, "text", "Must be text"],
    ["an empty list for text (not also 'empty')", claimCreateInput, { kind: "STATEMENT", text: [] }, "text", "Must be text"],
    ["an object for text", claimCreateInput, { kind: "STATEMENT", text: { en: "x" } }, "text", "Must be text"],
    ["null for a required enum", claimCreateInput, { kind: null, text: "x" }, "kind", NULL_MESSAGE],
    ["a number for an enum", claimCreateInput, { kind: 1, text: "x" }, "kind", "Must be one of CASUALTY_COUNT, RESPONSIBILITY, STATEMENT"],
    ["null for text that an update cannot clear", eventUpdateInput, { id: "evt_1", title: null }, "title", NULL_MESSAGE],
    ["null for a detail object", claimUpdateInput, { id: "clm_1", version: 1, kind: "STATEMENT", casualty: null }, "casualty", NULL_MESSAGE],
    ["text for a detail object", claimUpdateInput, { id: "clm_1", version: 1, casualty: "x" }, "casualty", "Must be an object"],
    ["a string for a version", claimUpdateInput, { id: "clm_1", version: "3" }, "version", "Must be a number"],
    ["null for a credibility", evidenceUpdateInput, { id: "evd_1", credibility: null }, "credibility", NULL_MESSAGE],
    ["text for a list", articleImportInput, { url: "https://example.org/x", claims: "x" }, "claims", "Must be a list of accepted suggestions"],
  ])("%s", (_label, schema, input, path, message) => {
    expect(problems(schema, input)).toEqual([{ path, message }]);
  });

  it.each([
    ["text", requiredText(10), "Must be text"],
    ["optional text", optionalText(10), "Must be text"],
    ["an id", id, "Must be text"],
    ["a count", count, "Must be a number"],
    ["a date", dateTime, "Must be a date and time (ISO 8601, e.g. 2024-03-22T19:58:00Z)"],
    ["an enum", claimKind, "Must be one of CASUALTY_COUNT, RESPONSIBILITY, STATEMENT"],
    ["a password", password, "Must be text"],
  ])("%s answers Required, the null message and its kind, and nothing more", (_label, schema, kind) => {
    expect(problems(schema, null)).toEqual([{ path: "", message: NULL_MESSAGE }]);
    for (const wrong of [true, [], ["a very long list item"], { a: 1 }]) expect(problems(schema, wrong)).toEqual([{ path: "", message: kind }]);
    if (!schema.safeParse(undefined).success) expect(problems(schema, undefined)).toEqual([{ path: "", message: "Required" }]);
  });

  it("null still clears what an update may clear (README: assigneeId and recheckAt, null to clear)", () => {
    const base = { id: "clm_1", version: 1 };
    expect(accepted(claimUpdateInput, { ...base, assigneeId: null, recheckAt: null, claimant: null, eventId: null, claimedAt: null })).toEqual({
      ...base,
      assigneeId: null,
      recheckAt: null,
      claimant: null,
      eventId: null,
      claimedAt: null,
    });
    expect(accepted(eventUpdateInput, { id: "evt_1", summary: null, location: null, occurredAt: null })).toMatchObject({ summary: null, location: null });
  });
});

describe("the request as a whole", () => {
  it.each([
    [undefined, "Required: send the fields of this request as an object"],
    [null, "Must be an object holding the fields of this request"],
    [[{ id: "a" }], "Must be an object holding the fields of this request"],
    ["a", "Must be an object holding the fields of this request"],
  ])("refuses %j in its own words", (input, message) => {
    expect(problems(idInput, input)).toEqual([{ path: "", message }]);
  });

  it("names unknown fields in its own words", () => {
    expect(problems(idInput, { id: "a", ids: ["b"], colour: "red" })).toEqual([{ path: "", message: "Are not fields of this request: ids, colour" }]);
  });
});

/** zod's English messages: "Invalid input: expected object, received null", "Too small: expected ...". */
const ZOD_WORDING = /Invalid (input|option|string|number|key|element)|expected|received|Unrecognized|Too (small|big)/;

const inputSchemas = Object.entries(schemas as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[0].endsWith("Input") && entry[1] instanceof z.ZodType,
);

/** The object's fields, looking through .default(), .superRefine() and .transform(). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let current: z.ZodType = schema;
  for (let i = 0; i < 5; i += 1) {
    if (current instanceof z.ZodObject) return current.shape as Record<string, z.ZodType>;
    const def = current._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    current = def.innerType ?? def.in ?? current;
  }
  return {};
}

const junk: unknown[] = [undefined, null, 42, -1.5, true, [], ["x", 1], {}, { a: { b: 1 } }, "x", "\ud800", new Date(Number.NaN)];

describe("zod's own wording never reaches a client", () => {
  it("finds the input schemas", () => {
    expect(inputSchemas.length).toBeGreaterThanOrEqual(30);
  });

  it.each(inputSchemas)("%s answers every wrong value in our words", (_name, schema) => {
    const messages: string[] = [];
    const collect = (input: unknown) => {
      const result = schema.safeParse(input);
      if (!result.success) messages.push(...result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
    };
    for (const value of junk) collect(value);
    for (const field of Object.keys(shapeOf(schema))) for (const value of junk) collect({ [field]: value });
    expect(messages.filter((message) => ZOD_WORDING.test(message))).toEqual([]);
  });
});

describe("text that cannot be stored unchanged", () => {
  const brokenCharacter = "Must not contain half a character (an unpaired UTF-16 surrogate, U+D800 to U+DFFF)";

  it.each([
    ["a high surrogate after a whole astral character", "𝕏\ud800"],
    ["a lone low surrogate", "\udc00x"],
    ["a high surrogate at the start", "\ud83dabc"],
    ["two surrogates in the wrong order", "\ude00\ud83d"],
  ])("refuses %s", (_label, value) => {
    for (const schema of [requiredText(100), id, searchQuery]) expect(problems(schema, value)).toContainEqual({ path: "", message: brokenCharacter });
    expect(problems(eventCreateInput, { title: value })).toEqual([{ path: "title", message: brokenCharacter }]);
    expect(problems(httpUrl, `https://example.org/${value}`)).toEqual([{ path: "", message: brokenCharacter }]);
  });

  it("accepts characters outside the Basic Multilingual Plane (whole surrogate pairs)", () => {
    expect(accepted(requiredText(100), "𝕏 😀 𠜎")).toBe("𝕏 😀 𠜎");
  });
});
