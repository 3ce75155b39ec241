import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openConnection, projectRoot, type DatabaseTarget } from "@claimdesk/db";
import { adminQuery, testDatabaseUrl } from "./support/postgres-admin";

// `npm run user:create` is how a PostgreSQL server's first admin is made, often before the app has ever started
// on it: on a database without tables it applies the migrations first rather than print Prisma's internals.

const run = promisify(execFile);
const cli = path.join(projectRoot(), "packages", "db", "bin", "claimdesk-db.mjs");
const serverUrl = testDatabaseUrl();
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A database nobody has migrated: a new one on the server, or a new embedded folder. */
async function newEmptyDatabase(): Promise<{ env: Record<string, string>; target: DatabaseTarget }> {
  if (serverUrl) {
    const name = `claimdesk_cli_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    cleanups.push(() => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { env: { DATABASE_URL: url.toString() }, target: { kind: "postgres", url: url.toString() } };
  }
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-cli-"));
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
  const dataDir = path.join(folder, "pglite");
  return { env: { DATABASE_URL: "", CLAIMDESK_DATA_DIR: dataDir }, target: { kind: "embedded", dataDir } };
}

describe("npm run user:create on a new database", () => {
  it("applies the migrations, then creates the account that can sign in", { timeout: 180_000 }, async () => {
    const { env, target } = await newEmptyDatabase();
    const { stdout, stderr } = await run(process.execPath, [cli, "user:create", "--role", "ADMIN", "--name", "Ada Lovelace", "ada@example.org"], {
      env: { ...process.env, ...env },
      cwd: projectRoot(),
    });
    expect(stderr).not.toMatch(/does not exist|prisma|\.ts:\d+/i);
    expect(stdout).toMatch(/applied \d+ migration\(s\)/);
    expect(stdout).toContain("created ADMIN ada@example.org");
    expect(stdout).toMatch(/password \(shown once; change it on the account page after signing in\): \S{16}/);

    const connection = openConnection(target);
    try {
      const user = await connection.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.org" }, select: { name: true, role: true } });
      expect(user).toEqual({ name: "Ada Lovelace", role: "ADMIN" });
    } finally {
      await connection.close();
    }
  });
});
