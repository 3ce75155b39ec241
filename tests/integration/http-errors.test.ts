import { beforeAll, describe, expect, it } from "vitest";
import { aCasualtyClaim, aSource, aStatementClaim, anEvent, anEvidence } from "./support/builders";
import { NULL_MESSAGE } from "@claimdesk/schemas";
import { expectClientError, expectFieldError, expectNoInternals, httpClient, type HttpReply } from "./support/http";
import { inputSchemaOf, isQuery, procedurePaths, type InputSchema } from "./support/procedures";
import { useTestDatabase } from "./support/test-database";

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

interface Fixtures {
  eventId: string;
  claimId: string;
  sourceId: string;
  otherSourceId: string;
  evidenceId: string;
  userId: string;
  invitationToken: string;
}

/**
 * A valid input for every procedure; each malformed request below breaks exactly one thing in it. `null` marks a
 * procedure that takes no input.
 */
const validInputs: Record<string, ((f: Fixtures) => Record<string, unknown>) | null> = {
  "event.list": () => ({ q: "attack", limit: 5 }),
  "event.get": (f) => ({ id: f.eventId }),
  "event.create": () => anEvent(),
  "event.update": (f) => ({ id: f.eventId, title: "Attack on Crocus City Hall", summary: null }),
  "event.delete": (f) => ({ id: f.eventId, reason: "Recorded twice" }),
  "event.tally": (f) => ({ eventId: f.eventId, metric: "KILLED" }),
  "event.responsibility": (f) => ({ eventId: f.eventId }),
  "claim.list": (f) => ({ eventId: f.eventId, kind: "CASUALTY_COUNT", stage: "NEW", verdict: "UNRATED", assigneeId: f.userId, view: "MINE", q: "killed", limit: 5 }),
  "claim.get": (f) => ({ id: f.claimId }),
  "claim.create": (f) => ({ ...aCasualtyClaim(), eventId: f.eventId }),
  "claim.update": (f) => ({
    id: f.claimId,
    version: 1,
    kind: "RESPONSIBILITY",
    text: "Islamic State claimed the attack.",
    responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "Amaq", assessment: "LIKELY" },
    assigneeId: f.userId,
    recheckAt: new Date("2024-03-25T12:00:00Z"),
  }),
  "claim.delete": (f) => ({ id: f.claimId, version: 1, reason: "Recorded twice" }),
  "claim.transition": (f) => ({ id: f.claimId, version: 1, to: "RESEARCHING", note: "Two wires disagree on the figure." }),
  "claim.wording": (f) => ({ id: f.claimId }),
  "article.extract": () => ({
    text: "At least 133 people were killed, investigators said on Saturday.",
    url: "https://news.example.org/2024/03/toll-rises",
    publishedAt: new Date("2024-03-23T15:00:00Z"),
  }),
  "article.import": (f) => ({
    url: "https://news.example.org/2024/03/toll-rises",
    title: "Death toll rises",
    publisher: "Example Wire",
    author: "A. Reporter",
    publishedAt: new Date("2024-03-23T15:00:00Z"),
    type: "WIRE",
    reliability: "B",
    eventId: f.eventId,
    claims: [{ claim: aStatementClaim(), excerpt: "The group planned some 21 attacks in nine countries over the past year." }],
  }),
  "source.list": () => ({ publisher: "reuters", type: "WIRE", q: "toll", limit: 5 }),
  "source.get": (f) => ({ id: f.sourceId }),
  "source.create": (f) => ({ ...aSource(), repeatsSourceId: f.sourceId }),
  "source.update": (f) => ({ id: f.sourceId, title: "Death toll rises", reliability: "A", repeatsSourceId: f.otherSourceId }),
  "source.delete": (f) => ({ id: f.sourceId, reason: "Recorded twice" }),
  "evidence.list": (f) => ({ claimId: f.claimId, sourceId: f.sourceId, limit: 5 }),
  "evidence.get": (f) => ({ id: f.evidenceId }),
  "evidence.attach": (f) => anEvidence(f.claimId, f.otherSourceId),
  "evidence.update": (f) => ({ id: f.evidenceId, stance: "CONTEXT", credibility: 3, note: null }),
  "evidence.detach": (f) => ({ id: f.evidenceId, reason: "Does not bear on the claim" }),
  "comment.list": (f) => ({ claimId: f.claimId, limit: 5 }),
  "comment.create": (f) => ({ claimId: f.claimId, text: "Ask the wire desk whether the 115 figure is still current." }),
  "history.list": (f) => ({ claimId: f.claimId, limit: 5 }),
  "user.list": () => ({ role: "EDITOR", q: "erin", limit: 5 }),
  "user.get": (f) => ({ id: f.userId }),
  "user.history": (f) => ({ id: f.userId, limit: 5 }),
  "user.assignees": null,
  "user.invite": () => ({ email: "new.editor@newsroom.test", name: "New Editor", role: "EDITOR" }),
  "user.reinvite": (f) => ({ id: f.userId }),
  "user.setRole": (f) => ({ id: f.userId, role: "REVIEWER", reason: "Checks the figures desk's work" }),
  "user.deactivate": (f) => ({ id: f.userId, reason: "Left the newsroom" }),
  "user.reactivate": (f) => ({ id: f.userId, reason: "Came back" }),
  "account.me": null,
  "account.changePassword": () => ({ currentPassword: "the current password", newPassword: "a new password of some length" }),
  "account.invitationStatus": (f) => ({ token: f.invitationToken }),
  "account.acceptInvitation": (f) => ({ token: f.invitationToken, password: "a password of some length" }),
};

