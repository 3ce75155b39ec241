import type { NextConfig } from "next";

const config: NextConfig = {
  // The workspace packages ship TypeScript sources.
  transpilePackages: ["@claimdesk/schemas", "@claimdesk/analysis", "@claimdesk/db", "@claimdesk/api"],
  // PGlite loads its WebAssembly and data files from its own folder; it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "pg"],
  poweredByHeader: false,
  // forbidden() and app/**/forbidden.tsx: a page refused to a signed-in person's role answers 403.
  experimental: { authInterrupts: true },
  reactStrictMode: true,
};

export default config;
