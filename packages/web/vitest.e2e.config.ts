import { defineProject } from "vitest/config";

// Browser tests (Playwright + Debian's Chromium): each file starts its own demo server and
// Chromium, so they run one file at a time, after the other projects (root vitest.config.ts).
// One worker takes every file without reloading the server's and Playwright's modules
// (`isolate: false`, as the server project does): measured on six files, 55 instead of 84
// CPU-s and 166 instead of 270 s wall on a loaded machine. Its own group (`groupOrder: 1`)
// runs after the parallel projects.
export default defineProject({
  test: {
    name: "web-e2e",
    include: ["e2e/**/*.test.ts"],
    // NURANI_UJI_CPU=<file>: each test file appends its wall and CPU time (bench/suite-cpu.ts)
    setupFiles: process.env.NURANI_UJI_CPU ? ["../server/test/support/cpu-berkas.ts"] : [],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // each file still gets its own server, database copy and Chromium (e2e/support/berkas.ts)
    isolate: false,
    sequence: { groupOrder: 1 },
  },
});