/**
 * Passwords are hashed, never stored as text, so any character may be in them (a NUL included); every other
 * text field refuses NUL, which no database text column can hold.
 */
const TAKES_ANY_CHARACTER = new Set(["account.changePassword:currentPassword", "account.changePassword:newPassword", "account.acceptInvitation:password"]);

/** A pasted report may be as long as the huge string below (ARTICLE_TEXT_LIMIT); longer is refused, see the 5 MB test. */
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
  const event = await db.api.event.create(anEvent());
  const claim = await db.api.claim.create(aCasualtyClaim({ eventId: event.id }));
  const source = await db.api.source.create(aSource());
  const otherSource = await db.api.source.create(aSource());
  const evidence = await db.api.evidence.attach(anEvidence(claim.id, source.id));
  const user = await db.newUser("EDITOR", "Fixture Editor");
  const invitation = await db.as("ADMIN").user.invite({ email: "invited.fixture@newsroom.test", name: "Invited Fixture", role: "VIEWER" });
  const invitationToken = invitation.invitationPath.split("/").at(-1)!;
  fixtures = { eventId: event.id, claimId: claim.id, sourceId: source.id, otherSourceId: otherSource.id, evidenceId: evidence.id, userId: user.id, invitationToken };
});

/** Sends input the way the procedure is called: GET for a query, POST for a mutation. */
function send(path: string, input: unknown): Promise<HttpReply> {
  return isQuery(path) ? http.query(path, input) : http.mutation(path, input);
}

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

  it("refuses a field it does not know, naming it", async () => {
    expectFieldError(expectClientError(await send(path, { ...valid(), colour: "red" }), 400), "colour");
    const nested = Object.entries(valid()).find(([, value]) => isPlainObject(value));
    if (nested) expectFieldError(expectClientError(await send(path, { ...valid(), [nested[0]]: { ...(nested[1] as object), colour: "red" } }), 400), `${nested[0]}.colour`);
  });

  it("refuses input that is not an object", async () => {
    for (const input of [null, [valid()], "claim", 42, false]) {
      expectFieldError(expectClientError(await send(path, input), 400), "input");
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

  it("refuses a 5 MB field without a 500", async () => {
    const huge = "x".repeat(5_000_000);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ["event.create", anEvent({ title: huge }), "title"],
      ["claim.create", aStatementClaim({ text: huge }), "text"],
      ["source.create", aSource({ url: `https://example.org/${huge}` }), "url"],
      ["evidence.attach", anEvidence(fixtures.claimId, fixtures.otherSourceId, { excerpt: huge }), "excerpt"],
      ["comment.create", { claimId: fixtures.claimId, text: huge }, "text"],
      ["account.acceptInvitation", { token: fixtures.invitationToken, password: huge }, "password"],
      ["article.extract", { text: huge }, "text"],
      ["article.extract", { text: "x".repeat(100_001) }, "text"],
      ["article.import", { url: aSource().url, claims: [{ claim: aStatementClaim(), excerpt: huge }] }, "claims.0.excerpt"],
    ];
    for (const [path, input, field] of cases) expectFieldError(expectClientError(await http.mutation(path, input), 400), field);
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
