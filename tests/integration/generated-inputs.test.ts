import superjson from "superjson";
import { afterAll, afterEach, beforeAll, describe, expect, vi } from "vitest";
import { fc, it } from "@fast-check/vitest";
import type { Role } from "@claimdesk/schemas";
import { expectNoInternals, httpClient, type HttpReply } from "./support/http";
import { inputSchemaOf, isQuery, procedurePaths, type InputSchema } from "./support/procedures";
import { useTestDatabase } from "./support/test-database";
import { aCasualtyClaim, aSource, anEvent, anEvidence, nextNumber } from "./support/builders";
import { createFixtures, newInvitationToken, validInputs, type Fixtures } from "./support/valid-inputs";

// Generated requests to every procedure of the router, sent over HTTP the way a newsroom tool (or an attacker)
// would: each procedure's valid input with fields replaced, removed or added (odd text, numbers at the edges, dates,
// BigInts, keys named like Object's own properties), or any value at all; in superjson's envelope or out of it, with
// a "meta" that is right, wrong or junk, as GET ?input= or a POST body, alone or batched, as every role and signed
// out. Whatever arrives, the answer is JSON, never a 5xx, gives nothing of the server's internals away, and a 4xx
// says why; a key the input does not know is refused by name. The procedures come from the router, so a new one is
// covered by this file without anyone adding it. fast-check picks the seed; a failure prints it with the smallest
// request that fails.

const db = useTestDatabase();

/** Generated requests per procedure; about 45 procedures, two busy cores, ~60 s per database. */
const RUNS_PER_PROCEDURE = 50;
/** A procedure's properties stop (passing) after this long, and its shrinking too, so the file stays bounded. */
const TIME_PER_PROCEDURE_MS = 1_000;

// ---- What is generated ---------------------------------------------------------------------------------------

/** Keys a plain object already has, or that superjson refuses to write: as field names they are unknown fields. */
const OBJECT_PROPERTY_NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty", "prototype", "__proto__"];
const OTHER_ODD_KEYS = ["isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupGetter__", "toJSON", "then", "length", "", " ", "json", "meta", "a.b", "0", "ID", "id ", "\u0000", "𝕏", "\ud800"];

/** A record the valid inputs refer to, resolved when the request is sent (the records change as runs succeed). */
class FixtureRef {
  constructor(readonly name: keyof Fixtures | `user:${Role}`) {}
  [fc.toStringMethod](): string {
    return `fixture(${this.name})`;
  }
}

/** A long text, shown short in counterexamples ("x".repeat(120000)); its text is made when the request is sent. */
class Repeated {
  constructor(
    readonly unit: string,
    readonly count: number,
    readonly prefix = "",
  ) {}
  get text(): string {
    return this.prefix + this.unit.repeat(this.count);
  }
  [fc.toStringMethod](): string {
    return `${this.prefix ? `${JSON.stringify(this.prefix)} + ` : ""}${JSON.stringify(this.unit)}.repeat(${this.count})`;
  }
}

type Who = Role | null;
type PathPart = string | number;
type Path = PathPart[];

/** A value of the field's own kind (text for text, a date for a date, one of an enum's values), odd or not. */
interface Variation {
  text: string | Repeated;
  number: number;
  date: Date;
  choice: number;
}

type Step =
  | { op: "vary"; at: Path; variation: Variation }
  | { op: "set"; at: Path; value: unknown }
  | { op: "drop"; at: Path }
  | { op: "key"; in: Path; key: string; value: unknown };

type Plan = { kind: "mutated"; steps: Step[] } | { kind: "whole"; value: unknown };

type Envelope =
  | { kind: "superjson" }
  | { kind: "json-only" }
  | { kind: "junk-meta"; meta: unknown }
  | { kind: "bare" }
  | { kind: "stray"; envelope: unknown }
  | { kind: "mangled"; mangle: Mangle };

type Mangle = { kind: "truncate"; fraction: number } | { kind: "prefix" | "suffix"; text: string } | { kind: "replace"; text: string };

interface Wire {
  method: "natural" | "swapped" | "PUT";
  envelope: Envelope;
  batch: number;
  contentType: string;
  queryExtra: string;
  encoding: "component" | "raw" | "broken-percent";
}

interface GeneratedRequest {
  who: Who;
  plan: Plan;
  wire: Wire;
}

