import { beforeAll, describe, expect, it } from "vitest";
import { aSource, aStatementClaim, anEvent, anEvidence } from "./support/builders";
import { createContextInner, handleTrpcRequest } from "@claimdesk/api";
import { ARTICLE_TEXT_LIMIT, MAX_BATCH_CALLS, MAX_BODY_BYTES, NULL_MESSAGE } from "@claimdesk/schemas";
import { envelopeWithKey, expectClientError, expectFieldError, expectNoInternals, httpClient, type HttpReply } from "./support/http";
import { inputSchemaOf, isQuery, procedurePaths, type InputSchema } from "./support/procedures";
import { useTestDatabase } from "./support/test-database";
import { createFixtures, validInputs, type Fixtures } from "./support/valid-inputs";

// What a newsroom tool gets back over HTTP when it sends something wrong: a 4xx whose JSON says which field is
// at fault, never a 500, never a stack trace. Every procedure of the router is covered: add a procedure and this
// file fails until it has a valid input below. Requests are an admin's, whom every procedure admits (who may call
// what is the permission matrix's business).

const db = useTestDatabase();
const http = httpClient(db, "ADMIN");

/** The input object's fields, looking through .default() and the like. */
function fieldsOf(path: string): Record<string, InputSchema> {
  let schema = inputSchemaOf(path);
  if (!schema) throw new Error(`${path} takes no input`);
  while (!schema.shape && schema._zod.def.innerType) schema = schema._zod.def.innerType;
  if (!schema.shape) throw new Error(`${path} does not take an object`);
  return schema.shape;
}

// The API's words for input it cannot read (packages/api/src/errors.ts).
const NOT_JSON_BODY = 'The request body must be JSON of the form {"json": …} (tRPC with superjson)';
const NOT_JSON_INPUT = 'The input parameter must be JSON of the form {"json": …} (tRPC with superjson)';
const UNREADABLE_META = 'The "meta" of the request could not be read: send {"json": …} alone, or "meta" as superjson writes it';

/** What the JSON parser, superjson and zod say in their own words; none of it may reach a client. */
const LIBRARY_WORDING = /Invalid input|expected \w+, received|Unrecognized key|blitz-js|github|JSON input|in JSON at|BigInt|call stack|deserialize|transformation/i;

function expectOurWords(error: { message: string; data: { fieldErrors: Record<string, string[]> | null } }): void {
  expect(error.message).not.toMatch(LIBRARY_WORDING);
  for (const messages of Object.values(error.data.fieldErrors ?? {})) for (const message of messages) expect(message).not.toMatch(LIBRARY_WORDING);
}


/**
 * Passwords are hashed, never stored as text, so any character may be in them (a NUL included); every other
 * text field refuses NUL, which no database text column can hold.
 */
const TAKES_ANY_CHARACTER = new Set(["account.changePassword:currentPassword", "account.changePassword:newPassword", "account.acceptInvitation:password"]);

/** Fields that take true or false: a boolean is the one junk value they accept. */
const TAKES_A_BOOLEAN = new Set(["claim.create:allowDuplicate", "claim.update:allowDuplicate"]);

/** A pasted report may be as long as the huge string below (ARTICLE_TEXT_LIMIT); longer is refused, see the 1 MB tests. */
const TAKES_LONG_TEXT = new Set(["article.extract:text"]);

const deeplyNested = (depth: number): unknown => Array.from({ length: depth }).reduce<unknown>((inner, _, i) => (i % 2 ? { a: inner } : [inner]), "bottom");

/** Values no field of the API accepts. */
const junkValues: Array<[string, unknown]> = [
  ["an array", [1, "two", { three: null }]],
  ["a boolean", true],
  ["a negative fraction", -1.5],
  ["a fraction", 0.5],
  ["a number too large for the database", 2 ** 31],
  ["a huge string", "x".repeat(100_000)],
  ["a string holding a NUL character", "Krasnogorsk\u0000"],
  ["a string holding half a character", "Krasnogorsk \ud800"],
  ["deeply nested objects and arrays", deeplyNested(500)],
  ["an empty object", {}],
];

let fixtures: Fixtures;

beforeAll(async () => {
  fixtures = await createFixtures(db);
});

/** Sends input the way the procedure is called: GET for a query, POST for a mutation. */
function send(path: string, input: unknown): Promise<HttpReply> {
  return isQuery(path) ? http.query(path, input) : http.mutation(path, input);
}

