import { defineConfig } from "vitest/config";

// One `npm test` runs every workspace's suite (see each packages/*/vitest.config.ts).
export default defineConfig({
  test: {
    // packages/web holds two: its unit tests and, one file at a time, its browser tests
    projects: ["packages/*", "packages/web/vitest.e2e.config.ts"],
    // With CI=true a suite that printed SKIPPED (no Chromium, PostgreSQL or R) fails the run.
    reporters: ["default", "./packages/server/test/support/lewati-ci.ts"],
  },
});
