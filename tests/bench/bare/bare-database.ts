import pg from "pg";
import { openConnection, POSTGRES_SESSION_OPTIONS } from "@claimdesk/db";

// The bare server's database access: pg's pool on PostgreSQL (as many connections as the app's pool, with its
// session settings), PGlite's own client on the embedded database. Nothing else: no ORM, no query builder.

export type Query = <T>(text: string, params?: unknown[]) => Promise<T[]>;

export interface BareDatabase {
  query: Query;
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openBareDatabase(location: string, poolSize: number): BareDatabase {
  if (location.startsWith("postgres")) {
    const pool = new pg.Pool({ connectionString: location, max: poolSize, options: POSTGRES_SESSION_OPTIONS });
    return {
      query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
      async transaction(work) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await work(async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[]);
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const connection = openConnection({ kind: "embedded", dataDir: location });
  const pglite = connection.pglite!;
  return {
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    transaction: (work) => pglite.transaction((tx) => work(async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows)),
    close: () => connection.close(),
  };
}
