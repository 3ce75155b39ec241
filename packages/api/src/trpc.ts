import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { isDevelopment } from "@claimdesk/db";
import { roleAtLeast, roleLabel, type Role } from "@claimdesk/schemas";
import type { Context } from "./context";
import { MappedTRPCError, toTRPCError, type DomainErrorData } from "./errors";

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

const pathOf = (issue: Issue): string =>
  (issue.path ?? []).map((part) => String(typeof part === "object" && part !== null ? part.key : part)).join(".") || "input";

/** An unknown key is at fault itself ("casualty.colour"), not the object holding it. */
function byField(issue: Issue): Issue[] {
  if (issue.code !== "unrecognized_keys" || !Array.isArray(issue.keys) || issue.keys.length === 0) return [issue];
  return issue.keys.map((key) => ({ path: [...(issue.path ?? []), String(key)], message: "Is not a field of this request" }));
}

/** Zod issues as { "casualty.min": ["Must be 0 or more"] }. */
export function fieldErrorsOf(issues: Issue[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues.flatMap(byField)) (fieldErrors[pathOf(issue)] ??= []).push(issue.message);
  return fieldErrors;
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
      return superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]);
    },
  },
  output: superjson,
};

const t = initTRPC.context<Context>().create({
  transformer,
  isDev: isDevelopment,
  errorFormatter({ shape, error }) {
    const issues = error.code === "BAD_REQUEST" ? issuesOf(error.cause) : undefined;
    const domain: DomainErrorData = error instanceof MappedTRPCError ? error.domainData : {};
    const fieldErrors = issues ? fieldErrorsOf(issues) : domain.fieldErrors;
    let message = shape.message;
    if (issues) message = Object.entries(fieldErrors ?? {}).map(([field, messages]) => `${field}: ${messages.join("; ")}`).join("\n");
    // Unexpected failures say nothing of their internals outside development.
    if (error.code === "INTERNAL_SERVER_ERROR" && !isDevelopment) message = "Something went wrong on our side. The error has been logged.";
    // tRPC includes the stack only when isDev; drop the empty key otherwise.
    const { stack, ...data } = shape.data;
    return {
      ...shape,
      message,
      data: {
        ...data,
        ...(isDevelopment && stack ? { stack } : {}),
        fieldErrors: fieldErrors ?? null,
        currentVersion: domain.currentVersion ?? null,
      },
    };
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