const FIXTURE_NAMES: Array<keyof Fixtures> = ["eventId", "claimId", "sourceId", "otherSourceId", "evidenceId", "userId", "invitationToken"];
const ROLE_NAMES: Role[] = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const oddCharacter = fc.oneof(
  loneSurrogate,
  fc.constantFrom(
    "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\u200b", "\u200d", "\u202e", "\ufeff", "\ufffe", "\uffff",
    "\u0301", "\u{10ffff}", "𝕏", "👩‍👩‍👧", "\\", '"', "'", "%", "_", "\n", "\r", "\t", "<", "&", "ﷺ", "Ⅻ", "İ", "ß",
  ),
);
const oddText = fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 }), oddCharacter), { maxLength: 8 }).map((parts) => parts.join(""));
const trickyText = fc.constantFrom(
  "", " ", "   ", "null", "undefined", "true", "0", "-1", "1e309", "NaN", "0x1F", "133", "2024-02-30", "2024-03-22T16:58:00Z", "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00.001Z", "'; DROP TABLE \"Claim\"; --", "%' OR 1=1 --", "a & b | !c", "foo:*", '"unterminated', "-", "OR", "!(", "<script>alert(1)</script>",
  "javascript:alert(1)", "https://example.org/", "http://localhost/", "http://[::1]/", "https://xn--80ak6aa92e.com/", "file:///etc/passwd", "HTTPS://EXAMPLE.ORG/%zz",
  "user@newsroom.test", "../../etc/passwd", "${jndi:ldap://x}", "{{7*7}}", "cm00000000000000000000000",
  "00000000-0000-0000-0000-000000000000", ...OBJECT_PROPERTY_NAMES,
);
const hugeText = fc.oneof(
  fc
    .record({ length: fc.integer({ min: 1_000, max: 120_000 }), unit: fc.constantFrom("x", " ", "é", "𝕏", "\u0000", "\ud800", "killed ", "133 ") })
    .map(({ length, unit }) => new Repeated(unit, Math.ceil(length / unit.length))),
  fc.integer({ min: 1_000, max: 10_000 }).map((length) => new Repeated("a", length, "https://example.org/")),
);
const edgeNumber = fc.oneof(
  fc.constantFrom(
    0, -0, 1, -1, 0.5, -1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER,
    Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, 1e21, 1e-7, NaN, Infinity, -Infinity,
  ),
  fc.integer(),
  fc.double(),
);
const specialValue = fc.oneof(
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(0), new Date(Number.NaN)),
  fc.bigInt(),
  fc.constantFrom(2n ** 64n, -(2n ** 63n) - 1n),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }).map((values) => new Set(values)),
  fc.array(fc.tuple(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }).map((entries) => new Map(entries)),
  fc.constantFrom(/x+/g, new Error("boom"), new URL("https://example.org/")),
);
const variation: fc.Arbitrary<Variation> = fc.record({
  text: fc.oneof({ weight: 3, arbitrary: oddText }, { weight: 2, arbitrary: trickyText }, { weight: 1, arbitrary: hugeText }, { weight: 2, arbitrary: fc.lorem({ maxCount: 8 }) }, { weight: 1, arbitrary: fc.string() }),
  number: fc.oneof(edgeNumber, fc.integer({ min: -5, max: 200 }), fc.nat()),
  date: fc.oneof(fc.date({ noInvalidDate: false }), fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(0), new Date("2024-03-22T16:58:00Z"))),
  choice: fc.nat(),
});
const fixtureRef = fc.constantFrom<FixtureRef["name"]>(...FIXTURE_NAMES, ...ROLE_NAMES.map((role) => `user:${role}` as const)).map((name) => new FixtureRef(name));
const keyName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...OBJECT_PROPERTY_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_ODD_KEYS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 3, arbitrary: oddText },
  { weight: 2, arbitrary: trickyText },
  { weight: 1, arbitrary: hugeText },
  { weight: 2, arbitrary: edgeNumber },
  { weight: 2, arbitrary: specialValue },
  { weight: 2, arbitrary: fixtureRef },
  { weight: 1, arbitrary: fc.dictionary(keyName, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3, noNullPrototype: true }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fixtureRef, oddText, edgeNumber), { maxLength: 3 }) },
);

// ---- Where in an input things can change ---------------------------------------------------------------------

