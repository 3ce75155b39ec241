import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { isDevelopment } from "@claimdesk/db";
import { roleAtLeast, roleLabel, type Role } from "@claimdesk/schemas";
import type { Context } from "./context";
import { MappedTRPCError, toTRPCError, type DomainErrorData } from "./errors";
import { serialiseOutput } from "./shared-answers";

// The one place that creates tRPC: error shapes and base procedures. Routers never touch `t`.

interface Issue {
  code?: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  message: string;
  /** For unrecognized_keys: the keys that are not fields of the input. */
  keys?: unknown;
}

function issuesOf(cause: unknown): Issue[] | undefined {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : undefined;
}

/** "casualty.min"; the input itself is "input". A key named "" stays "" so that the answer names what was sent. */
const pathOf = (issue: Issue): string => {
  const path = issue.path ?? [];
  return path.length === 0 ? "input" : path.map((part) => String(typeof part === "object" && part !== null ? part.key : part)).join(".");
};

/** How a field reads in the error message: an empty name is shown quoted rather than as nothing. */
const fieldInMessage = (field: string): string => (field === "" ? '""' : field);

/** Past this many unknown keys an input is refused as a whole: listing each would make the answer as large as the junk. */
export const MAX_LISTED_UNKNOWN_KEYS = 100;

/** An unknown key is at fault itself ("casualty.colour"), not the object holding it. */
function byField(issue: Issue): Issue[] {
  if (issue.code !== "unrecognized_keys" || !Array.isArray(issue.keys) || issue.keys.length === 0) return [issue];
  const keys = issue.keys.map(String);
  if (keys.length > MAX_LISTED_UNKNOWN_KEYS) {
    const some = keys.slice(0, 5).map((key) => JSON.stringify(key)).join(", ");
    return [{ path: issue.path, message: `Has ${keys.length} fields this request does not know (${some} and ${keys.length - 5} more)` }];
  }
  return keys.map((key) => ({ path: [...(issue.path ?? []), key], message: "Is not a field of this request" }));
}

/**
 * Zod issues as { "casualty.min": ["Must be 0 or more"] }. The map has no prototype, so that a field a client
 * named "constructor", "toString" or "__proto__" is a key like any other rather than Object's own property.
 */
export function fieldErrorsOf(issues: Issue[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = Object.create(null);
  for (const issue of issues.flatMap(byField)) (fieldErrors[pathOf(issue)] ??= []).push(issue.message);
  return fieldErrors;
}

/**
 * The error shapes our formatter made. They hold only JSON (text, numbers, field names), so they are sent as they
 * are: superjson refuses to serialise an object with a key named "__proto__", "constructor" or "prototype", and a
 * client may name a field so.
 */
const errorShapes = new WeakSet<object>();

/** Stands for a value no input accepts (a Map, a Set, a RegExp, an Error, an invalid Date): each schema refuses it as the wrong kind. */
const NOT_AN_INPUT_VALUE = Symbol("not an input value");

const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The values superjson's "meta" made, as inputs take them. Every schema is of JSON-like values, and zod takes any
 * object where one with fields belongs: a Map or a Date there would read as an object without fields. So a Date
 * becomes the ISO text it stands for (date fields take either, other fields refuse text where an object belongs),
 * and other non-plain objects become a value every schema refuses, naming the field. Walked without recursion: a
 * 1 MB body can nest far deeper than the stack.
 */
function asJsonInput(input: unknown): unknown {
  const convert = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || Array.isArray(value) || isPlainObject(value)) return value;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? NOT_AN_INPUT_VALUE : value.toISOString();
    return NOT_AN_INPUT_VALUE;
  };
  const root = { value: convert(input) };
  const pending: object[] = [root];
  for (let holder = pending.pop(); holder !== undefined; holder = pending.pop()) {
    for (const key of Object.keys(holder)) {
      const record = holder as Record<string, unknown>;
      const converted = convert(record[key]);
      if (converted !== record[key]) Object.defineProperty(record, key, { value: converted, enumerable: true, writable: true, configurable: true });
      if (typeof converted === "object" && converted !== null) pending.push(converted);
    }
  }
  return root.value;
}

