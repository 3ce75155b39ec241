import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations, openConnection } from "@claimdesk/db";
import { adminQuery, testDatabaseUrl } from "./postgres-admin";

// Migrates one template database for the whole run; every test file then starts from a copy of it.

declare module "vitest" {
  export interface ProvidedContext {
    templateDump: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = testDatabaseUrl();
  if (serverUrl) {
    const name = `claimdesk_template_${process.pid}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}"`);
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const connection = openConnection({ kind: "postgres", url: url.toString() });
    try {
      await applyMigrations(connection);
    } finally {
      await connection.close();
    }
    project.provide("templateDatabase", name);
    project.provide("templateDump", "");
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
  }

  const connection = openConnection({ kind: "memory" });
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-template-"));
  const dumpPath = path.join(dir, "template.tar.gz");
  try {
    await applyMigrations(connection);
    const dump = await connection.pglite!.dumpDataDir("gzip");
    writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await connection.close();
  }
  project.provide("templateDump", dumpPath);
  project.provide("templateDatabase", "");
  return () => rmSync(dir, { recursive: true, force: true });
}
