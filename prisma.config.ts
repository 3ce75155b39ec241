import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI would download a native schema engine, which our machines cannot reach; `prisma generate`
// needs none, so point it at a stub that refuses. Migrations go through packages/db (the WebAssembly engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "packages/db/bin/no-native-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `env()` throws when the variable is unset, so name the datasource only when there is one.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