interface Slots {
  /** Paths of the objects in the valid input (the input itself is []). */
  objects: Path[];
  /** Paths of every field: those in the valid input and the optional ones its schema adds. */
  fields: Path[];
  /** The field names each object's schema knows, by the object's path with array indexes as "*". */
  known: Map<string, Set<string>>;
  /** Each field's kind of value, by its path with array indexes as "*" (the values of an enum). */
  kinds: Map<string, FieldKind>;
}

type FieldKind = "string" | "number" | "date" | "boolean" | "object" | readonly string[] | undefined;

function kindOf(schema: InputSchema | undefined, value: unknown): FieldKind {
  const unwrapped = unwrap(schema);
  const type = unwrapped && defOf(unwrapped).type;
  const options = (unwrapped as { options?: unknown } | undefined)?.options;
  if (type === "enum" && Array.isArray(options)) return options.map(String);
  if (type === "string" || type === "number" || type === "date" || type === "boolean") return type;
  if (unwrapped?.shape) return "object";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return typeof value as FieldKind;
  if (value instanceof Date) return "date";
  return undefined;
}

interface SchemaDef {
  type: string;
  innerType?: InputSchema;
  in?: InputSchema;
  element?: InputSchema;
}
const defOf = (schema: InputSchema): SchemaDef => schema._zod.def as SchemaDef;

/** Looks through optional, nullable, default, pipe and the like. */
function unwrap(schema: InputSchema | undefined): InputSchema | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 20; depth++) {
    const def = defOf(current);
    const inner = def.innerType ?? def.in;
    if (current.shape || def.type === "array" || !inner) return current;
    current = inner;
  }
  return current;
}

const pathKey = (path: Path): string => path.map((part) => (typeof part === "number" ? "*" : part)).join("\u0001");
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** Placeholders for the records, so that a procedure's valid input can be built before any record exists. */
const fixtureRefs = Object.fromEntries(FIXTURE_NAMES.map((name) => [name, new FixtureRef(name)])) as unknown as Fixtures;

function slotsOf(procedure: string): Slots {
  const slots: Slots = { objects: [], fields: [], known: new Map(), kinds: new Map() };
  const build = validInputs[procedure];
  if (!build) {
    slots.objects.push([]);
    return slots;
  }
  const walk = (value: unknown, schema: InputSchema | undefined, path: Path) => {
    const unwrapped = unwrap(schema);
    if (isPlainObject(value)) {
      const shape = unwrapped?.shape ?? {};
      const names = [...new Set([...Object.keys(value), ...Object.keys(shape)])];
      slots.objects.push(path);
      slots.known.set(pathKey(path), new Set(names));
      for (const name of names) {
        slots.fields.push([...path, name]);
        slots.kinds.set(pathKey([...path, name]), kindOf(shape[name], value[name]));
        if (name in value) walk(value[name], shape[name], [...path, name]);
      }
    } else if (Array.isArray(value)) {
      const element = unwrapped && defOf(unwrapped).type === "array" ? defOf(unwrapped).element : undefined;
      value.forEach((item, index) => {
        slots.fields.push([...path, index]);
        slots.kinds.set(pathKey([...path, index]), kindOf(element, item));
        walk(item, element, [...path, index]);
      });
    }
  };
  walk(build(fixtureRefs), inputSchemaOf(procedure), []);
  return slots;
}

function stepOf(slots: Slots): fc.Arbitrary<Step> {
  const objectPath = fc.constantFrom(...slots.objects);
  const key = fc.record({ op: fc.constant("key" as const), in: objectPath, key: keyName, value: anyValue });
  if (slots.fields.length === 0) return key;
  const field = fc.constantFrom(...slots.fields);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant("vary" as const), at: field, variation }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant("set" as const), at: field, value: anyValue }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("drop" as const), at: field }) },
    { weight: 2, arbitrary: key },
  );
}

