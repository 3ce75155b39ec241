import { randomUUID } from "node:crypto";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { parse } from "pg-connection-string";
import type { Pool, PoolConfig } from "pg";

// @prisma/adapter-pg 7.10.1, as the schema engine uses it, with three bugs mended:
// - built from { connectionString }, its shadow pool connects to the real database: pass a parsed config;
// - executeScript splits on ";" (breaking $$ bodies, leaving half-applied migrations): send the script whole,
//   which PostgreSQL runs as one implicit transaction;
// - its shadow database is dropped before the shadow pool is closed, so the drop fails: close first.

function poolConfig(connectionString: string): PoolConfig {
  return { ...(parse(connectionString) as PoolConfig), max: 2 };
}

function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as SqlDriverAdapter & { underlyingDriver(): Pool }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

export function pgMigrationAdapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const config = poolConfig(connectionString);
  const base = new PrismaPg(config);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      return wholeScripts(await base.connect());
    },
    async connectToShadowDb() {
      const admin = await base.connect();
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = wholeScripts(await new PrismaPg({ ...config, database }).connect());
      const disposeShadowPool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadowPool();
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        } finally {
          await admin.dispose();
        }
      };
      return shadow;
    },
  };
}
