import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { isDevelopment } from "@claimdesk/db";
import type { Context } from "./context";
import { MappedTRPCError, toTRPCError, type DomainErrorData } from "./errors";

// The one place that creates tRPC: error shapes and base procedures. Routers never touch `t`.

interface Issue {
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  message: string;
}

function issuesOf(cause: unknown): Issue[] | undefined {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : undefined;
}

const pathOf = (issue: Issue): string =>
  (issue.path ?? []).map((part) => String(typeof part === "object" && part !== null ? part.key : part)).join(".") || "input";

/** Zod issues as { "casualty.min": ["Must be 0 or more"] }. */
export function fieldErrorsOf(issues: Issue[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[pathOf(issue)] ??= []).push(issue.message);
  return fieldErrors;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
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
