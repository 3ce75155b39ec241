import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, createPasswordAccount, openConnection, SYSTEM_ACTOR, type DatabaseTarget } from "@claimdesk/db";
import { adminQuery } from "../integration/support/postgres-admin";
import { fillPlan } from "./fill/fill-plan";

// The throwaway database a benchmark runs on: a new database on the PostgreSQL server (dropped afterwards), or a
// new embedded data folder (deleted afterwards). Migrated, filled, and with one account to sign in with.

export const BENCH_EMAIL = "bench-runner@bench.test";
export const BENCH_PASSWORD = "bench-runner-password";

export type DatabaseKind = "postgres" | "pglite";

export interface BenchDatabase {
  kind: DatabaseKind;
  claims: number;
  target: DatabaseTarget;
  /** Where the servers connect: a postgres:// URL or the data folder. */
  location: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(kind: DatabaseKind, claims: number, serverUrl: string): Promise<BenchDatabase> {
  if (kind === "postgres") {
    const name = `claimdesk_bench_${claims}_${process.pid}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { kind, claims, target: { kind: "postgres", url: url.toString() }, location: url.toString(), drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-bench-"));
  const dataDir = path.join(folder, "pglite");
  return { kind, claims, target: { kind: "embedded", dataDir }, location: dataDir, drop: async () => rmSync(folder, { recursive: true, force: true }) };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Migrates and fills the database, showing progress; then creates the account the benchmark signs in with. */
export async function fillBenchDatabase(database: BenchDatabase, log: (line: string) => void): Promise<void> {
  const connection = openConnection(database.target, { poolSize: 2, transactionWaitMs: 60_000, transactionTimeoutMs: 600_000 });
  try {
    await applyMigrations(connection);
    const started = performance.now();
    let pgClient: pg.Client | undefined;
    if (database.kind === "postgres") {
      pgClient = new pg.Client({ connectionString: database.location });
      await pgClient.connect();
    }
    const exec = async (sql: string) => {
      if (pgClient) await pgClient.query(sql);
      else await connection.pglite!.exec(sql);
    };
    const written = new Map<string, number>();
    try {
      for (const step of fillPlan(database.claims)) {
        const stepStarted = performance.now();
        await exec(step.sql);
        written.set(step.label, (written.get(step.label) ?? 0) + step.rows);
        const rows = step.rows > 0 ? ` ${written.get(step.label)!.toLocaleString("en-GB")} rows` : "";
        log(`  fill ${step.label}${rows} (${seconds(stepStarted)}, ${seconds(started)} in all)`);
      }
    } finally {
      await pgClient?.end();
    }
    await createPasswordAccount(connection.prisma, SYSTEM_ACTOR, { email: BENCH_EMAIL, name: "Bench runner", role: "ADMIN", password: BENCH_PASSWORD });
  } finally {
    await connection.close();
  }
}
