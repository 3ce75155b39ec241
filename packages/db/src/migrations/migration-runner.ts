import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DiagnoseMigrationHistoryOutput, SchemaEngine } from "@prisma/schema-engine-wasm";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { openConnection, type DatabaseConnection } from "../connection";
import { prismaDir } from "../env";
import { readMigrationsList, writeMigration } from "./migrations-folder";
import { openSchemaEngine } from "./schema-engine";

const noFilters = { externalTables: [], externalEnums: [] };

export const migrationsDir = (): string => path.join(prismaDir(), "migrations");
const schemaPath = (): string => path.join(prismaDir(), "schema.prisma");

async function schemaFiles(): Promise<Array<[string, string]>> {
  return [[schemaPath(), await readFile(schemaPath(), "utf8")]];
}

/** The engine never disposes the connections it opens: record them, and dispose each once at the end. */
function disposingFactory(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    let disposed: Promise<void> | undefined;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => (disposed ??= dispose());
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  };
  return { tracked, disposeAll: () => Promise.all(opened.map((adapter) => adapter.dispose())) };
}

async function withEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { tracked, disposeAll } = disposingFactory(factory);
  const engine = await openSchemaEngine(await schemaFiles(), tracked);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await disposeAll();
  }
}

/** Applies pending migrations; returns the names of those applied now. */
export async function applyMigrations(connection: DatabaseConnection): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir());
  return withEngine(connection.migrationAdapterFactory(), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

export type MigrationStatus = DiagnoseMigrationHistoryOutput & { migrationNames: string[] };

export async function migrationStatus(connection: DatabaseConnection): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(migrationsDir());
  const diagnosis = await withEngine(connection.migrationAdapterFactory(), (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters }),
  );
  return { ...diagnosis, migrationNames: migrationsList.migrationDirectories.map((dir) => dir.path) };
}

/** Pending migrations, failed ones or edited ones: everything `db:status` should complain about. */
export function statusProblems(status: MigrationStatus): string[] {
  const problems: string[] = [];
  if (!status.hasMigrationsTable && status.migrationNames.length > 0) problems.push("the database has no migrations applied yet");
  for (const name of status.failedMigrationNames) problems.push(`migration ${name} failed`);
  for (const name of status.editedMigrationNames) problems.push(`migration ${name} was edited after it was applied`);
  const history = status.history;
  if (history?.diagnostic === "databaseIsBehind") problems.push(`pending: ${history.unappliedMigrationNames.join(", ")}`);
  if (history?.diagnostic === "migrationsDirectoryIsBehind")
    problems.push(`applied but missing from prisma/migrations: ${history.unpersistedMigrationNames.join(", ")}`);
  if (history?.diagnostic === "historiesDiverge")
    problems.push(`the database's history diverges from prisma/migrations after ${history.lastCommonMigrationName ?? "the start"}`);
  return problems;
}

/**
 * The SQL that would bring the migrations in line with schema.prisma; empty when they agree.
 * Runs on an in-memory PGlite (its shadow database replays the migrations), whatever DATABASE_URL says.
 */
export async function pendingSchemaChanges(): Promise<string> {
  const migrationsList = await readMigrationsList(migrationsDir());
  const scratch = openConnection({ kind: "memory" });
  try {
    const from = migrationsList.migrationDirectories.length > 0 ? { tag: "migrations" as const, ...migrationsList } : { tag: "empty" as const };
    const files = await schemaFiles();
    const result = await withEngine(scratch.migrationAdapterFactory(), (engine) =>
      engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: files.map(([filePath, content]) => ({ path: filePath, content })) },
        script: true,
        exitCode: true,
        filters: noFilters,
      }),
    );
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } finally {
    await scratch.close();
  }
}

/** Writes a migration for the changes in schema.prisma; returns its folder name, or null when there are none. */
export async function createMigration(name: string): Promise<string | null> {
  const script = await pendingSchemaChanges();
  if (!script.trim()) return null;
  return writeMigration(migrationsDir(), name, script);
}
