import { defineProject } from "vitest/config";

// Unit and component tests in test/ (components: `// @vitest-environment jsdom`), browser tests
// (Playwright + Debian's Chromium) in e2e/.
export default defineProject({
  test: {
    name: "web",
    // NURANI_UJI_CPU=<file>: each test file appends its wall and CPU time (bench/suite-cpu.ts)
    setupFiles: process.env.NURANI_UJI_CPU ? ["../server/test/support/cpu-berkas.ts"] : [],
    include: ["test/**/*.test.ts", "test/**/*.test.tsx", "e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
