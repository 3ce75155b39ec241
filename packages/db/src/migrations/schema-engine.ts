import { readFile } from "node:fs/promises";
import { env } from "../env";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

// Prisma's schema engine compiled to WebAssembly: migrations without the native binary that the Prisma CLI
// would download. Its ESM entry imports a .wasm file, which Node cannot, so it is instantiated by hand.
type BindingModule = Record<string, unknown> & { __wbg_set_wasm(exports: unknown): void; SchemaEngine: typeof SchemaEngine };

let bindingPromise: Promise<BindingModule> | undefined;

async function loadBinding(): Promise<BindingModule> {
  // Bundlers rewrite createRequire(import.meta.url).resolve into a module id; the builtin keeps a real path.
  const { createRequire } = process.getBuiltinModule("node:module");
  const require = createRequire(import.meta.url);
  const bindingPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = (await import(/* webpackIgnore: true */ bindingPath)) as BindingModule;
  const wasmPath = bindingPath.replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm");
  const module = await WebAssembly.compile(await readFile(wasmPath));

  // The engine arms a 10 s timer it never clears; unref it so that a finished command can exit at once.
  const imports: Record<string, unknown> = { ...bg };
  for (const name of Object.keys(bg)) {
    if (name.startsWith("__wbg_setTimeout_")) {
      const original = bg[name] as (...args: unknown[]) => NodeJS.Timeout;
      imports[name] = (...args: unknown[]) => {
        const timer = original(...args);
        timer?.unref?.();
        return timer;
      };
    }
  }
  const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": imports as WebAssembly.ModuleImports });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
  bg.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  return bg;
}

export async function openSchemaEngine(
  schemaFiles: Array<[path: string, content: string]>,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  bindingPromise ??= loadBinding();
  const binding = await bindingPromise;
  const log = (message: string) => {
    if (env.CLAIMDESK_DEBUG_MIGRATIONS) console.error(message);
  };
  return binding.SchemaEngine.new({ datamodels: schemaFiles }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
