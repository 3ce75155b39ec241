import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGLITE_EXTENSIONS } from "../embedded-store";

// pglite-prisma-adapter 0.7.2, as the schema engine uses it, with two bugs mended:
// - executeScript does not await PGlite's exec, so a failing migration would be recorded as applied;
// - the shadow database it opens is never closed.

function awaitingScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}

export function pgliteMigrationAdapterFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(client);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      return awaitingScripts(await base.connect(), client);
    },
    async connectToShadowDb() {
      // The shadow database replays every migration, so it needs the extensions they create.
      const shadow = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
      const adapter = awaitingScripts(await new PrismaPGlite(shadow).connect(), shadow);
      adapter.dispose = () => shadow.close();
      return adapter;
    },
  };
}
