import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { createCaller, createContextInner } from "@claimdesk/api";
import { openConnection, type DatabaseConnection, type PrismaClient } from "@claimdesk/db";
import { adminQuery, testDatabaseUrl } from "./postgres-admin";

export interface TestDatabase {
  /** The database connection, for asserting what was (not) written. */
  readonly prisma: PrismaClient;
  readonly connection: DatabaseConnection;
  /** The tRPC API as a caller, as a newsroom tool would use it (minus HTTP). */
  readonly api: ReturnType<typeof createCaller>;
  readonly kind: "pglite" | "postgres";
}

/**
 * A fresh, migrated database for this test file: an in-memory PGlite loaded from the run's template, or a new
 * database on the PostgreSQL server copied from the template database when TEST_DATABASE_URL is set.
 */
export function useTestDatabase(): TestDatabase {
  let connection: DatabaseConnection | undefined;
  let api: ReturnType<typeof createCaller> | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const serverUrl = testDatabaseUrl();

  beforeAll(async () => {
    if (serverUrl) {
      const name = `claimdesk_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      connection = openConnection({ kind: "postgres", url: url.toString() });
      dropDatabase = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      const dump = new Blob([readFileSync(inject("templateDump"))]);
      connection = openConnection({ kind: "memory", loadDataDir: dump });
      // Opening PGlite takes seconds on a busy machine; a test's first transaction must not count that time
      // against Prisma's 2 s wait for a transaction to start.
      await connection.pglite?.waitReady;
    }
    api = createCaller(createContextInner({ prisma: connection.prisma }));
  });

  afterAll(async () => {
    await connection?.close();
    await dropDatabase?.();
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The test database is opened in beforeAll; use it inside tests");
    return value;
  };
  return {
    get prisma() {
      return ready(connection).prisma;
    },
    get connection() {
      return ready(connection);
    },
    get api() {
      return ready(api);
    },
    kind: serverUrl ? "postgres" : "pglite",
  };
}
