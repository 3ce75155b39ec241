import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pgMigrationAdapterFactory } from "./adapters/pg-migration-adapter";
import { pgliteMigrationAdapterFactory } from "./adapters/pglite-migration-adapter";
import { openEmbeddedStore } from "./embedded-store";
import { embeddedDataDir, env, projectRoot } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import path from "node:path";

// The one place that decides which database Claimdesk talks to and how.

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "embedded"; dataDir: string }
  /** An in-memory PGlite, optionally starting from a dumped data folder (tests). */
  | { kind: "memory"; loadDataDir?: Blob };

export function configuredTarget(): DatabaseTarget {
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "embedded", dataDir: embeddedDataDir() };
}

/** Names the database for logs without its password. */
export function describeTarget(target: DatabaseTarget): string {
  switch (target.kind) {
    case "postgres": {
      const url = new URL(target.url);
      return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
    }
    case "embedded": {
      const inProject = path.relative(projectRoot(), target.dataDir);
      return `embedded PGlite in ${inProject && !inProject.startsWith("..") ? inProject : target.dataDir}`;
    }
    case "memory":
      return "in-memory PGlite";
  }
}

export interface DatabaseConnection {
  target: DatabaseTarget;
  prisma: PrismaClient;
  /** The PGlite instance behind an embedded or in-memory database. */
  pglite?: PGlite;
  /** For the schema engine (migrations); shares the connection's database. */
  migrationAdapterFactory(): SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/** How much of the database one process may hold, and for how long a request waits for it. */
export interface ConnectionLimits {
  /** PostgreSQL connections in the pool (PGlite has one, and runs one transaction at a time). */
  poolSize: number;
  /** How long a query waits for a pool connection, and a transaction for its start (Prisma's maxWait), in ms. */
  transactionWaitMs: number;
  /** How long a transaction may run, in ms. */
  transactionTimeoutMs: number;
}

export const configuredLimits = (): ConnectionLimits => ({
  poolSize: env.CLAIMDESK_DB_POOL_SIZE,
  transactionWaitMs: env.CLAIMDESK_DB_TRANSACTION_WAIT_MS,
  transactionTimeoutMs: env.CLAIMDESK_DB_TRANSACTION_TIMEOUT_MS,
});

/**
 * Settings of every PostgreSQL session the app opens. JIT off: every statement of the app is an index walk over
 * one page, one claim or one event, but the planner prices some of them (search's second steps, the tally's lookups
 * per row) past jit_above_cost for work they rarely do, and compiling such a plan took 100–200 ms of a statement
 * that runs in 20 (measured at 1M claims). PGlite has no JIT.
 */
export const POSTGRES_SESSION_OPTIONS = "-c jit=off";

/**
 * Prisma's defaults (2 s to start a transaction, 5 s to run it) and pg's (10 connections, waiting for one forever)
 * turned a burst of saves into 500s while a healthy database was merely busy: the limits are ours, and a request
 * past them is told to retry (errors.ts maps the timeouts to 503).
 */
export function openConnection(target: DatabaseTarget = configuredTarget(), limits: ConnectionLimits = configuredLimits()): DatabaseConnection {
  const transactionOptions = { maxWait: limits.transactionWaitMs, timeout: limits.transactionTimeoutMs };
  if (target.kind === "postgres") {
    const adapter = new PrismaPg({ connectionString: target.url, max: limits.poolSize, connectionTimeoutMillis: limits.transactionWaitMs, options: POSTGRES_SESSION_OPTIONS });
    const prisma = new PrismaClient({ adapter, transactionOptions });
    return {
      target,
      prisma,
      migrationAdapterFactory: () => pgMigrationAdapterFactory(target.url),
      close: () => prisma.$disconnect(),
    };
  }
  const store = openEmbeddedStore(target.kind === "embedded" ? target.dataDir : undefined, target.kind === "memory" ? target.loadDataDir : undefined);
  // PGlite runs one transaction at a time: under a burst of saves (or while it opens, ~2 s) each waits its turn.
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(store.client), transactionOptions });
  return {
    target,
    prisma,
    pglite: store.client,
    migrationAdapterFactory: () => pgliteMigrationAdapterFactory(store.client),
    async close() {
      await prisma.$disconnect();
      await store.close();
    },
  };
}

const processWide = globalThis as typeof globalThis & { claimdeskConnection?: DatabaseConnection };

/** The server's one connection per process (kept on globalThis so that dev-mode reloads reuse it). */
export function sharedConnection(): DatabaseConnection {
  processWide.claimdeskConnection ??= openConnection();
  return processWide.claimdeskConnection;
}
