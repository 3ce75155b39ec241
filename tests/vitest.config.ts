import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["integration/**/*.test.ts"],
    globalSetup: ["integration/support/global-setup.ts"],
    // Database work on two busy cores is slow: the default 5 s would fail healthy tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
