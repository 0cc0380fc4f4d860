import { defineConfig } from "vitest/config";

// One `npm test` runs every workspace's suite (see each packages/*/vitest.config.ts).
export default defineConfig({
  test: {
    projects: ["packages/*"],
    // With CI=true a suite that printed SKIPPED (no Chromium, PostgreSQL or R) fails the run.
    reporters: ["default", "./packages/server/test/support/lewati-ci.ts"],
  },
});
