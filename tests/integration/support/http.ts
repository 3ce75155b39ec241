import superjson from "superjson";
import { expect } from "vitest";
import { createContextInner, handleTrpcRequest, type Actor } from "@claimdesk/api";
import type { Role } from "@claimdesk/schemas";
import type { TestDatabase } from "./test-database";

// The API as a newsroom tool sees it: HTTP requests through tRPC's fetch adapter, superjson envelopes and all.

export interface ErrorBody {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    path?: string;
    fieldErrors: Record<string, string[]> | null;
    currentVersion: number | null;
    /** A refused duplicate: the claim already recorded. */
    existingClaimId: string | null;
  };
}

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
  /** The deserialised result on success. */
  data?: unknown;
  /** The deserialised error on failure. */
  error?: ErrorBody;
}

export interface RawRequest {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** Query string after the path, including the leading "?". */
  search?: string;
  body?: string;
  contentType?: string;
}

export const envelope = (input: unknown): string => JSON.stringify(superjson.serialize(input));

/**
 * The envelope with an extra key in the input (or in the object at `inside`), whatever its name: superjson itself
 * refuses to write "__proto__", "constructor" or "prototype", which a tool writing its own JSON may well send.
 */
export function envelopeWithKey(input: Record<string, unknown>, key: string, inside?: string): string {
  const serialized = superjson.serialize(input) as { json: Record<string, unknown> };
  const target = inside === undefined ? serialized.json : (serialized.json[inside] as Record<string, unknown>);
  Object.defineProperty(target, key, { value: "red", enumerable: true, configurable: true, writable: true });
  return JSON.stringify(serialized);
}

/** HTTP requests to the API as someone (a role's user, a person, or null for signed out); the EDITOR by default. */
export function httpClient(db: TestDatabase, who: Role | Actor | null = "EDITOR") {
  async function raw(path: string, request: RawRequest = {}): Promise<HttpReply> {
    const url = `http://localhost/api/trpc/${path}${request.search ?? ""}`;
    const init: RequestInit = { method: request.method ?? "GET" };
    if (request.body !== undefined) {
      init.body = request.body;
      init.headers = { "content-type": request.contentType ?? "application/json" };
    }
    const response = await handleTrpcRequest(new Request(url, init), () =>
      createContextInner({ prisma: db.prisma, actor: typeof who === "string" ? db.users[who] : who }));
    const text = await response.text();
    const reply: HttpReply = { status: response.status, headers: response.headers, text };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return reply;
    }
    const body = parsed as { result?: { data?: Parameters<typeof superjson.deserialize>[0] }; error?: Parameters<typeof superjson.deserialize>[0] };
    if (body.result?.data) reply.data = superjson.deserialize(body.result.data);
    // In place, so that a field named "__proto__" in fieldErrors stays a key (superjson's copy would drop it).
    if (body.error) reply.error = superjson.deserialize<ErrorBody>(body.error, { inPlace: true });
    return reply;
  }

  return {
    raw,
    /** A query as GET ?input=..., the way tRPC clients send it. */
    query: (path: string, input?: unknown) => raw(path, { search: input === undefined ? "" : `?input=${encodeURIComponent(envelope(input))}` }),
    /** A mutation as POST with a JSON body. */
    mutation: (path: string, input: unknown) => raw(path, { method: "POST", body: envelope(input) }),
  };
}

/** The reply is an error a client can act on: a 4xx with a JSON error body that gives nothing of the server's internals away. */
export function expectClientError(reply: HttpReply, status?: number): ErrorBody {
  const context = `${reply.status} ${reply.text.slice(0, 500)}`;
  expect(reply.status, context).toBeGreaterThanOrEqual(400);
  expect(reply.status, context).toBeLessThan(500);
  if (status !== undefined) expect(reply.status, context).toBe(status);
  expectNoInternals(reply);
  expect(reply.error, `not a tRPC error body: ${context}`).toBeDefined();
  expect(reply.error!.data.httpStatus).toBe(reply.status);
  expect(reply.error!.message.length, "an error without a message").toBeGreaterThan(0);
  return reply.error!;
}

/** No stack trace, no source paths. */
export function expectNoInternals(reply: HttpReply): void {
  expect(reply.text).not.toMatch(/"stack"/);
  expect(reply.text).not.toContain("    at ");
  expect(reply.text).not.toMatch(/node_modules|\.ts:\d+|\.m?js:\d+/);
}

/** The error names `field` (or a field inside it, such as casualty.min) in data.fieldErrors. */
export function expectFieldError(error: ErrorBody, field: string): string[] {
  const fieldErrors = error.data.fieldErrors ?? {};
  const named = Object.keys(fieldErrors).filter((key) => key === field || key.startsWith(`${field}.`));
  expect(named, `fieldErrors should name ${field}: ${JSON.stringify(fieldErrors)}`).not.toHaveLength(0);
  return named.flatMap((key) => fieldErrors[key] ?? []);
}
