import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { createCaller, createContextInner, type Actor } from "@claimdesk/api";
import { configuredLimits, openConnection, type ConnectionLimits, type DatabaseConnection, type PrismaClient } from "@claimdesk/db";
import { ROLES, type Role } from "@claimdesk/schemas";
import { adminQuery, testDatabaseUrl } from "./postgres-admin";

export interface TestDatabase {
  /** The database connection, for asserting what was (not) written. */
  readonly prisma: PrismaClient;
  readonly connection: DatabaseConnection;
  /** The tRPC API as a caller, as a newsroom tool would use it (minus HTTP), signed in as the file's EDITOR. */
  readonly api: Caller;
  /** One signed-in person per role, created with the database (no password: callers need none). */
  readonly users: Readonly<Record<Role, Actor>>;
  /** The API as someone: a role (that role's user), a particular person, or null for signed out. */
  as(who: Role | Actor | null): Caller;
  /** Another person with this role (a second reviewer, say). */
  newUser(role: Role, name?: string): Promise<Actor>;
  readonly kind: "pglite" | "postgres";
}

type Caller = ReturnType<typeof createCaller>;

const PEOPLE: Record<Role, string> = { VIEWER: "Val Viewer", EDITOR: "Erin Editor", REVIEWER: "Rae Reviewer", ADMIN: "Ada Admin" };

let people = 0;
async function insertUser(prisma: PrismaClient, role: Role, name: string): Promise<Actor> {
  const email = `${role.toLowerCase()}-${++people}-${randomUUID().slice(0, 8)}@newsroom.test`;
  const user = await prisma.user.create({ data: { email, name, role, emailVerified: true }, select: { id: true, name: true, email: true, role: true } });
  return user;
}

export interface TestDatabaseOptions {
  /**
   * Whether to create the four people of `users` (default true). Without them the users table starts empty, as
   * on a fresh install; `api`, `users` and `as(role)` are then unavailable.
   */
  people?: boolean;
  /** Pool size and transaction waits other than the configured ones (a saturated database, say). */
  limits?: Partial<ConnectionLimits>;
}

/**
 * A fresh, migrated database for this test file (or the describe block it is called in): an in-memory PGlite
 * loaded from the run's template, or a new database on the PostgreSQL server copied from the template database
 * when TEST_DATABASE_URL is set.
 */
export function useTestDatabase({ people: withPeople = true, limits: someLimits }: TestDatabaseOptions = {}): TestDatabase {
  const limits: ConnectionLimits = { ...configuredLimits(), ...someLimits };
  let connection: DatabaseConnection | undefined;
  let users: Record<Role, Actor> | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const serverUrl = testDatabaseUrl();

  beforeAll(async () => {
    if (serverUrl) {
      const name = `claimdesk_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      connection = openConnection({ kind: "postgres", url: url.toString() }, limits);
      dropDatabase = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      const dump = new Blob([readFileSync(inject("templateDump"))]);
      connection = openConnection({ kind: "memory", loadDataDir: dump }, limits);
      // Opening PGlite takes seconds on a busy machine; a test's first transaction must not count that time
      // against Prisma's 2 s wait for a transaction to start.
      await connection.pglite?.waitReady;
    }
    const prisma = connection.prisma;
    const created = {} as Record<Role, Actor>;
    if (withPeople) {
      for (const role of ROLES) created[role] = await insertUser(prisma, role, PEOPLE[role]);
      users = created;
    }
  });

  afterAll(async () => {
    await connection?.close();
    await dropDatabase?.();
  });

  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The test database is opened in beforeAll; use it inside tests");
    return value;
  };
  const requirePeople = (): Record<Role, Actor> => {
    ready(connection);
    if (!users) throw new Error("This test database was opened without people (useTestDatabase({ people: false }))");
    return users;
  };
  return {
    get prisma() {
      return ready(connection).prisma;
    },
    get connection() {
      return ready(connection);
    },
    get api() {
      return this.as("EDITOR");
    },
    get users() {
      return requirePeople();
    },
    as(who) {
      const actor = typeof who === "string" ? requirePeople()[who] : who;
      return createCaller(createContextInner({ prisma: ready(connection).prisma, actor }));
    },
    newUser(role, name = `Another ${role.toLowerCase()}`) {
      return insertUser(ready(connection).prisma, role, name);
    },
    kind: serverUrl ? "postgres" : "pglite",
  };
}
