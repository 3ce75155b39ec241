import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Browser tests run Debian's Chromium (never a downloaded browser) against the built app on a fresh embedded
// database of their own, so they neither touch nor depend on the developer's data in .data/.

const port = Number(process.env.E2E_PORT ?? 3100);
// Workers re-read this file: the first evaluation picks the folder and the others inherit it.
process.env.CLAIMDESK_E2E_DATA_DIR ??= path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-e2e-")), "pglite");
const dataDir = process.env.CLAIMDESK_E2E_DATA_DIR;

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // On the loopback address only: the throwaway server is not for the network (the app's own default is all interfaces).
    command: `node ../packages/db/bin/claimdesk-db.mjs prepare && node --import tsx ../apps/web/server.ts --hostname 127.0.0.1 -p ${port}`,
    // The one page a signed-out probe gets without a redirect.
    url: `http://127.0.0.1:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    // An empty DATABASE_URL means "embedded": the browser tests never write to a developer's server.
    env: { CLAIMDESK_DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdout: "pipe",
  },
});