const superjsonAnnotation = fc.oneof(
  fc.constantFrom<unknown>(
    ["Date"], ["bigint"], ["undefined"], ["number"], ["set"], ["map"], ["regexp"], ["Error"], ["URL"], ["symbol", "x"], ["class", "Foo"], ["class", "Object"],
    ["custom", "Foo"], ["typed-array", "Uint8Array"], [["map", { 0: ["Date"] }]], "Date", [],
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

function metaOf(slots: Slots): fc.Arbitrary<unknown> {
  const fieldPaths = slots.fields.map((path) => path.join("."));
  const metaPath = fc.oneof(
    ...(fieldPaths.length > 0 ? [fc.constantFrom(...fieldPaths)] : []),
    fc.constantFrom("", "__proto__", "__proto__.polluted", "constructor.prototype.polluted", "prototype", "a.b.c", "0"),
    fc.string({ maxLength: 10 }),
  );
  const values = fc.dictionary(metaPath, superjsonAnnotation, { maxKeys: 3, noNullPrototype: true });
  return fc.oneof(
    fc.record({ values }),
    fc.record({ values, v: fc.constantFrom<unknown>(1, 2, "1", null) }),
    fc.record({ values, referentialEqualities: fc.oneof(fc.dictionary(metaPath, fc.array(metaPath, { maxLength: 2 }), { maxKeys: 2, noNullPrototype: true }), fc.jsonValue({ maxDepth: 2 })) }),
    fc.record({ values: superjsonAnnotation }),
    fc.jsonValue({ maxDepth: 2 }),
  );
}

const envelopeOf = (slots: Slots): fc.Arbitrary<Envelope> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant({ kind: "superjson" as const }) },
    { weight: 2, arbitrary: fc.constant({ kind: "json-only" as const }) },
    { weight: 2, arbitrary: metaOf(slots).map((meta) => ({ kind: "junk-meta" as const, meta })) },
    { weight: 1, arbitrary: fc.constant({ kind: "bare" as const }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((envelope) => ({ kind: "stray" as const, envelope })) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ kind: "truncate" as const, fraction })),
          fc.constantFrom("\ufeff", " ", "\u0000", "[", "]", "}", ",", "//", "\n").chain((text) => fc.constantFrom("prefix" as const, "suffix" as const).map((kind) => ({ kind, text }))),
          fc.oneof(oddText, fc.string()).map((text) => ({ kind: "replace" as const, text })),
        )
        .map((mangle) => ({ kind: "mangled" as const, mangle })),
    },
  );

const whoArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Who>("ADMIN") },
  { weight: 2, arbitrary: fc.constant<Who>("EDITOR") },
  { weight: 1, arbitrary: fc.constant<Who>("REVIEWER") },
  { weight: 1, arbitrary: fc.constant<Who>("VIEWER") },
  { weight: 1, arbitrary: fc.constant<Who>(null) },
);

function requestOf(procedure: string): fc.Arbitrary<GeneratedRequest> {
  const slots = slotsOf(procedure);
  const plan: fc.Arbitrary<Plan> = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Plan>({ kind: "mutated", steps: [] }) },
    { weight: 7, arbitrary: fc.array(stepOf(slots), { minLength: 1, maxLength: 3 }).map((steps) => ({ kind: "mutated" as const, steps })) },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyValue, specialValue).map((value) => ({ kind: "whole" as const, value })) },
  );
  const wire: fc.Arbitrary<Wire> = fc.record({
    method: fc.oneof({ weight: 20, arbitrary: fc.constant("natural" as const) }, { weight: 1, arbitrary: fc.constantFrom("swapped" as const, "PUT" as const) }),
    envelope: envelopeOf(slots),
    batch: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) }),
    contentType: fc.oneof(
      { weight: 12, arbitrary: fc.constant("application/json") },
      { weight: 1, arbitrary: fc.constantFrom("application/json; charset=utf-8", "APPLICATION/JSON", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "") },
    ),
    queryExtra: fc.oneof({ weight: 12, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom("&batch=0", "&input=", "&input=%7B", "&foo=bar", "&batch=1", "&__proto__=1") }),
    encoding: fc.oneof({ weight: 12, arbitrary: fc.constant("component" as const) }, { weight: 1, arbitrary: fc.constantFrom("raw" as const, "broken-percent" as const) }),
  });
  return fc.record({ who: whoArb, plan, wire });
}

// ---- Building the request ------------------------------------------------------------------------------------

let fixtures: Fixtures;

