import { appRouter } from "@claimdesk/api";
import { hashPassword } from "@claimdesk/db";
import type { TestDatabase } from "./test-database";

// The router's procedures as data, for the tests that must cover every one of them (HTTP errors, the permission
// matrix, history): a procedure added to the router shows up here, and those tests fail until it has an entry.

/** The parts of a zod schema the tests read to find a procedure's fields. */
export interface InputSchema {
  safeParse(value: unknown): { success: boolean };
  shape?: Record<string, InputSchema>;
  _zod: { def: { type: string; innerType?: InputSchema } };
}

export interface ProcedureDef {
  _def: { type: "query" | "mutation" | "subscription"; inputs: InputSchema[] };
}

export const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;

/** Every procedure's path ("claim.update"), sorted. */
export const procedurePaths: string[] = Object.keys(procedures).sort();

/** The procedures that change something. */
export const mutationPaths: string[] = procedurePaths.filter((path) => procedures[path]!._def.type === "mutation");

export const isQuery = (path: string): boolean => procedures[path]!._def.type === "query";

/** The procedure's input schema; undefined for a procedure that takes no input (account.me). */
export const inputSchemaOf = (path: string): InputSchema | undefined => procedures[path]!._def.inputs[0];

export type Caller = ReturnType<TestDatabase["as"]>;

/** Calls a procedure by its path on a server-side caller (input undefined for a procedure without input). */
export function callProcedure(api: Caller, path: string, input?: unknown): Promise<unknown> {
  const [group, name] = path.split(".");
  const procedure = (api as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[group!]?.[name!];
  if (!procedure) throw new Error(`No procedure ${path} on the caller`);
  return input === undefined ? procedure() : procedure(input);
}

/**
 * Gives a person an email-and-password login with this password (replacing any they had), stored the way
 * better-auth stores it, so that account.changePassword can check it.
 */
export async function setPassword(db: TestDatabase, userId: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await db.prisma.account.deleteMany({ where: { userId, providerId: "credential" } });
  await db.prisma.account.create({ data: { id: `credential-${userId}-${Date.now()}-${Math.random().toString(36).slice(2)}`, accountId: userId, providerId: "credential", userId, password: hash } });
}
