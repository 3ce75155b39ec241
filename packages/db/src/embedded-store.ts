import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

// Two processes writing one PGlite folder silently lose writes, so a lock file beside the folder names the
// process that has it open. A lock left by a process that has died is taken over.

export class EmbeddedDatabaseBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database at ${dataDir} is already open in another process (PID ${pid}), ` +
        "for example a running `npm start`. Stop that process first, or set DATABASE_URL=postgres://... " +
        "to use a PostgreSQL server, which many processes can share.",
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function acquireLock(lockPath: string, dataDir: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener("exit", release);
        try {
          if (readFileSync(lockPath, "utf8").trim() === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder = Number.NaN;
      try {
        holder = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
      } catch {
        continue; // Released between our two calls: try again.
      }
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new EmbeddedDatabaseBusyError(dataDir, holder);
      }
      try {
        unlinkSync(lockPath); // Stale: its process is gone.
      } catch {
        // Another process took it over first; the next attempt will say who.
      }
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

/**
 * The contrib extensions the migrations create (search: pg_trgm for names and typos, unaccent for accents).
 * PGlite ships them but loads only those named when it starts, so every PGlite Claimdesk opens names them: the
 * app's, the tests' template and copies, and the migration runner's scratch and shadow databases.
 */
export const PGLITE_EXTENSIONS = { pg_trgm, unaccent } satisfies PGliteOptions["extensions"];

export interface EmbeddedStore {
  client: PGlite;
  close(): Promise<void>;
}

/** Opens the embedded PostgreSQL in `dataDir`, or an in-memory one when `dataDir` is undefined. */
export function openEmbeddedStore(dataDir?: string, loadDataDir?: Blob): EmbeddedStore {
  if (!dataDir) {
    const client = new PGlite({ loadDataDir, extensions: PGLITE_EXTENSIONS });
    return { client, close: () => client.close() };
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = acquireLock(`${dataDir}.lock`, dataDir);
  let client: PGlite;
  try {
    client = new PGlite(dataDir, { extensions: PGLITE_EXTENSIONS });
  } catch (error) {
    release();
    throw error;
  }
  return {
    client,
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