function resolve(value: unknown): unknown {
  if (value instanceof Repeated) return value.text;
  if (value instanceof FixtureRef) return value.name.startsWith("user:") ? db.users[value.name.slice(5) as Role].id : fixtures[value.name as keyof Fixtures];
  if (Array.isArray(value)) return value.map(resolve);
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    // defineProperty, so that a key named "__proto__" stays a key.
    for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: resolve(value[key]), enumerable: true, configurable: true, writable: true });
    return copy;
  }
  return value;
}

/** The value at `path`, or undefined when the path does not lead there any more (an earlier step replaced a parent). */
function at(root: unknown, path: Path): unknown {
  let current = root;
  for (const part of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<PathPart, unknown>)[part];
  }
  return current;
}

const define = (target: object, key: PathPart, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });

function varied(kind: FieldKind, { text, number, date, choice }: Variation): unknown {
  if (Array.isArray(kind)) return kind[choice % kind.length];
  if (kind === "number") return number;
  if (kind === "date") return date;
  if (kind === "boolean") return choice % 2 === 0;
  return resolve(text);
}

function inputOf(procedure: string, plan: Plan, slots: Slots): unknown {
  if (plan.kind === "whole") return resolve(plan.value);
  const build = validInputs[procedure];
  let input: unknown = build ? resolve(build(fixtureRefs)) : undefined;
  for (const step of plan.steps) {
    if (step.op === "key") {
      if (input === undefined && step.in.length === 0) input = {};
      const target = at(input, step.in);
      if (isPlainObject(target)) define(target, step.key, resolve(step.value));
      continue;
    }
    const parent = at(input, step.at.slice(0, -1));
    const last = step.at.at(-1)!;
    if (typeof parent !== "object" || parent === null) continue;
    if (step.op === "set") define(parent, last, resolve(step.value));
    else if (step.op === "vary") define(parent, last, varied(slots.kinds.get(pathKey(step.at)), step.variation));
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<PathPart, unknown>)[last];
  }
  return input;
}

/** Something in the input that must be refused, naming the field: an unknown key, or a Date where an object belongs. */
interface Refusal {
  field: string;
  why: string;
}

/**
 * What of the input must be refused by name: keys its schema does not know ("casualty.colour"), and values that are
 * objects but not plain ones (a Date, Map, Set, RegExp, Error or URL, which superjson's "meta" makes) where the
 * schema wants an object with fields.
 */
function refusalsOf(input: unknown, slots: Slots): Refusal[] {
  const found: Refusal[] = [];
  const walk = (value: unknown, path: Path, wantsObject: boolean) => {
    const field = path.join(".") || "input";
    if (wantsObject && typeof value === "object" && value !== null && !Array.isArray(value) && !isPlainObject(value)) {
      found.push({ field, why: `a ${value.constructor.name} where an object with fields belongs` });
      return;
    }
    const known = slots.known.get(pathKey(path));
    if (isPlainObject(value)) {
      const unknown = known ? Object.keys(value).filter((key) => !known.has(key)) : [];
      // Past 100 unknown keys the input is refused as a whole, without listing each.
      if (unknown.length <= 100) found.push(...unknown.map((key) => ({ field: [...path, key].join("."), why: "a key the input does not know" })));
      for (const key of Object.keys(value)) if (known?.has(key)) walk(value[key], [...path, key], slots.kinds.get(pathKey([...path, key])) === "object");
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index], slots.kinds.get(pathKey([...path, index])) === "object"));
    }
  };
  if (input !== undefined) walk(input, [], true);
  return found;
}

/**
 * superjson's envelope for the input, which superjson itself refuses to write for some key names a tool may send.
 * `unwritable`: its "meta" names a path through such a key (a Date under "constructor"), which superjson would not
 * write, nor read.
 */
