export { configuredTarget, describeTarget, openConnection, sharedConnection } from "./connection";
export type { DatabaseConnection, DatabaseTarget } from "./connection";
export { EmbeddedDatabaseBusyError } from "./embedded-store";
export { env, isDevelopment, projectRoot } from "./env";
export { Prisma, PrismaClient } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export { applyMigrations, createMigration, migrationStatus, pendingSchemaChanges, statusProblems } from "./migrations/migration-runner";
export { seedDemo } from "./seed/seed-demo";
