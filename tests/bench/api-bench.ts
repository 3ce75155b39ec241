import path from "node:path";
import { env, projectRoot } from "@claimdesk/db";
import { startApp, startProcess, type RunningServer } from "./app-server";
import { BENCH_EMAIL, BENCH_PASSWORD, createBenchDatabase, fillBenchDatabase, type BenchDatabase, type DatabaseKind } from "./bench-database";
import { openBareDatabase } from "./bare/bare-database";
import { claimId, largeTallyFigures } from "./fill/fill-plan";
import { measure, settle } from "./load";
import { parseOptions } from "./options";
import { growthLines, measurementHeader, measurementLine, type Measurement } from "./report";
import { scenarios, type Scenario, type ScenarioFixtures } from "./scenarios";
import { checkTargets } from "./targets";
import { encodeCursor } from "@claimdesk/schemas";

// `npm run bench:api`: fills a throwaway database per size, starts the built app and the bare baseline on it, and
// measures each scenario at each number of connections, app and bare one after the other. Nothing here is a test:
// figures are printed, never asserted.

/** What to undo if the run is interrupted (Ctrl-C): the servers started and the database filled. */
const cleanups = new Set<() => Promise<void>>();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping the servers and dropping the bench database`);
    void Promise.allSettled([...cleanups].map((cleanup) => cleanup())).then(() => process.exit(130));
  });
}

const APP_PORT = 3270;
const BARE_PORT = 3271;
const log = (line: string) => console.log(line);

async function signIn(app: RunningServer): Promise<string> {
  const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Sign-in failed (${response.status}): ${JSON.stringify(body)}`);
  return body.token;
}

async function fixturesFrom(database: BenchDatabase): Promise<Omit<ScenarioFixtures, "token" | "searchQuery">> {
  const db = openBareDatabase(database.location, 1);
  try {
    const [deep] = await db.query<{ createdAt: Date; id: string }>(`SELECT "createdAt", id FROM "Claim" ORDER BY "createdAt" DESC, id DESC OFFSET $1 LIMIT 1`, [Math.floor(database.claims * 0.9)]);
    return { deepCursor: encodeCursor(deep!), claimId: claimId(2 * Math.floor(database.claims / 4)), largeTallyFigures: largeTallyFigures(database.claims) };
  } finally {
    await db.close();
  }
}

const startBare = (database: BenchDatabase) =>
  startProcess("bare", process.execPath, ["--import", "tsx", path.join(projectRoot(), "tests/bench/bare/bare-server.ts"), database.location, String(BARE_PORT), String(env.CLAIMDESK_DB_POOL_SIZE)], {}, BARE_PORT, "/health");

async function checkAnswers(server: RunningServer, list: Scenario[]): Promise<void> {
  for (const scenario of list) {
    if (server.name === "bare" && !scenario.bare) continue;
    const { method, path: address, headers, body } = scenario.request;
    const response = await fetch(`${server.url}${address}`, { method, headers, body: body?.() });
    if (!response.ok) throw new Error(`${server.name} answered ${scenario.name} with ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
}

async function run(kind: DatabaseKind, claims: number, options: ReturnType<typeof parseOptions>, measurements: Measurement[]): Promise<void> {
  log(`\n== ${kind === "postgres" ? "PostgreSQL" : "PGlite (embedded)"}, ${claims.toLocaleString("en-GB")} claims ==`);
  const database = await createBenchDatabase(kind, claims, env.BENCH_DATABASE_URL);
  const servers: RunningServer[] = [];
  const cleanup = async () => {
    for (const server of servers) await server.stop();
    await database.drop();
  };
  cleanups.add(cleanup);
  try {
    await fillBenchDatabase(database, log);
    const fixtures = await fixturesFrom(database);
    let app: RunningServer | undefined = await startApp(database, APP_PORT);
    servers.push(app);
    const token = await signIn(app);
    const searchQuery = (await fetch(`${app.url}/api/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ json: { q: "police" } }))}`, { headers: { authorization: `Bearer ${token}` } })).status !== 404;
    const list = chosen(scenarios({ ...fixtures, token, searchQuery }));
    // Two servers on one embedded database would lose writes: on PGlite the bare one starts after the app stops.
    let bare: RunningServer | undefined = kind === "postgres" ? await startBare(database) : undefined;
    if (bare) servers.push(bare);
    for (const server of [app, bare]) if (server) await checkAnswers(server, list);
    log(measurementHeader());
    const results: Measurement[] = [];
    const bareLater: Array<{ scenario: Scenario; connections: number; result: Measurement }> = [];
    for (const scenario of list) {
      for (const connections of options.connections) {
        await measure(app.url, scenario.request, 2, 1); // warm-up, not counted
        const result: Measurement = { database: kind, claims, scenario: scenario.name, group: scenario.group, connections, app: await measure(app.url, scenario.request, connections, options.durationSeconds) };
        await settle(app.url, scenario.request);
        if (scenario.bare && bare) {
          await measure(bare.url, scenario.request, 2, 1);
          result.bare = await measure(bare.url, scenario.request, connections, options.durationSeconds);
          await settle(bare.url, scenario.request);
        } else if (scenario.bare) bareLater.push({ scenario, connections, result });
        results.push(result);
        if (bare || !scenario.bare) log(measurementLine(result));
      }
    }
    if (bareLater.length > 0) {
      await app.stop();
      app = undefined;
      bare = await startBare(database);
      servers.push(bare);
      for (const { scenario, connections, result } of bareLater) {
        await measure(bare.url, scenario.request, 2, 1);
        result.bare = await measure(bare.url, scenario.request, connections, options.durationSeconds);
        await settle(bare.url, scenario.request);
        log(measurementLine(result));
      }
    }
    measurements.push(...results);
  } finally {
    cleanups.delete(cleanup);
    await cleanup();
  }
}

const options = parseOptions(process.argv.slice(2));
const chosen = (list: Scenario[]) => list.filter((scenario) => options.only.length === 0 || options.only.some((part) => scenario.name.toLowerCase().includes(part)));
// Before any database is filled: a name that matches nothing is a typo.
if (chosen(scenarios({ token: "", deepCursor: "", claimId: "", searchQuery: true, largeTallyFigures: largeTallyFigures(1_000_000) })).length === 0) {
  console.error(`bench:api: no scenario's name contains ${options.only.join(" or ")}`);
  process.exit(2);
}
const measurements: Measurement[] = [];
log(`bench:api: PostgreSQL at ${new URL(env.BENCH_DATABASE_URL).host} with ${options.claims.join(", ")} claims${options.pgliteClaims.length ? `; PGlite with ${options.pgliteClaims.join(", ")}` : ""}; ${options.durationSeconds} s per measurement`);
for (const claims of options.claims) await run("postgres", claims, options, measurements);
for (const claims of options.pgliteClaims) await run("pglite", claims, options, measurements);
for (const kind of ["postgres", "pglite"] as const) {
  const lines = growthLines(measurements, kind);
  if (lines.length) log(`\n${lines.join("\n")}`);
}
// With --only, a target whose scenarios were left out is not reported as unmet.
const checks = checkTargets(measurements).filter((check) => options.only.length === 0 || !check.notMeasured);
if (checks.length) {
  log("\nTargets (issue 11):");
  for (const check of checks) log(`  ${check.met ? "met    " : "NOT MET"}  ${check.target}: ${check.measured}`);
}
