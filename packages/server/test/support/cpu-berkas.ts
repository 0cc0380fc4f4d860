/**
 * Measuring the suite (bench/suite-cpu.ts reads what this writes): with
 * `NURANI_UJI_CPU=<file>` every project loads this setup file, and each test
 * file appends one JSON line there — its wall time and the CPU seconds of its
 * test process (the file's imports included) and of the child processes it
 * waited for (Chromium, CLI children). Wall time on a shared machine says
 * little; CPU time does. Off by default.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { afterAll, expect } from "vitest";

const tujuan = process.env.NURANI_UJI_CPU;

/** CPU seconds of this process's waited-for children (utime + stime of /proc/self/stat, fields 16–17). */
function cpuAnak(): number {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return 0;
  }
}

if (tujuan) {
  const cpu0 = process.cpuUsage();
  const anak0 = cpuAnak();
  const t0 = performance.now();
  afterAll(() => {
    const u = process.cpuUsage(cpu0);
    const baris = {
      berkas: expect.getState().testPath ?? "?",
      pid: process.pid,
      dinding: (performance.now() - t0) / 1000,
      cpu: (u.user + u.system) / 1e6,
      cpuAnak: cpuAnak() - anak0,
    };
    fs.appendFileSync(tujuan, `${JSON.stringify(baris)}\n`);
  });
}
