import { randomUUID } from "node:crypto";
import superjson from "superjson";
import { createContext, getAuth, handleTrpcRequest } from "@claimdesk/api";
import { createPasswordAccount } from "@claimdesk/db";
import type { Role } from "@claimdesk/schemas";
import { envelope, type ErrorBody, type HttpReply } from "./http";
import type { TestDatabase } from "./test-database";

// Real sign-ins (better-auth, password hashing, rate limits, sessions in the database) and API requests that
// carry the resulting cookie or bearer token, for the tests of accounts and sign-in.

/**
 * For tests that sign in several times. Each attempt hashes a password (scrypt): ~0.1 s on an idle machine, but
 * ten times that while other suites share its two cores, which would push a handful of attempts past 30 s.
 */
export const SIGN_IN_TEST_TIMEOUT = 60_000;

let addresses = 0;
/** A client address of its own (TEST-NET), so that one test's failed sign-ins do not count against another's. */
export function newAddress(): string {
  addresses++;
  return `198.51.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
}

/** What a sign-in answers: the status, and on success the session as a cookie header and as a bearer token. */
export interface SignInResult {
  /** HTTP status: 200 on success. */
  status: number;
  /** The status's name as better-auth gives it (UNAUTHORIZED, FORBIDDEN, TOO_MANY_REQUESTS); "OK" on success. */
  statusName: string;
  /** The error's JSON body (the message the sign-in page shows). */
  body?: { message?: string; code?: string };
  /** `cookie` header value carrying the session. */
  cookie?: string;
  /** The session token for `Authorization: Bearer`. */
  token?: string;
  user?: { id: string; email: string };
}

/** Signs in through better-auth's own endpoint code, from the client address given. */
export async function signIn(db: TestDatabase, email: string, password: string, address: string): Promise<SignInResult> {
  const auth = await getAuth(db.prisma);
  const headers = new Headers({ host: "localhost:3000", "x-forwarded-for": address, "user-agent": "claimdesk-tests" });
  try {
    const { headers: replyHeaders, response } = await auth.api.signInEmail({ body: { email, password }, headers, returnHeaders: true });
    const cookie = replyHeaders
      .getSetCookie()
      .map((setCookie) => setCookie.split(";")[0]!)
      .join("; ");
    return { status: 200, statusName: "OK", cookie, token: response.token, user: response.user };
  } catch (error) {
    // better-auth's APIError (its package is the API's dependency, not ours: recognised by its shape).
    const refusal = error as { statusCode?: unknown; status?: unknown; body?: SignInResult["body"] };
    if (typeof refusal.statusCode !== "number") throw error;
    return { status: refusal.statusCode, statusName: String(refusal.status), body: refusal.body };
  }
}

/** Signs in and expects it to work; returns the session. */
export async function signedIn(db: TestDatabase, email: string, password: string, address = newAddress()): Promise<Required<Pick<SignInResult, "cookie" | "token">>> {
  const result = await signIn(db, email, password, address);
  if (result.status !== 200 || !result.cookie || !result.token) {
    throw new Error(`Expected ${email} to sign in, got ${result.status} ${JSON.stringify(result.body)}`);
  }
  return { cookie: result.cookie, token: result.token };
}

export interface PasswordUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

let people = 0;
/** A person who can sign in with a password (created the way `npm run user:create` creates one). */
export async function newPasswordUser(db: TestDatabase, role: Role, name = `Signed-in ${role.toLowerCase()} ${++people}`): Promise<PasswordUser> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@newsroom.test`;
  const password = `pass-${randomUUID()}`;
  const { id } = await createPasswordAccount(db.prisma, db.users.ADMIN, { email, name, role, password });
  return { id, email, name, role, password };
}

/**
 * An HTTP request to the API carrying the given headers (a session cookie, a bearer token, or nothing), with the
 * context built from them the way the web app builds it.
 */
export async function apiRequest(db: TestDatabase, headers: Record<string, string>, path: string, input?: unknown, method: "GET" | "POST" = "GET"): Promise<HttpReply> {
  const search = method === "GET" && input !== undefined ? `?input=${encodeURIComponent(envelope(input))}` : "";
  const request = new Request(`http://localhost/api/trpc/${path}${search}`, {
    method,
    headers: method === "POST" ? { ...headers, "content-type": "application/json" } : headers,
    body: method === "POST" ? envelope(input) : undefined,
  });
  const response = await handleTrpcRequest(request, () => createContext({ headers: request.headers, prisma: db.prisma }));
  const text = await response.text();
  const reply: HttpReply = { status: response.status, headers: response.headers, text };
  const body = JSON.parse(text) as { result?: { data?: Parameters<typeof superjson.deserialize>[0] }; error?: Parameters<typeof superjson.deserialize>[0] };
  if (body.result?.data) reply.data = superjson.deserialize(body.result.data);
  if (body.error) reply.error = superjson.deserialize<ErrorBody>(body.error);
  return reply;
}
