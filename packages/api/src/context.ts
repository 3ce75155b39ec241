import { sharedConnection, type PrismaClient } from "@claimdesk/db";

// What every procedure receives. createContextInner serves tests and server components; createContext
// serves HTTP requests.

export interface ContextOptions {
  prisma: PrismaClient;
}

export function createContextInner(options: ContextOptions) {
  return { prisma: options.prisma };
}

export function createContext(_request?: { req: Request }) {
  return createContextInner({ prisma: sharedConnection().prisma });
}

export type Context = ReturnType<typeof createContextInner>;
