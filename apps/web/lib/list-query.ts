import "server-only";
import { TRPCError } from "@trpc/server";

// Lists read their filters from the address; a hand-edited or stale address should explain itself, not crash.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, trimmed; undefined when absent or empty. */
export function param(params: SearchParams, name: string): string | undefined {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** A query parameter that must be one of the given values; anything else counts as absent. */
export function oneOfParam<T extends string>(params: SearchParams, name: string, values: readonly T[]): T | undefined {
  const value = param(params, name);
  return values.find((allowed) => allowed === value);
}

/** An address on the same list with the given filters (empty ones dropped). */
export function listHref(path: string, filters: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export type ListResult<T> = { ok: true; page: T } | { ok: false; problem: string };

/** Runs a list query; filters the API refuses (a stale cursor, an overlong search) become a message. */
export async function loadList<T>(load: () => Promise<T>): Promise<ListResult<T>> {
  try {
    return { ok: true, page: await load() };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { ok: false, problem: problemOf(error) };
    throw error;
  }
}

/** A caller's BAD_REQUEST carries the zod issues as its cause: say them as "q: Must be at most 200 characters". */
function problemOf(error: TRPCError): string {
  const issues = (error.cause as { issues?: Array<{ path?: PropertyKey[]; message: string }> } | undefined)?.issues;
  if (!Array.isArray(issues)) return error.message;
  return issues.map((issue) => (issue.path?.length ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message)).join("; ");
}
