import type { Prisma, PrismaClient } from "@claimdesk/db";

/**
 * Runs a statement with PostgreSQL's JIT compiler off. Some plans are priced past jit_above_cost for work they
 * rarely do (search's second steps, the tally's lookups per row), and compiling them then takes longer than
 * running them; each caller says why its statement is one. SET LOCAL holds for this transaction only; PGlite
 * accepts it and has no JIT anyway.
 */
export async function withoutJit<T>(db: PrismaClient, statement: Prisma.PrismaPromise<T>): Promise<T> {
  const [, result] = await db.$transaction([db.$executeRaw`SET LOCAL jit = off`, statement]);
  return result;
}
