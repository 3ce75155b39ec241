import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@claimdesk/db";
import type { BenchDatabase } from "./bench-database";

// A server under measurement, started as a child process by its PID (never found by name), and stopped so.

export interface RunningServer {
  name: string;
  url: string;
  stop(): Promise<void>;
}

/** Environment for a server on the bench database: DATABASE_URL for PostgreSQL, an empty one and the data folder for PGlite. */
export function databaseEnv(database: BenchDatabase): Record<string, string> {
  return database.kind === "postgres" ? { DATABASE_URL: database.location } : { DATABASE_URL: "", CLAIMDESK_DATA_DIR: database.location };
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server at ${url} exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server at ${url} did not answer within 2 minutes:\n${output()}`);
}

export async function startProcess(name: string, command: string, args: string[], env: Record<string, string>, port: number, probePath: string): Promise<RunningServer> {
  const child = spawn(command, args, { cwd: projectRoot(), env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}${probePath}`, child, () => log);
  return {
    name,
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The built app as `npm start` serves it (apps/web/server.ts, its own PID: not npm), on the bench database. */
export async function startApp(database: BenchDatabase, port: number): Promise<RunningServer> {
  const root = projectRoot();
  if (!existsSync(path.join(root, "apps/web/.next/BUILD_ID"))) throw new Error("The app is not built: run `npm run build` first.");
  return startProcess("app", process.execPath, ["--import", "tsx", path.join(root, "apps/web/server.ts"), "--hostname", "127.0.0.1", "-p", String(port)], { ...databaseEnv(database), NODE_ENV: "production" }, port, "/sign-in");
}