function superjsonEnvelope(input: unknown): { json: unknown; meta?: unknown; unwritable: boolean } {
  const refused = new Set(["__proto__", "constructor", "prototype"]);
  const renamed = new Map<string, string>();
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (value instanceof Set) return new Set([...value].map(rename));
    if (value instanceof Map) return new Map([...value].map(([key, item]) => [rename(key), rename(item)]));
    if (!isPlainObject(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      let name = key;
      if (refused.has(key)) {
        name = `\ue000key${renamed.size}\ue000`;
        renamed.set(name, key);
      }
      define(copy, name, rename(value[key]));
    }
    return copy;
  };
  const serialized = superjson.serialize(rename(input)) as { json: unknown; meta?: { values?: unknown } };
  if (renamed.size === 0) return { ...serialized, unwritable: false };
  const restore = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(restore);
    if (!isPlainObject(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) define(copy, renamed.get(key) ?? key, restore(value[key]));
    return copy;
  };
  const escaped = (text: string) => text.replace(/\ue000key\d+\ue000/g, (placeholder) => renamed.get(placeholder)!.replace(/\\/g, "\\\\").replace(/\./g, "\\."));
  const values = serialized.meta?.values;
  const unwritable = isPlainObject(values) && Object.keys(values).some((path) => /\ue000key\d+\ue000/.test(path));
  const meta = serialized.meta && isPlainObject(values) ? { ...serialized.meta, values: Object.fromEntries(Object.entries(values).map(([path, annotation]) => [escaped(path), annotation])) } : serialized.meta;
  return meta ? { json: restore(serialized.json), meta, unwritable } : { json: restore(serialized.json), unwritable };
}

/** The envelope's text; `wellFormed` says whether a server should be able to read the input from it. */
function envelopeText(input: unknown, envelope: Envelope): { text: string; wellFormed: boolean } {
  const { unwritable, ...serialized } = superjsonEnvelope(input);
  switch (envelope.kind) {
    case "superjson":
      return { text: JSON.stringify(serialized), wellFormed: !unwritable };
    case "json-only":
      return { text: JSON.stringify({ json: serialized.json }), wellFormed: true };
    case "junk-meta":
      return { text: JSON.stringify({ json: serialized.json, meta: envelope.meta }), wellFormed: false };
    case "bare":
      return { text: JSON.stringify(serialized.json) ?? "", wellFormed: false };
    case "stray":
      return { text: JSON.stringify(envelope.envelope), wellFormed: false };
    case "mangled": {
      const text = JSON.stringify(serialized);
      const { mangle } = envelope;
      if (mangle.kind === "truncate") return { text: text.slice(0, Math.floor(text.length * mangle.fraction)), wellFormed: false };
      if (mangle.kind === "prefix") return { text: mangle.text + text, wellFormed: false };
      if (mangle.kind === "suffix") return { text: text + mangle.text, wellFormed: false };
      return { text: mangle.text, wellFormed: false };
    }
  }
}

/**
 * The text as a URL query value. Half a character (a lone surrogate, which a mangled envelope may hold) cannot be
 * sent as UTF-8: like every HTTP client, send U+FFFD in its place (encodeURIComponent would throw).
 */
const percentEncoded = (text: string): string => encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));

interface BuiltRequest {
  path: string;
  method: "GET" | "POST" | "PUT";
  search: string;
  body?: string;
  contentType?: string;
  /** The calls in the request (a batch has several). */
  calls: number;
  /** What the server must refuse by name, when it should read the input as it was meant. */
  refusals: Refusal[];
  /** ?batch=1 on a request whose input is not keyed by call number: the input must not be ignored. */
  mislabelledBatch: boolean;
}

function buildRequest(procedure: string, { plan, wire }: GeneratedRequest, slots: Slots): BuiltRequest {
  const input = inputOf(procedure, plan, slots);
  const { text, wellFormed } = input === undefined && wire.envelope.kind !== "stray" && wire.envelope.kind !== "mangled" ? { text: "", wellFormed: true } : envelopeText(input, wire.envelope);
  const natural = isQuery(procedure) ? "GET" : "POST";
  const method = wire.method === "PUT" ? "PUT" : wire.method === "swapped" ? (natural === "GET" ? "POST" : "GET") : natural;
  const calls = wire.batch;
  const path = calls > 0 ? Array.from({ length: calls }, () => procedure).join(",") : procedure;
  const payload = calls > 0 ? `{${Array.from({ length: calls }, (_, i) => `"${i}":${text || "{}"}`).join(",")}}` : text;
  const batch = calls > 0 ? "batch=1" : "";
  const mislabelledBatch = calls === 0 && wire.queryExtra === "&batch=1" && payload !== "" && validInputs[procedure] !== null;
  // Read as meant: the right method, superjson's envelope as superjson writes it, JSON, and nothing else in the URL.
  const readable = wellFormed && wire.method === "natural" && wire.queryExtra === "" && (method === "GET" ? wire.encoding === "component" : /^application\/json\b/i.test(wire.contentType));
  // Without "meta", what the server reads is the JSON alone: a Date is its text there, a Map or an Error a plain object.
  const received = wire.envelope.kind === "json-only" && text !== "" ? (JSON.parse(text) as { json: unknown }).json : input;
  const refusals = readable && validInputs[procedure] ? refusalsOf(received, slots) : [];
  if (method === "GET") {
    const encoded = wire.encoding === "raw" ? payload : wire.encoding === "broken-percent" ? `${percentEncoded(payload)}%E0%A4%A` : percentEncoded(payload);
    const params = [batch, payload === "" && calls === 0 ? "" : `input=${encoded}`].filter(Boolean).join("&");
    const search = params || wire.queryExtra ? `?${params}${wire.queryExtra}` : "";
    return { path, method, search, calls, refusals, mislabelledBatch };
  }
  const search = batch ? `?${batch}${wire.queryExtra}` : wire.queryExtra ? `?${wire.queryExtra.slice(1)}` : "";
  return { path, method, search, body: payload, contentType: wire.contentType, calls, refusals, mislabelledBatch };
}

