import type { PrismaClient } from "@claimdesk/db";
import type { Role } from "@claimdesk/schemas";
import type { Actor } from "./actor";

// Which session a request's credentials (its session cookie or bearer token) name, remembered for a minute by
// each process. better-auth's getSession verifies the cookie's signature and reads the session and the account
// (about 10 ms of a 20 ms claim.get); once the credentials are known to name a session, a request only re-reads
// that session with its account, in one statement. So signing out, a password change that ends other sessions
// and a deactivation (which deletes the account's sessions) still take effect on the very next request, on every
// instance, and a role change too: nothing about the person is remembered, only the session's id.

const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 10_000;

interface Remembered {
  sessionId: string;
  until: number;
}

/** Per database (tests open many in one process). */
const rememberedBy = new WeakMap<PrismaClient, Map<string, Remembered>>();

const credentialsOf = (headers: Headers): string | null => {
  const [authorization, cookie] = [headers.get("authorization"), headers.get("cookie")];
  return authorization || cookie ? `${authorization ?? ""}\n${cookie ?? ""}` : null;
};

export function rememberSession(prisma: PrismaClient, headers: Headers, sessionId: string): void {
  const credentials = credentialsOf(headers);
  if (!credentials) return;
  let remembered = rememberedBy.get(prisma);
  if (!remembered) rememberedBy.set(prisma, (remembered = new Map()));
  // A Map keeps insertion order: the oldest entry goes first when it is full.
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(credentials, { sessionId, until: Date.now() + REMEMBER_MS });
}

/**
 * The active account behind a remembered session, read now; undefined when the credentials are not remembered or
 * their session is gone, expired or its account deactivated (the caller then asks better-auth, which says so).
 */
export async function rememberedActor(prisma: PrismaClient, headers: Headers): Promise<{ actor: Actor; sessionId: string } | undefined> {
  const credentials = credentialsOf(headers);
  const remembered = credentials ? rememberedBy.get(prisma) : undefined;
  const entry = credentials ? remembered?.get(credentials) : undefined;
  if (!credentials || !remembered || !entry) return undefined;
  if (entry.until < Date.now()) {
    remembered.delete(credentials);
    return undefined;
  }
  const [row] = await prisma.$queryRaw<Array<Actor & { sessionId: string }>>`
    SELECT s.id AS "sessionId", u.id, u.name, u.email, u.role::text AS role
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${entry.sessionId} AND s."expiresAt" > now() AND u."deactivatedAt" IS NULL`;
  if (!row) {
    remembered.delete(credentials);
    return undefined;
  }
  return { actor: { id: row.id, name: row.name, email: row.email, role: row.role as Role }, sessionId: row.sessionId };
}
