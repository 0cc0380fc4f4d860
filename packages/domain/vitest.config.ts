import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "domain",
    // NURANI_UJI_CPU=<file>: each test file appends its wall and CPU time (bench/suite-cpu.ts)
    setupFiles: process.env.NURANI_UJI_CPU ? ["../server/test/support/cpu-berkas.ts"] : [],
    include: ["test/**/*.test.ts"],
  },
});
