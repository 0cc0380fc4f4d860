import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "server",
    include: ["test/**/*.test.ts"],
    // Migrate once per run into a template database (support/db.ts); each file copies it.
    globalSetup: ["test/support/global-setup.ts"],
    // A worker runs file after file without reloading the server's modules (loading them
    // and PGlite cost a one-test file most of its 7 CPU-s); each file still gets fresh
    // databases and a fresh app, and its environment back (support/env-berkas.ts).
    isolate: false,
    setupFiles: [
      "test/support/env-berkas.ts",
      // NURANI_UJI_CPU=<file>: each test file appends its wall and CPU time (bench/suite-cpu.ts)
      ...(process.env.NURANI_UJI_CPU ? ["test/support/cpu-berkas.ts"] : []),
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