/**
 * superjson, except that input outside its envelope is refused: `?input={"eventId":"x"}` without `{"json": ...}`
 * would otherwise read as no input at all, and a list would silently answer unfiltered.
 */
const transformer = {
  input: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (value: unknown) => {
      if (value === undefined) return undefined;
      const stray = typeof value === "object" && value !== null ? Object.keys(value).filter((key) => key !== "json" && key !== "meta") : [];
      if (typeof value !== "object" || value === null || Array.isArray(value) || stray.length > 0) {
        const found = stray.length > 0 ? ` (found ${stray.slice(0, 5).join(", ")} outside it)` : "";
        throw new TypeError(`Send the input inside superjson's envelope: {"json": <input>}${found}`);
      }
      // In place: superjson's copy would drop an own "__proto__" key, which must reach the schema to be refused.
      const input: unknown = superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0], { inPlace: true });
      // Only superjson's "meta" makes values JSON cannot hold; without it the input is JSON already.
      return (value as { meta?: unknown }).meta === undefined ? input : asJsonInput(input);
    },
  },
  output: {
    serialize: (value: unknown) =>
      typeof value === "object" && value !== null && errorShapes.has(value) ? { json: value } : serialiseOutput(value, (each) => superjson.serialize(each)),
    deserialize: (value: unknown) => superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]),
  },
};

const t = initTRPC.context<Context>().create({
  transformer,
  isDev: isDevelopment,
  errorFormatter({ shape, error }) {
    const issues = error.code === "BAD_REQUEST" ? issuesOf(error.cause) : undefined;
    const domain: DomainErrorData = error instanceof MappedTRPCError ? error.domainData : {};
    const fieldErrors = issues ? fieldErrorsOf(issues) : domain.fieldErrors;
    let message = shape.message;
    if (issues) message = Object.entries(fieldErrors ?? {}).map(([field, messages]) => `${fieldInMessage(field)}: ${messages.join("; ")}`).join("\n");
    // Unexpected failures say nothing of their internals outside development.
    if (error.code === "INTERNAL_SERVER_ERROR" && !isDevelopment) message = "Something went wrong on our side. The error has been logged.";
    // tRPC includes the stack only when isDev; drop the empty key otherwise.
    const { stack, ...data } = shape.data;
    const formatted = {
      ...shape,
      message,
      data: {
        ...data,
        ...(isDevelopment && stack ? { stack } : {}),
        fieldErrors: fieldErrors ?? null,
        currentVersion: domain.currentVersion ?? null,
        /** A refused duplicate: the claim already recorded. */
        existingClaimId: domain.existingClaimId ?? null,
      },
    };
    errorShapes.add(formatted);
    return formatted;
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns the errors services throw (and database constraint errors) into the codes clients see. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

/** Anyone may call it, signed in or not: only what a signed-out person needs (accepting an invitation). */
export const publicProcedure = t.procedure.use(mapDomainErrors);

/**
 * Signed in with at least `minimum`'s role; narrows ctx.actor to the signed-in person. Runs before the input is
 * parsed, so a signed-out caller learns nothing about the procedure from its validation errors.
 */
function requireRole(minimum: Role) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first: this needs a Claimdesk account" });
    if (!roleAtLeast(ctx.actor.role, minimum)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs the ${roleLabel[minimum].toLowerCase()} role or higher; you are signed in as ${roleLabel[ctx.actor.role].toLowerCase()}`,
      });
    }
    return next({ ctx: { ...ctx, actor: ctx.actor } });
  });
}

// Every procedure starts from one of these: the base says who may call it, and handlers never check roles.
/** Reads: anyone signed in. */
export const viewerProcedure = publicProcedure.use(requireRole("VIEWER"));
/** Records and edits events, claims, sources, evidence and comments. */
export const editorProcedure = publicProcedure.use(requireRole("EDITOR"));
/** Concluding claims (the workflow's own rules live in TRANSITIONS). */
export const reviewerProcedure = publicProcedure.use(requireRole("REVIEWER"));
/** Managing people: invitations, roles, deactivation. */
export const adminProcedure = publicProcedure.use(requireRole("ADMIN"));
