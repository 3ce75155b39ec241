import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { isDevelopment } from "@claimdesk/db";
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

/** Anyone may call it. (Accounts and roles arrive with the accountability issue.) */
export const publicProcedure = t.procedure.use(mapDomainErrors);
