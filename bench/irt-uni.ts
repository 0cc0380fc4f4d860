/**
 * Benchmark of the unidimensional IRT core against R mirt 1.47's figures
 * (docs/irt/core.md "Verified against what", measured on a 2-core machine like this one). Run with
 *   npx tsx bench/irt-uni.ts            (everything, a few minutes)
 *   npx tsx bench/irt-uni.ts --quick    (N = 20,000 only)
 * Prints one table: wall and CPU time per case (CPU of the whole process,
 * worker threads included), mirt's figure (docs/irt/core.md) and the ratios
 * ours/mirt for wall and CPU. The machine may be shared, so note the load
 * average printed at the start — on a loaded machine the CPU column is the
 * better guide to unloaded single-thread wall time. "2 workers" rows
 * include starting the workers (calibration) or use a pool started once
 * (scoring). The last row is the peak RSS of a separate process that
 * simulates and calibrates N = 100,000 × 40 2PL (target < 1 GiB, docs/irt/core.md). Data
 * are simulated (seeded).
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { calibrate } from "../packages/irt/src/estimation/em.ts";
import { calibrateParallel } from "../packages/irt/src/estimation/parallel.ts";
import type { ItemParams, ModelName } from "../packages/irt/src/models/types.ts";
import { createScoringPool } from "../packages/irt/src/scoring/parallel.ts";
import { scorePersons } from "../packages/irt/src/scoring/scores.ts";
import { randomItems, simulateResponses } from "../packages/irt/src/sim/simulate.ts";

const quick = process.argv.includes("--quick");

/** Child mode: calibrate N = 100,000 × 40 2PL and report this process's peak RSS (bytes). */
if (process.argv.includes("--memory-child")) {
  const items = randomItems("2pl", 40, 2, 2024);
  const sim = simulateResponses(items, { nPersons: 100_000, seed: 99 });
  const fit = calibrate(sim.data, { model: "2pl", tol: 1e-4 });
  console.log(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS * 1024, iterations: fit.iterations }));
  process.exit(0);
}

/** mirt 1.47 on this kind of machine (docs/irt/core.md "Verified against what"), seconds. */
const MIRT = {
  "2pl": 1.89,
  grm: 5.2,
  gpcm: 24,
  eap: 1.2,
  map: 19.5,
};

/** CPU time of the whole process (all threads), ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function timed<T>(f: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c = cpuMs();
  const t = performance.now();
  const value = await f();
  return { value, wall: (performance.now() - t) / 1000, cpu: (cpuMs() - c) / 1000 };
}

function row(cells: (string | number)[]): void {
  console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 54 : 12)).join(""));
}

function fmt(x: number, d = 2): string {
  return x.toFixed(d);
}

/** A case's row: times, iterations or rate, mirt's seconds and both ratios. */
function caseRow(label: string, r: { wall: number; cpu: number }, note: string | number, ref: number | null) {
  row([
    label,
    fmt(r.wall),
    fmt(r.cpu),
    note,
    ref ?? "-",
    ref === null ? "-" : fmt(r.wall / ref),
    ref === null ? "-" : fmt(r.cpu / ref),
  ]);
}

console.log(
  `# nurani irt-uni benchmark — node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(
  "# wall/mirt and cpu/mirt: ours divided by mirt 1.47 (docs/irt/core.md); < 0.5 meets the target.\n",
);
row(["case", "wall s", "cpu s", "iter/rate", "mirt s", "wall/mirt", "cpu/mirt"]);

const forms: { model: ModelName; K: number }[] = [
  { model: "2pl", K: 2 },
  { model: "grm", K: 5 },
  { model: "gpcm", K: 5 },
];
const sizes = quick ? [20_000] : [20_000, 100_000];

const poolStart = await timed(() => createScoringPool(2));
const pool = poolStart.value;
caseRow("start a pool of 2 scoring workers (once per process)", poolStart, "-", null);

const itemsFor: Record<string, ItemParams[]> = {};
for (const { model, K } of forms) itemsFor[model] = randomItems(model, 40, K, 2024);

for (const N of sizes) {
  for (const { model } of forms) {
    const sim = simulateResponses(itemsFor[model], { nPersons: N, seed: 99 });
    const ref = N === 20_000 ? MIRT[model as "2pl" | "grm" | "gpcm"] : null;
    for (const tol of [1e-4, 1e-6]) {
      if (N > 20_000 && tol === 1e-6) continue;
      const r = await timed(() => calibrate(sim.data, { model, tol }));
      caseRow(`calibrate ${model} N=${N}×40 tol=${tol.toExponential(0)}`, r, r.value.iterations, ref);
    }
    const par = await timed(() => calibrateParallel(sim.data, { model, tol: 1e-4, workers: 2 }));
    caseRow(`calibrate ${model} N=${N}×40 tol=1e-4 2 workers`, par, par.value.iterations, ref);
    if (N === 20_000 && model !== "gpcm") {
      const fit = calibrate(sim.data, { model, tol: 1e-4 });
      for (const method of ["eap", "map"] as const) {
        const one = await timed(() => scorePersons(fit.items, sim.data, { method }));
        caseRow(
          `score ${method} ${model} N=${N} 1 thread`,
          one,
          `${Math.round(N / one.wall)}/s`,
          MIRT[method],
        );
        const two = await timed(() => pool.score(fit.items, sim.data, { method }));
        caseRow(
          `score ${method} ${model} N=${N} 2 workers`,
          two,
          `${Math.round(N / two.wall)}/s`,
          MIRT[method],
        );
      }
    }
  }
}
await pool.close();

// Peak memory in a process of its own, so that nothing else in this run counts.
const child = spawnSync(
  process.execPath,
  [...process.execArgv, fileURLToPath(import.meta.url), "--memory-child"],
  {
    encoding: "utf8",
  },
);
if (child.status === 0) {
  const m = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as {
    maxRSS: number;
    iterations: number;
  };
  row([
    "peak RSS, calibrate 2pl N=100000×40 (own process)",
    "-",
    "-",
    `${(m.maxRSS / 2 ** 20).toFixed(0)} MiB`,
    "1024 MiB",
    "-",
    "-",
  ]);
} else console.log(`memory child failed: ${child.stderr.slice(0, 500)}`);
