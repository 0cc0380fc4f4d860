import { defineProject } from "vitest/config";

// Browser tests (Playwright + Debian's Chromium): each file starts its own demo server and
// Chromium, so they run one file at a time, after the other projects (root vitest.config.ts).
export default defineProject({
  test: {
    name: "web-e2e",
    include: ["e2e/**/*.test.ts"],
    // NURANI_UJI_CPU=<file>: each test file appends its wall and CPU time (bench/suite-cpu.ts)
    setupFiles: process.env.NURANI_UJI_CPU ? ["../server/test/support/cpu-berkas.ts"] : [],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