// ---- Sending it, and what every answer must be -----------------------------------------------------------------

const clients = new Map<Who, ReturnType<typeof httpClient>>(([null, ...ROLE_NAMES] as Who[]).map((who) => [who, httpClient(db, who)]));

/** What the server logged while answering (unexpected failures are logged with their stack): shown on failure. */
const serverLog: string[] = [];

const excerpt = (text: string | undefined, length = 600): string => (text === undefined ? "" : text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text);

function describeRequest(request: BuiltRequest, who: Who, reply: HttpReply): string {
  return [
    `${request.method} /api/trpc/${request.path}${excerpt(request.search, 400)} as ${who ?? "signed out"}`,
    request.body === undefined ? "" : `content-type: ${request.contentType}\n${excerpt(request.body, 400)}`,
    `-> ${reply.status} ${excerpt(reply.text)}`,
    serverLog.length > 0 ? `server log: ${excerpt(serverLog.join("\n"), 800)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

interface WireError {
  message?: unknown;
  data?: { httpStatus?: unknown; fieldErrors?: unknown };
}

/** tRPC's answer for one call: { result } or { error } (the error in superjson's envelope or as it is). */
function errorOf(call: unknown): WireError | undefined {
  const error = (call as { error?: unknown } | null)?.error;
  if (error === undefined) return undefined;
  return ((error as { json?: unknown }).json ?? error) as WireError;
}

function expectAnswer(request: BuiltRequest, who: Who, reply: HttpReply): void {
  const context = describeRequest(request, who, reply);
  expect(reply.status, context).toBeLessThan(500);
  try {
    expectNoInternals(reply);
  } catch {
    expect.fail(`internals in the answer:\n${context}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(reply.text);
  } catch {
    expect.fail(`the answer is not JSON:\n${context}`);
  }
  // A batch (?batch=1, asked for or not) answers a list, one answer per call.
  const batched = Array.isArray(body);
  const calls = batched ? (body as unknown[]) : [body];
  if (request.calls > 0 && reply.status < 400) expect(calls, `one answer per call of the batch:\n${context}`).toHaveLength(request.calls);
  for (const call of calls) {
    const error = errorOf(call);
    if (!error) {
      if (!batched) expect(reply.status, `an answer without an error must be a success:\n${context}`).toBeLessThan(400);
      expect(call, `a success without a result:\n${context}`).toHaveProperty("result");
      expect(request.refusals, `accepted what it must refuse:\n${context}`).toEqual([]);
      expect(request.mislabelledBatch, `answered as if no input had been sent (?batch=1, input not keyed by call number):\n${context}`).toBe(false);
      continue;
    }
    // A 4xx says why: a message, and where it names fields, each with its own messages.
    expect(typeof error.message === "string" && error.message.trim().length > 0, `an error without a message:\n${context}`).toBe(true);
    const status = error.data?.httpStatus;
    expect(typeof status === "number" && status >= 400 && status < 500, `an error call that is not a 4xx:\n${context}`).toBe(true);
    if (!batched) expect(status, context).toBe(reply.status);
    const fieldErrors = error.data?.fieldErrors;
    if (fieldErrors !== null && fieldErrors !== undefined) {
      expect(isPlainObject(fieldErrors), `fieldErrors is not an object:\n${context}`).toBe(true);
      const entries = Object.entries(fieldErrors as Record<string, unknown>);
      expect(entries.length, `fieldErrors names no field:\n${context}`).toBeGreaterThan(0);
      for (const [, messages] of entries) {
        expect(Array.isArray(messages) && messages.length > 0 && messages.every((m) => typeof m === "string" && m.length > 0), `a field without a message:\n${context}`).toBe(true);
      }
    }
    // An input with keys it does not know (or a Date where an object belongs) is refused before anything else is
    // done with it, naming each field at fault.
    if (request.refusals.length > 0) {
      expect([400, 401, 403, 413, 429], `not refused: ${JSON.stringify(request.refusals)}:\n${context}`).toContain(status);
    }
    if (request.refusals.length > 0 && status === 400) {
      const named = Object.keys((fieldErrors ?? {}) as Record<string, unknown>);
      for (const { field, why } of request.refusals) expect(named, `${why}, ${JSON.stringify(field)}, is not named:\n${context}`).toContain(field);
    }
  }
}

