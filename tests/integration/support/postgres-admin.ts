import pg from "pg";
import { env } from "@claimdesk/db";

/** The PostgreSQL server the integration tests run against, when TEST_DATABASE_URL names one. */
export const testDatabaseUrl = (): string | undefined => env.TEST_DATABASE_URL;

/** Runs one statement on the server's maintenance connection (CREATE / DROP DATABASE cannot run in a pool transaction). */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