/** Sends an envelope already written as JSON, the way the procedure is called. */
function sendRaw(path: string, json: string): Promise<HttpReply> {
  return isQuery(path) ? http.raw(path, { search: `?input=${encodeURIComponent(json)}` }) : http.raw(path, { method: "POST", body: json });
}

/** Names that a plain object already has (or that superjson refuses): as field names they must be unknown fields like any other. */
const OBJECT_PROPERTY_NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty", "prototype", "__proto__"];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Every field to break: the input's own fields, and the fields of any object the valid input holds (casualty.min). */
function fieldPaths(path: string, valid: Record<string, unknown>): string[][] {
  const top = Object.keys(fieldsOf(path)).map((field) => [field]);
  const nested = Object.entries(valid).flatMap(([field, value]) => (isPlainObject(value) ? Object.keys(value).map((inner) => [field, inner]) : []));
  return [...top, ...nested];
}

function withValue(input: Record<string, unknown>, [field, inner]: string[], value: unknown): Record<string, unknown> {
  if (inner === undefined) return { ...input, [field!]: value };
  return { ...input, [field!]: { ...(input[field!] as Record<string, unknown>), [inner]: value } };
}

describe("coverage", () => {
  it("has a valid input for every procedure of the router, and each really is valid", () => {
    expect(procedurePaths).toEqual(Object.keys(validInputs).sort());
    expect(procedurePaths.length).toBeGreaterThanOrEqual(35);
    for (const path of procedurePaths) {
      const build = validInputs[path];
      const schema = inputSchemaOf(path);
      if (build === null) {
        expect(schema, `${path} takes input: give it a valid one`).toBeUndefined();
        continue;
      }
      const valid = build!(fixtures);
      expect(schema?.safeParse(valid).success, `${path}: ${JSON.stringify(valid)}`).toBe(true);
    }
  });
});

const withoutInput = procedurePaths.filter((path) => validInputs[path] === null);
const withInput = procedurePaths.filter((path) => validInputs[path] !== null);

describe.each(withoutInput)("%s (no input) over HTTP", (path) => {
  it("answers a request without input", async () => {
    const reply = await send(path, undefined);
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    expectNoInternals(reply);
  });

  it("refuses the wrong HTTP method with 405", async () => {
    expectClientError(await (isQuery(path) ? http.mutation(path, {}) : http.query(path)), 405);
    expectClientError(await http.raw(path, { method: "PUT", body: "{}" }), 405);
  });
});

