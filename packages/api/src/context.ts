import { sharedConnection, type PrismaClient } from "@claimdesk/db";
import type { Actor } from "./auth/actor";
import { actorFromHeaders } from "./auth/auth";

// What every procedure receives. createContextInner serves tests and server components; createContext
// serves HTTP requests (the session cookie or bearer token says who is asking).

export interface ContextOptions {
  prisma: PrismaClient;
  /** The signed-in person, or null when nobody is. */
  actor: Actor | null;
  /** The current session, so a password change can sign out the others. */
  sessionId?: string | null;
}

export function createContextInner(options: ContextOptions) {
  return { prisma: options.prisma, actor: options.actor, sessionId: options.sessionId ?? null };
}

/** The context for a request (or for a server component, from the request's headers). */
export async function createContext({ headers, prisma = sharedConnection().prisma }: { headers: Headers; prisma?: PrismaClient }) {
  const session = await actorFromHeaders(headers, prisma);
  return createContextInner({ prisma, actor: session?.actor ?? null, sessionId: session?.sessionId ?? null });
}

export type Context = ReturnType<typeof createContextInner>;
