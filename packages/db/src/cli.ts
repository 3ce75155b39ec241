import { parseArgs } from "node:util";
import { describeTarget, openConnection, type DatabaseConnection } from "./connection";
import { EmbeddedDatabaseBusyError } from "./embedded-store";
import { applyMigrations, createMigration, migrationStatus, statusProblems } from "./migrations/migration-runner";
import { seedDemo } from "./seed/seed-demo";
import { randomBytes } from "node:crypto";
import { AccountExistsError, createPasswordAccount } from "./accounts/create-account";
import { seedDemoAccounts } from "./accounts/demo-accounts";
import { SYSTEM_ACTOR } from "./history";
import { ROLES, email as emailSchema, personName, role as roleSchema } from "@claimdesk/schemas";

// `npm run db:*` and the start-up step of `npm start` / `npm run dev`.

const USAGE = `Usage: claimdesk-db <command>
  migrate            apply pending migrations
  migration <name>   write a migration for the changes in prisma/schema.prisma
  status             list pending, failed or edited migrations (exit code 1 if any)
  seed               add the demo event (Crocus City Hall) unless it is there
  prepare            what the app runs before it starts: migrate, and seed a new embedded database
  user:create --role <${"ROLE"}> [--name <name>] <email>
                     create an account (the first admin of a PostgreSQL database) and print its password`;

const log = (message: string) => console.log(`[claimdesk] ${message}`);

async function withConnection<T>(work: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
  const connection = openConnection();
  log(`database: ${describeTarget(connection.target)}`);
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

async function migrate(connection: DatabaseConnection): Promise<string[]> {
  const applied = await applyMigrations(connection);
  log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "migrations: the database is up to date");
  return applied;
}

async function seed(connection: DatabaseConnection): Promise<void> {
  const outcome = await seedDemo(connection.prisma);
  log(outcome.seeded ? `seeded the demo event with ${outcome.claims} claims and ${outcome.sources} sources` : `not seeded: ${outcome.reason}`);
  await seedAccounts(connection);
}

/** Demo accounts belong to the embedded demo only; a server's database gets its first admin from user:create. */
async function seedAccounts(connection: DatabaseConnection): Promise<void> {
  if (connection.target.kind !== "embedded") return;
  const created = await seedDemoAccounts(connection.prisma);
  if (created > 0) log(`created ${created} demo accounts (password claimdesk-demo): admin@, reviewer@, editor@, viewer@claimdesk.test`);
}

/** What the app runs before it starts, and user:create before it writes: pending migrations, and a new embedded database's demo. */
async function prepare(connection: DatabaseConnection): Promise<void> {
  const status = await migrationStatus(connection);
  // Apply skips a migration edited after it was applied; say so rather than start on a schema that differs.
  for (const name of status.editedMigrationNames) log(`warning: migration ${name} was edited after it was applied to this database`);
  await migrate(connection);
  // Demo data goes only into an embedded database created just now, never into a server's database.
  if (connection.target.kind === "embedded" && !status.hasMigrationsTable) await seed(connection);
  // Also when an embedded database from before accounts existed is upgraded: it must not lock everyone out.
  else await seedAccounts(connection);
}

async function createUser(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { role: { type: "string" }, name: { type: "string" } },
  });
  const role = roleSchema.safeParse(values.role);
  const email = emailSchema.safeParse(positionals[0]);
  if (!role.success || !email.success || positionals.length !== 1) {
    if (!role.success) console.error(`--role must be one of ${ROLES.join(", ")}`);
    if (!email.success) console.error("Give the account's email address: npm run user:create -- --role ADMIN ada@example.org");
    return 2;
  }
  const name = personName.safeParse(values.name ?? email.data.split("@")[0]);
  if (!name.success) {
    console.error("--name must be a name of at most 300 characters");
    return 2;
  }
  // Shown once; the person changes it on their account page after signing in.
  const password = randomBytes(12).toString("base64url");
  return withConnection(async (connection) => {
    // The first admin of a new server's database comes before the app's first start: its tables may not exist yet.
    await prepare(connection);
    try {
      await createPasswordAccount(connection.prisma, { ...SYSTEM_ACTOR, name: "Command line" }, { email: email.data, name: name.data, role: role.data, password });
    } catch (error) {
      if (error instanceof AccountExistsError) {
        console.error(error.message);
        return 1;
      }
      throw error;
    }
    log(`created ${role.data} ${email.data}`);
    log(`password (shown once; change it on the account page after signing in): ${password}`);
    return 0;
  });
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "user:create") return createUser(argv.slice(1));
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  switch (command) {
    case "migrate":
      await withConnection(migrate);
      return 0;
    case "migration": {
      const name = rest[0];
      if (!name || !/^[a-z0-9_]{1,60}$/.test(name)) {
        console.error("Give the migration a name in lower case, digits and underscores: npm run db:migration -- add_claim_tags");
        return 2;
      }
      const folder = await createMigration(name);
      log(folder ? `wrote prisma/migrations/${folder}/migration.sql` : "no changes: prisma/schema.prisma matches the migrations");
      return 0;
    }
    case "status":
      return withConnection(async (connection) => {
        const status = await migrationStatus(connection);
        const problems = statusProblems(status);
        log(`${status.migrationNames.length} migration(s) in prisma/migrations`);
        if (problems.length === 0) log("status: the database is up to date");
        for (const problem of problems) log(`status: ${problem}`);
        return problems.length ? 1 : 0;
      });
    case "seed":
      await withConnection(seed);
      return 0;
    case "prepare":
      await withConnection(prepare);
      return 0;
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof EmbeddedDatabaseBusyError) console.error(`[claimdesk] ${error.message}`);
    else console.error("[claimdesk] failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
