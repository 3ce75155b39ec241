import { TRPCError } from "@trpc/server";
import type { Prisma } from "@claimdesk/db";

// Domain errors thrown by services, and the one mapping from them (and from database errors) to tRPC codes.

/** How long a client is asked to wait (Retry-After, seconds) when the database is saturated. */
export const SATURATED_RETRY_AFTER_SECONDS = 2;

export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`No ${entity} with id ${id}`);
    this.name = "NotFoundError";
  }
}

/** Input that is well-formed but cannot be accepted, naming the field at fault (e.g. an unknown eventId). */
export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}

/** The change clashes with the stored state: a stale version, a duplicate, a record still in use. */
export class ConflictError extends Error {
  constructor(
    message: string,
    /** existingClaimId: the claim a refused duplicate repeats. */
    readonly details: { field?: string; currentVersion?: number; existingClaimId?: string } = {},
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** The caller's role may not do this (a workflow rule such as concluding, or an admin's safeguard). */
export class ForbiddenError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Too many tries at something guessable (a current password); the message says how long to wait. */
export class TooManyAttemptsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TooManyAttemptsError";
  }
}

/** The database could not answer in time (or at all): the request changed nothing and may be sent again. */
export class UnavailableError extends Error {
  constructor(message = `The database is busy: nothing was changed. Try again in ${SATURATED_RETRY_AFTER_SECONDS} seconds.`) {
    super(message);
    this.name = "UnavailableError";
  }
}

/** Runs work whose errors name fields of a nested object, naming them from the outer input ("url" -> "source.url"). */
export async function asNestedFields<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidInputError) throw new InvalidInputError(`${prefix}.${error.field}`, error.message);
    if (error instanceof ConflictError && error.details.field) {
      throw new ConflictError(error.message, { ...error.details, field: `${prefix}.${error.details.field}` });
    }
    throw error;
  }
}

/**
 * Prisma's error for a request the database refused (a constraint, a timeout), known by its name and code rather
 * than by class: under `npm start` the API (server.ts) and the pages (Next.js's bundle) each load their own copy of
 * the Prisma client and share one connection, so an error may come from the other copy's class.
 */
export function isKnownRequestError(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && typeof (error as { code?: unknown }).code === "string";
}

/**
 * The database could not give a connection or start (or finish) a transaction within the configured limits
 * (CLAIMDESK_DB_*): Prisma's P2028, or pg-pool's own words for a connection it could not hand out in time.
 */
function isSaturated(error: unknown): boolean {
  if (isKnownRequestError(error)) return error.code === "P2028";
  return error instanceof Error && error.message === "timeout exceeded when trying to connect";
}

/** What the error formatter adds to a mapped error's `data`. */
export interface DomainErrorData {
  fieldErrors?: Record<string, string[]>;
  currentVersion?: number;
  existingClaimId?: string;
}

export class MappedTRPCError extends TRPCError {
  constructor(
    code: TRPCError["code"],
    message: string,
    readonly domainData: DomainErrorData,
    cause?: unknown,
  ) {
    super({ code, message, cause });
  }
}

interface ConstraintRule {
  code: "CONFLICT" | "BAD_REQUEST";
  field: string;
  message: string;
}

// Keyed by constraint name; PGlite reports unique violations by model and fields, so those are named too.
const CONSTRAINTS: Record<string, ConstraintRule> = {
  Source_url_key: { code: "CONFLICT", field: "url", message: "A source with this URL already exists" },
  Evidence_claimId_sourceId_key: { code: "CONFLICT", field: "sourceId", message: "This source is already evidence for this claim" },
  Claim_eventId_fkey: { code: "BAD_REQUEST", field: "eventId", message: "No event with this id" },
  Evidence_claimId_fkey: { code: "BAD_REQUEST", field: "claimId", message: "No claim with this id" },
  Evidence_sourceId_fkey: { code: "CONFLICT", field: "sourceId", message: "The source is missing or still in use as evidence" },
  Source_repeatsSourceId_fkey: { code: "BAD_REQUEST", field: "repeatsSourceId", message: "No source with this id" },
};

interface AdapterErrorMeta {
  modelName?: string;
  driverAdapterError?: { cause?: { constraint?: { index?: string; fields?: string[] } } };
}

/** The name of the constraint a database error violated ("Claim_duplicateKey_key"), if it says. */
export function violatedConstraint(error: unknown): string | undefined {
  if (!isKnownRequestError(error)) return undefined;
  const meta = error.meta as AdapterErrorMeta | undefined;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.index) return constraint.index;
  // PGlite's adapter quotes the field names ('"duplicateKey"').
  if (constraint?.fields && meta?.modelName) return `${meta.modelName}_${constraint.fields.map((field) => field.replace(/^"|"$/g, "")).join("_")}_key`;
  return undefined;
}

