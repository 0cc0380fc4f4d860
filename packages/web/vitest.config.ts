import { defineProject } from "vitest/config";

// Unit and component tests in test/ (components: `// @vitest-environment jsdom`), run in
// parallel like the other packages'. The browser tests (Playwright + Debian's Chromium,
// e2e/) are their own project, one file at a time: vitest.e2e.config.ts.
export default defineProject({
  test: {
    name: "web",
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    // NURANI_UJI_CPU=<file>: each test file appends its wall and CPU time (bench/suite-cpu.ts)
    setupFiles: process.env.NURANI_UJI_CPU ? ["../server/test/support/cpu-berkas.ts"] : [],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