describe.each(withInput)("%s over HTTP", (path) => {
  const valid = (): Record<string, unknown> => {
    const build = validInputs[path];
    if (!build) throw new Error(`No valid input for ${path}: add one to validInputs`);
    return build(fixtures);
  };

  it("refuses a wrong value in any field with 400, naming that field", async () => {
    for (const field of fieldPaths(path, valid())) {
      for (const [what, junk] of junkValues) {
        if (what.startsWith("a string holding") && TAKES_ANY_CHARACTER.has(`${path}:${field.join(".")}`)) continue;
        if (what === "a huge string" && TAKES_LONG_TEXT.has(`${path}:${field.join(".")}`)) continue;
        if (what === "a boolean" && TAKES_A_BOOLEAN.has(`${path}:${field.join(".")}`)) continue;
        const reply = await send(path, withValue(valid(), field, junk));
        const error = expectClientError(reply, 400);
        expectFieldError(error, field.join("."));
        expect(error.message, `${field.join(".")} = ${what}`).toContain(field[0]);
      }
    }
  });

  it("refuses null where a field cannot be cleared, naming the field", async () => {
    for (const [field, schema] of Object.entries(fieldsOf(path))) {
      if (schema.safeParse(null).success) continue;
      expectFieldError(expectClientError(await send(path, { ...valid(), [field]: null }), 400), field);
    }
  });

  it("names every required field that is missing", async () => {
    const required = Object.entries(fieldsOf(path)).filter(([, schema]) => !schema.safeParse(undefined).success);
    const reply = await send(path, {});
    // Some inputs need one of several fields (history.list: a claim, an event or a source) though none alone is required.
    if (inputSchemaOf(path)!.safeParse({}).success) {
      expect(required).toEqual([]);
      expect(reply.status, reply.text.slice(0, 300)).toBe(200);
      return;
    }
    const error = expectClientError(reply, 400);
    expect(Object.keys(error.data.fieldErrors ?? {})).not.toHaveLength(0);
    for (const [field] of required) expectFieldError(error, field);
  });

  it("refuses a field it does not know, whatever its name, naming it", async () => {
    const nested = Object.entries(valid()).find(([, value]) => isPlainObject(value))?.[0];
    for (const key of ["colour", "", ...OBJECT_PROPERTY_NAMES]) {
      const error = expectClientError(await sendRaw(path, envelopeWithKey(valid(), key)), 400);
      expect(Object.keys(error.data.fieldErrors ?? {}), key).toEqual([key]);
      expect(error.data.fieldErrors![key]).toEqual(["Is not a field of this request"]);
      if (key === "") expect(error.message).toContain('"": Is not a field of this request');
      if (nested) {
        const inner = expectClientError(await sendRaw(path, envelopeWithKey(valid(), key, nested)), 400);
        expect(Object.keys(inner.data.fieldErrors ?? {}), `${nested}.${key}`).toEqual([`${nested}.${key}`]);
      }
    }
    expect(({} as Record<string, unknown>).colour).toBeUndefined();
  });

  it("refuses more than 100 unknown fields as a whole, without listing each", async () => {
    const junk = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`junk${i}`, i]));
    const reply = await send(path, { ...valid(), ...junk });
    const error = expectClientError(reply, 400);
    expect(error.data.fieldErrors).toEqual({ input: [expect.stringMatching(/^Has 150 fields this request does not know \("junk0", .* and 145 more\)$/)] });
    expect(reply.text.length).toBeLessThan(2_000);
  });

  it("refuses input that is not an object", async () => {
    for (const input of [null, [valid()], "claim", 42, false]) {
      expectFieldError(expectClientError(await send(path, input), 400), "input");
    }
  });

  it("refuses a Map, a Set or a Date where the input's fields belong, rather than reading it as no fields", async () => {
    const envelopes = [
      { json: [["id", "x"]], meta: { values: ["map"] } },
      { json: [], meta: { values: ["set"] } },
      { json: "2024-03-22T19:58:00.000Z", meta: { values: ["Date"] } },
      { json: "/x/", meta: { values: ["regexp"] } },
    ];
    for (const envelope of envelopes) {
      const error = expectClientError(await sendRaw(path, JSON.stringify(envelope)), 400);
      expect(error.data.fieldErrors, JSON.stringify(envelope)).toEqual({ input: [expect.stringMatching(/^Must be an object/)] });
    }
  });

  it("refuses what is not JSON, or not in superjson's envelope, with 400 in our words", async () => {
    const query = isQuery(path);
    const raw = (text: string) =>
      query ? http.raw(path, { search: `?input=${encodeURIComponent(text)}` }) : http.raw(path, { method: "POST", body: text });
    const deep = `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`;
    const malformed = [
      "{not json",
      '{"json": ',
      ...(query ? [] : [""]),
      JSON.stringify(valid()), // no {"json": ...} around it
      JSON.stringify([{ json: valid() }]),
      `{"json":${deep}}`,
      `{"json":{},"meta":{"values":${deep}}}`,
      '{"json":{"id":"x"},"meta":{"values":{"id":["class"]}}}',
      '{"json":{"id":"x"},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
    ];
    for (const text of malformed) expectOurWords(expectClientError(await raw(text), 400));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers NOT_FOUND, not a 500, for an id that does not exist", async () => {
    if (!("id" in valid()) || !("id" in fieldsOf(path))) return;
    const error = expectClientError(await send(path, { ...valid(), id: "no-such-record" }), 404);
    expect(error.data.code).toBe("NOT_FOUND");
    expect(error.message).toMatch(/no-such-record|does not exist/);
  });

  it("refuses the wrong HTTP method with 405", async () => {
    const wrong = isQuery(path) ? http.mutation(path, valid()) : http.query(path, valid());
    expectClientError(await wrong, 405);
    expectClientError(await http.raw(path, { method: "PUT", body: "{}" }), 405);
  });
});

