import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One `npm test` runs every workspace's suite (see each packages/*/vitest.config.ts).
export default defineConfig({
  test: {
    // packages/web holds two: its unit tests and, one file at a time, its browser tests
    projects: ["packages/*", "packages/web/vitest.e2e.config.ts"],
    // Vitest's default is one worker per core but one (so a single worker on a 2-core CI
    // machine); a server or CLI test file waits on PostgreSQL or a child process for much
    // of its time, so every core gets a worker. (The browser files stay one at a time.)
    maxWorkers: Math.max(2, availableParallelism()),
    // With CI=true a suite that printed SKIPPED (no Chromium, PostgreSQL or R) fails the run.
    reporters: ["default", "./packages/server/test/support/lewati-ci.ts"],
  },
});
