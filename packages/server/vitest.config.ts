import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "server",
    // NURANI_UJI_CPU=<file>: each test file appends its wall and CPU time (bench/suite-cpu.ts)
    setupFiles: process.env.NURANI_UJI_CPU ? ["test/support/cpu-berkas.ts"] : [],
    include: ["test/**/*.test.ts"],
    // Migrate once per run into a template database (support/db.ts); each file copies it.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