describe("requests outside the API", () => {
  it("answers 404 for a procedure that does not exist", async () => {
    for (const path of ["claim.nope", "nope", "claim", "claim.list.extra", "claim.", "__proto__.list", "claim.constructor", "claim.list.toString"]) {
      const error = expectClientError(await http.raw(path), 404);
      expect(error.data.code).toBe("NOT_FOUND");
      expect(error.message).toContain("No procedure");
    }
    expectClientError(await http.raw("claim.remove", { method: "POST", body: '{"json":{"id":"x"}}' }), 404);
  });

  it("refuses bodies that are not JSON with a 4xx", async () => {
    const bodies = [
      { body: '{"json":{"kind":"STATEMENT","text":"x"}}', contentType: "text/plain" },
      { body: "kind=STATEMENT&text=x", contentType: "application/x-www-form-urlencoded" },
      { body: "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n--x--\r\n", contentType: "multipart/form-data; boundary=x" },
      { body: "--x\r\n", contentType: "multipart/form-data; boundary=x" },
    ];
    for (const { body, contentType } of bodies) {
      expectClientError(await http.raw("claim.create", { method: "POST", body, contentType }));
    }
    expect(await db.prisma.claim.count({ where: { text: "x" } })).toBe(0);
  });

  it("answers every call of a malformed batch with a 4xx", async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { json: null }, 1: { json: { id: "a\u0000b" } }, 2: { json: { cursor: "???" } } }));
    const reply = await http.raw("claim.get,source.get,claim.list", { search: `?batch=1&input=${input}` });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expectNoInternals(reply);
    const results = JSON.parse(reply.text) as Array<{ error?: { json: { data: { httpStatus: number; fieldErrors: Record<string, string[]> } } } }>;
    expect(results.map((result) => result.error?.json.data.httpStatus)).toEqual([400, 400, 400]);
    expect(results.map((result) => Object.keys(result.error!.json.data.fieldErrors))).toEqual([["input"], ["id"], ["cursor"]]);
  });

  it("refuses a batch whose input is not keyed by call number, rather than running the calls without input", async () => {
    for (const input of [{ json: { kind: "STATEMENT" } }, { 0: { json: { kind: "STATEMENT" } }, 1: { json: {} } }]) {
      const reply = await http.raw("claim.list", { search: `?batch=1&input=${encodeURIComponent(JSON.stringify(input))}` });
      const [answer] = JSON.parse(reply.text) as Array<{ error?: { json: { message: string; data: { httpStatus: number } } } }>;
      expect(reply.status, reply.text).toBe(400);
      expect(answer!.error!.json.message).toMatch(/^A batched request's input holds one entry per call, keyed by its number \("0" to "0"\): "(json|1)" is not one of them$/);
    }
    const good = await http.raw("claim.list", { search: `?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: { kind: "STATEMENT" } } }))}` });
    expect(good.status, good.text).toBe(200);
  });

  it("refuses a body over 1 MB with 413 before reading it as JSON, and writes nothing", async () => {
    const huge = "x".repeat(5_000_000);
    const cases: Array<[string, Record<string, unknown>]> = [
      ["event.create", anEvent({ title: huge })],
      ["claim.create", aStatementClaim({ text: huge })],
      ["source.create", aSource({ url: `https://example.org/${huge}` })],
      ["evidence.attach", anEvidence(fixtures.claimId, fixtures.otherSourceId, { excerpt: huge })],
      ["comment.create", { claimId: fixtures.claimId, text: huge }],
      ["account.acceptInvitation", { token: fixtures.invitationToken, password: huge }],
      ["article.extract", { text: huge }],
      ["article.import", { url: aSource().url, claims: [{ claim: aStatementClaim(), excerpt: huge }] }],
    ];
    const before = await Promise.all([db.prisma.event.count(), db.prisma.claim.count(), db.prisma.source.count(), db.prisma.evidence.count(), db.prisma.comment.count()]);
    for (const [path, input] of cases) {
      const error = expectClientError(await http.mutation(path, input), 413);
      expect(error.data.code).toBe("PAYLOAD_TOO_LARGE");
      expect(error.message).toBe(`The request body is larger than 1 MB, the most this API reads`);
    }
    // Not JSON at all: refused for its size, so it was never parsed.
    expectClientError(await http.raw("claim.create", { method: "POST", body: "{".repeat(MAX_BODY_BYTES + 1) }), 413);
    expect(await Promise.all([db.prisma.event.count(), db.prisma.claim.count(), db.prisma.source.count(), db.prisma.evidence.count(), db.prisma.comment.count()])).toEqual(before);
  });

  it("refuses a body over 1 MB sent without a length (chunked), stopping as it passes the limit", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`"${"x".repeat(65_534)}"`);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // An endless body: only a reader that stops can answer at all.
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await handleTrpcRequest(new Request("http://localhost/api/trpc/claim.create", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit), () =>
      createContextInner({ prisma: db.prisma, actor: db.users.ADMIN }));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 10 * chunk.byteLength);
  });

  it("reads a body just under 1 MB", async () => {
    const text = "x".repeat(ARTICLE_TEXT_LIMIT + 1);
    const padding = " ".repeat(MAX_BODY_BYTES - ARTICLE_TEXT_LIMIT - 200);
    const body = `{"json":{"text":"${text}"}${padding}}`;
    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    const error = expectClientError(await http.raw("article.extract", { method: "POST", body }), 400);
    expect(error.data.fieldErrors).toEqual({ text: ["Must be at most 100,000 characters"] });
  });

  it("refuses a batch of more than 10 calls with 400, and answers one of 10", async () => {
    const batch = (calls: number) => {
      const paths = Array.from({ length: calls }, () => "claim.list").join(",");
      const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, { json: { limit: 1 } }]));
      return httpClient(db, "VIEWER").raw(paths, { search: `?batch=1&input=${encodeURIComponent(JSON.stringify(input))}` });
    };
    const ten = await batch(MAX_BATCH_CALLS);
    expect(ten.status, ten.text.slice(0, 300)).toBe(200);
    expect(JSON.parse(ten.text)).toHaveLength(10);
    for (const calls of [11, 100]) {
      const reply = await batch(calls);
      expect(reply.status).toBe(400);
      expectNoInternals(reply);
      expect(reply.error).toMatchObject({ message: "A batched request may hold at most 10 calls: send the others in another request", data: { code: "BAD_REQUEST" } });
    }
  });

  it("over HTTP, a stale claim.update answers 409 with the current version", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    await db.api.claim.update({ id: claim.id, version: 1, text: "Saved by someone else" });
    const error = expectClientError(await http.mutation("claim.update", { id: claim.id, version: 1, text: "Mine" }), 409);
    expect(error.data).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
  });
});

