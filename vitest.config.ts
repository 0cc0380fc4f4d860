import { defineConfig } from "vitest/config";

// One `npm test` runs every workspace's suite (see each packages/*/vitest.config.ts).
export default defineConfig({
  test: {
    projects: ["packages/*"],
  },
});