/** A new claim, with evidence, for the valid inputs to refer to. */
async function renewClaim(): Promise<void> {
  // Another claimant each time: the same claimant's same figure in the event would be refused as a duplicate.
  const claim = await db.api.claim.create(aCasualtyClaim({ eventId: fixtures.eventId, claimant: `Investigative Committee, statement ${nextNumber()}` }));
  const evidence = await db.api.evidence.attach(anEvidence(claim.id, fixtures.sourceId));
  fixtures = { ...fixtures, claimId: claim.id, evidenceId: evidence.id };
}

/**
 * What a successful call used up of the records the valid inputs refer to (a claim's version, a deleted record, an
 * invitation), renewed so that later runs still reach the services. Anything else a generated input used up (it
 * may name another record) only makes later runs answer 404 or 409, which they may.
 */
const RENEW: Record<string, () => Promise<void>> = {
  "claim.update": renewClaim,
  "claim.transition": renewClaim,
  "claim.delete": renewClaim,
  "evidence.detach": renewClaim,
  "event.delete": async () => {
    fixtures = { ...fixtures, eventId: (await db.api.event.create(anEvent())).id };
  },
  "source.delete": async () => {
    fixtures = { ...fixtures, sourceId: (await db.api.source.create(aSource())).id };
  },
  "account.acceptInvitation": async () => {
    fixtures = { ...fixtures, invitationToken: await newInvitationToken(db) };
  },
  "user.deactivate": async () => {
    fixtures = { ...fixtures, userId: (await db.newUser("EDITOR", "Fixture Editor")).id };
  },
};

const objectPrototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  fixtures = await createFixtures(db);
  // Unexpected failures are logged with their stack by the HTTP handler: keep them for the failure message.
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    serverLog.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg))).join(" "));
  });
});

/**
 * The run under way. fast-check abandons a run that outlasts the time limit; it is awaited before the next run (and
 * before the database closes), so that runs never overlap.
 */
let running: Promise<unknown> = Promise.resolve();

afterEach(async () => {
  await running;
});

afterAll(async () => {
  await running;
  vi.restoreAllMocks();
});

async function sendAndCheck(procedure: string, slots: Slots, generated: GeneratedRequest): Promise<void> {
  const request = buildRequest(procedure, generated, slots);
  serverLog.length = 0;
  const reply = await clients.get(generated.who)!.raw(request.path, {
    method: request.method,
    search: request.search,
    ...(request.body === undefined ? {} : { body: request.body, contentType: request.contentType }),
  });
  expectAnswer(request, generated.who, reply);
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), "Object.prototype was changed").toEqual(objectPrototypeNames);
  if (reply.status < 300) await RENEW[procedure]?.();
}

describe.each(procedurePaths)("%s, sent generated input over HTTP", (procedure) => {
  const slots = slotsOf(procedure);
  it.prop([requestOf(procedure)], { numRuns: RUNS_PER_PROCEDURE, interruptAfterTimeLimit: TIME_PER_PROCEDURE_MS })(
    "answers JSON with a 4xx that says why, never a 5xx or the server's internals",
    async (generated) => {
      await running;
      const run = sendAndCheck(procedure, slots, generated);
      running = run.catch(() => undefined);
      await run;
    },
    60_000,
  );
});