describe("answers in our words", () => {
  it("bounds a history cursor by the 32-bit entry number, on cursor", async () => {
    for (const [path, subject] of [
      ["history.list", { claimId: fixtures.claimId }],
      ["user.history", { id: fixtures.userId }],
    ] as const) {
      expect((await http.query(path, { ...subject, cursor: "2147483647" })).status).toBe(200);
      for (const cursor of ["2147483648", "999999999999"]) {
        const error = expectClientError(await http.query(path, { ...subject, cursor }), 400);
        expect(error.data.fieldErrors).toEqual({ cursor: ["Must be the nextCursor of an earlier page"] });
      }
    }
  });

  it("says what kind of value a field wants, and that null is not one", async () => {
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      ["event.create", { title: 123 }, "title", "Must be text"],
      ["event.create", { title: ["Attack"] }, "title", "Must be text"],
      ["claim.create", { ...aStatementClaim(), text: [] }, "text", "Must be text"],
      ["claim.create", { ...aStatementClaim(), claimant: null }, "claimant", NULL_MESSAGE],
      ["claim.create", { ...aStatementClaim(), kind: 7 }, "kind", "Must be one of CASUALTY_COUNT, RESPONSIBILITY, STATEMENT"],
      ["claim.update", { id: fixtures.claimId, version: 1, kind: "STATEMENT", casualty: null }, "casualty", NULL_MESSAGE],
      ["claim.update", { id: fixtures.claimId, version: "1" }, "version", "Must be a number"],
      ["source.update", { id: fixtures.sourceId, reliability: null }, "reliability", NULL_MESSAGE],
    ];
    for (const [path, input, field, message] of cases) {
      const error = expectClientError(await http.mutation(path, input), 400);
      expect(error.data.fieldErrors, `${path} ${JSON.stringify(input)}`).toEqual({ [field]: [message] });
      expect(error.message).toBe(`${field}: ${message}`);
    }
  });

  it("still clears with null what the README says null clears", async () => {
    const claim = await db.api.claim.create(aStatementClaim());
    const reply = await http.mutation("claim.update", { id: claim.id, version: 1, assigneeId: null, recheckAt: null, claimant: null });
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assigneeId: null, recheckAt: null, claimant: null });
  });

  it("asks for the input when there is none", async () => {
    const error = expectClientError(await http.query("claim.get"), 400);
    expect(error.data.fieldErrors).toEqual({ input: ["Required: send the fields of this request as an object"] });
    expectFieldError(expectClientError(await http.query("claim.get", null), 400), "input");
  });

  it("refuses half a character (a lone surrogate) rather than storing it altered", async () => {
    const title = `𝕏\ud800 attack ${Date.now()}`;
    const error = expectClientError(await http.mutation("event.create", anEvent({ title })), 400);
    expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(["title"]);
    expect(error.message).toMatch(/^title: Must not contain half a character/);
    expect(await db.prisma.event.count({ where: { title: { contains: " attack " } } })).toBe(0);
    const whole = expectClientError(await http.mutation("claim.create", aStatementClaim({ text: "\udc00 killed" })), 400);
    expectFieldError(whole, "text");
  });

  describe("a request whose input cannot be read", () => {
    const post = (body: string) => http.raw("event.create", { method: "POST", body });
    const get = (input: string) => http.raw("claim.list", { search: `?input=${encodeURIComponent(input)}` });
    const deep = `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`;

    it.each([
      ["an empty body", "", NOT_JSON_BODY],
      ["half an object", "{title:", NOT_JSON_BODY],
      ["text", "not json", NOT_JSON_BODY],
      ["meta values that are not a tree", '{"json":{"title":"x"},"meta":{"values":"nope"}}', UNREADABLE_META],
      ["an unknown class", '{"json":{"title":"x"},"meta":{"values":{"title":[["class","Foo"]]}}}', UNREADABLE_META],
      ["an unknown transformation", '{"json":{"title":"x"},"meta":{"values":{"title":["weird"]}}}', UNREADABLE_META],
      ["a BigInt that is not a number", '{"json":{"title":"abc"},"meta":{"values":{"title":["bigint"]}}}', UNREADABLE_META],
      ["meta nested beyond the stack", `{"json":{},"meta":{"values":${deep}}}`, UNREADABLE_META],
    ])("a POST of %s answers 400 in our words", async (_label, body, message) => {
      const error = expectClientError(await post(body), 400);
      expect(error.message).toBe(message);
      expectOurWords(error);
    });

    it.each([
      ["half an object", "{title:", NOT_JSON_INPUT],
      ["an unknown class", '{"json":{"q":"x"},"meta":{"values":{"q":[["class","Foo"]]}}}', UNREADABLE_META],
    ])("a GET of %s answers 400 in our words", async (_label, input, message) => {
      const error = expectClientError(await get(input), 400);
      expect(error.message).toBe(message);
    });

    it("keeps the words of an input outside the envelope", async () => {
      const error = expectClientError(await post('{"title":"x"}'), 400);
      expect(error.message).toMatch(/^Send the input inside superjson's envelope/);
    });
  });

  describe("source addresses", () => {
    it("treats an address in capitals as the same source", async () => {
      const path = `/story-${Date.now()}`;
      const created = await http.mutation("source.create", aSource({ url: `https://example.org${path}` }));
      expect(created.status, created.text.slice(0, 300)).toBe(200);
      const again = expectClientError(await http.mutation("source.create", aSource({ url: `HTTPS://EXAMPLE.ORG${path}` })), 409);
      expectFieldError(again, "url");
      expect(await db.prisma.source.count({ where: { url: { contains: path, mode: "insensitive" } } })).toBe(1);
    });

    it("stores a space in the path percent-encoded", async () => {
      const path = `/a b-${Date.now()}`;
      const reply = await http.mutation("source.create", aSource({ url: `https://example.org${path}` }));
      expect(reply.status, reply.text.slice(0, 300)).toBe(200);
      expect((reply.data as { url: string }).url).toBe(`https://example.org${path.replace(" ", "%20")}`);
    });

    it.each([
      ["a user name and password", "https://user:pass@example.org/x", "Must not contain a user name or password (user:password@host)"],
      ["localhost", "http://localhost/x", "Must be a public web address: localhost, IP addresses and intranet names are not accepted"],
      ["an IP address", "http://10.0.0.1/x", "Must be a public web address: localhost, IP addresses and intranet names are not accepted"],
      ["ftp:", "ftp://example.org/x", "Must be a web address starting with http:// or https://"],
    ])("refuses %s with its own message on url", async (_label, url, message) => {
      const error = expectClientError(await http.mutation("source.create", aSource({ url })), 400);
      expect(error.data.fieldErrors).toEqual({ url: [message] });
    });
  });
});