function constraintRule(error: Prisma.PrismaClientKnownRequestError): ConstraintRule | undefined {
  const name = violatedConstraint(error);
  return name === undefined ? undefined : CONSTRAINTS[name];
}

const fieldError = (field: string, message: string): DomainErrorData => ({ fieldErrors: { [field]: [message] } });

/** Maps a service or database error to the tRPC error a client should see; undefined for anything unexpected. */
export function toTRPCError(error: unknown): TRPCError | undefined {
  if (error instanceof NotFoundError) return new MappedTRPCError("NOT_FOUND", error.message, {}, error);
  if (error instanceof InvalidInputError) {
    return new MappedTRPCError("BAD_REQUEST", `${error.field}: ${error.message}`, fieldError(error.field, error.message), error);
  }
  if (error instanceof ForbiddenError) {
    return new MappedTRPCError("FORBIDDEN", error.message, error.field ? fieldError(error.field, error.message) : {}, error);
  }
  if (error instanceof TooManyAttemptsError) return new MappedTRPCError("TOO_MANY_REQUESTS", error.message, {}, error);
  if (error instanceof ConflictError) {
    const data: DomainErrorData = { currentVersion: error.details.currentVersion, existingClaimId: error.details.existingClaimId };
    if (error.details.field) data.fieldErrors = { [error.details.field]: [error.message] };
    return new MappedTRPCError("CONFLICT", error.message, data, error);
  }
  if (error instanceof UnavailableError) return new MappedTRPCError("SERVICE_UNAVAILABLE", error.message, {}, error);
  if (isSaturated(error)) return new MappedTRPCError("SERVICE_UNAVAILABLE", new UnavailableError().message, {}, error);
  if (isKnownRequestError(error)) {
    if (error.code === "P2025") return new MappedTRPCError("NOT_FOUND", "The record does not exist (it may just have been deleted)", {}, error);
    const rule = constraintRule(error);
    if (rule) return new MappedTRPCError(rule.code, `${rule.field}: ${rule.message}`, fieldError(rule.field, rule.message), error);
    if (error.code === "P2002") return new MappedTRPCError("CONFLICT", "A record with these values already exists", {}, error);
    if (error.code === "P2003") return new MappedTRPCError("BAD_REQUEST", "The change refers to a record that does not exist or is still in use", {}, error);
  }
  return undefined;
}

// ---- Requests that cannot be read ----------------------------------------------------------------------------

export const NOT_JSON_BODY = 'The request body must be JSON of the form {"json": …} (tRPC with superjson)';
export const NOT_JSON_INPUT = 'The input parameter must be JSON of the form {"json": …} (tRPC with superjson)';
export const UNREADABLE_META = 'The "meta" of the request could not be read: send {"json": …} alone, or "meta" as superjson writes it';

/** Our transformer's own message (trpc.ts) for input outside the envelope: already in our words. */
const ENVELOPE_MESSAGE = "Send the input inside superjson's envelope";

/**
 * Our message for a request whose input could not be read (not JSON, or a superjson "meta" that fails: an unknown
 * class, a cycle, a bad BigInt), or undefined when the error is not that. tRPC passes the parser's own message on
 * ("Unexpected end of JSON input", "Trying to deserialize unknown class 'Foo' - check https://github.com/..."),
 * which names libraries and says nothing a client can act on.
 */
export function unreadableInputMessage(error: TRPCError, request: { method: string; headers: Headers }): string | undefined {
  if (error instanceof MappedTRPCError || (error.code !== "BAD_REQUEST" && error.code !== "PARSE_ERROR")) return undefined;
  const cause = error.cause;
  // tRPC reads the input lazily and copies the reader's message; a message anyone chose, or zod's issues, stand.
  if (!(cause instanceof Error) || cause.message !== error.message || "issues" in cause) return undefined;
  if (cause.message.startsWith(ENVELOPE_MESSAGE)) return undefined;
  if (cause instanceof SyntaxError && /JSON/.test(cause.message)) return request.method === "GET" ? NOT_JSON_INPUT : NOT_JSON_BODY;
  const json = request.method === "GET" || /^application\/json\b/i.test(request.headers.get("content-type") ?? "");
  // JSON that parsed but that superjson could not deserialise: only its "meta" drives superjson.
  return json ? UNREADABLE_META : undefined;
}
