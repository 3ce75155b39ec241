import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The one place that reads process.env. Everything else asks this module.

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: "DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)",
  });

/** A whole number setting such as CLAIMDESK_DB_POOL_SIZE=20, within bounds. */
const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce.number({ message: `${name} must be a whole number` }).int({ message: `${name} must be a whole number` }).min(min, { message: `${name} must be at least ${min}` }).max(max, { message: `${name} must be at most ${max}` });

const envSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  TEST_DATABASE_URL: postgresUrl.optional(),
  /** The PostgreSQL server `npm run bench:api` creates its throwaway databases on (never a database already there). */
  BENCH_DATABASE_URL: postgresUrl.default("postgres://postgres@127.0.0.1:5432/postgres"),
  CLAIMDESK_DATA_DIR: z.string().trim().min(1).optional(),
  CLAIMDESK_DEBUG_MIGRATIONS: z.string().optional(),
  /** Signs session cookies. Unset: one is generated on first start and kept in the database. */
  CLAIMDESK_AUTH_SECRET: z.string().min(32, { message: "CLAIMDESK_AUTH_SECRET must be at least 32 characters" }).optional(),
  /** The address people open, e.g. https://claims.example.org. Unset: taken from each request (localhost). */
  CLAIMDESK_URL: z.url({ message: "CLAIMDESK_URL must be a URL such as https://claims.example.org" }).optional(),
  /**
   * PostgreSQL connections one app instance keeps open at most. Several instances share the server's
   * max_connections (100 by default): instances × pool size must stay below it.
   */
  CLAIMDESK_DB_POOL_SIZE: wholeNumber("CLAIMDESK_DB_POOL_SIZE", 1, 1_000).default(10),
  /**
   * How long (ms) a request waits for a connection or for its transaction to start. Saves of one claim queue for
   * its row and are answered 409 one after the other; past this wait the database is saturated: 503, Retry-After.
   */
  CLAIMDESK_DB_TRANSACTION_WAIT_MS: wholeNumber("CLAIMDESK_DB_TRANSACTION_WAIT_MS", 100, 600_000).default(10_000),
  /** How long (ms) a transaction may run before it is rolled back (an article import of many claims is the longest). */
  CLAIMDESK_DB_TRANSACTION_TIMEOUT_MS: wholeNumber("CLAIMDESK_DB_TRANSACTION_TIMEOUT_MS", 100, 600_000).default(20_000),
  /**
   * Event tallies one app instance keeps, each with what it was read from, to answer again while nothing it read
   * has changed (a 1,000-figure tally holds about 2 MB). 0 computes every tally afresh.
   */
  CLAIMDESK_TALLY_CACHE_ENTRIES: wholeNumber("CLAIMDESK_TALLY_CACHE_ENTRIES", 0, 100_000).default(100),
  /** The interface and port `npm start` listens on (also --hostname and -p). */
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  PORT: wholeNumber("PORT", 1, 65_535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  // Empty strings count as unset, as a shell user would expect of `DATABASE_URL= npm start`.
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n  ");
    throw new Error(`Invalid environment:\n  ${problems}`);
  }
  return parsed.data;
}

export const env: Env = readEnv();

export const isDevelopment = env.NODE_ENV === "development";

/** The monorepo's top folder: the nearest folder upwards holding the workspace package.json. */
export function projectRoot(from: string = process.cwd()): string {
  // Resolved at run time; the bundler must not trace the whole project from it.
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; workspaces?: unknown };
      if (pkg.name === "claimdesk" && pkg.workspaces) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Claimdesk project folder above ${from}`);
    dir = parent;
  }
}

export const prismaDir = (): string => path.join(projectRoot(), "prisma");

/** Where the embedded database keeps its files unless CLAIMDESK_DATA_DIR says otherwise. */
export const embeddedDataDir = (): string =>
  env.CLAIMDESK_DATA_DIR ? path.resolve(projectRoot(), env.CLAIMDESK_DATA_DIR) : path.join(projectRoot(), ".data", "pglite");
