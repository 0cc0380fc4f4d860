/**
 * Benchmark of the unidimensional IRT core against R mirt 1.47's figures
 * (issue 3, measured on a 2-core machine like this one). Run with
 *   npx tsx bench/irt-uni.ts            (everything, a few minutes)
 *   npx tsx bench/irt-uni.ts --quick    (N = 20,000 only)
 * Prints wall and CPU time (main thread) per case; the machine may be
 * shared, so note the load average printed at the start — on a loaded
 * machine the CPU column is the better guide to unloaded single-thread wall
 * time. "2 workers" rows include starting the workers (calibration) or use
 * a pool started once (scoring). Data are simulated (seeded).
 */
import { loadavg } from "node:os";
import { calibrate } from "../packages/irt/src/estimation/em.ts";
import { calibrateParallel } from "../packages/irt/src/estimation/parallel.ts";
import type { ItemParams, ModelName } from "../packages/irt/src/models/types.ts";
import { createScoringPool } from "../packages/irt/src/scoring/parallel.ts";
import { scorePersons } from "../packages/irt/src/scoring/scores.ts";
import { randomItems, simulateResponses } from "../packages/irt/src/sim/simulate.ts";

const quick = process.argv.includes("--quick");

/** mirt 1.47 on this kind of machine (issue 3), seconds. */
const MIRT = {
  "2pl": 1.89,
  grm: 5.2,
  gpcm: 24,
  eap: 1.2,
  map: 19.5,
};

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
  console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 50 : 12)).join(""));
}

function fmt(x: number, d = 2): string {
  return x.toFixed(d);
}

console.log(
  `# nurani irt-uni benchmark — node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log("# ratio = ours (wall) / mirt; < 0.5 meets the issue's target.\n");
row(["case", "wall s", "cpu s", "iter", "mirt s", "ratio"]);

const forms: { model: ModelName; K: number }[] = [
  { model: "2pl", K: 2 },
  { model: "grm", K: 5 },
  { model: "gpcm", K: 5 },
];
const sizes = quick ? [20_000] : [20_000, 100_000];

const poolStart = await timed(() => createScoringPool(2));
const pool = poolStart.value;
console.log(`(worker pool of 2 started in ${fmt(poolStart.wall)} s wall — paid once per process)`);

const itemsFor: Record<string, ItemParams[]> = {};
for (const { model, K } of forms) itemsFor[model] = randomItems(model, 40, K, 2024);

for (const N of sizes) {
  for (const { model } of forms) {
    const sim = simulateResponses(itemsFor[model], { nPersons: N, seed: 99 });
    for (const tol of [1e-4, 1e-6]) {
      if (N > 20_000 && tol === 1e-6) continue;
      const r = await timed(() => calibrate(sim.data, { model, tol }));
      const ref = N === 20_000 ? MIRT[model as "2pl" | "grm" | "gpcm"] : null;
      row([
        `calibrate ${model} N=${N}×40 tol=${tol.toExponential(0)}`,
        fmt(r.wall),
        fmt(r.cpu),
        r.value.iterations,
        ref === null ? "-" : ref,
        ref === null ? "-" : fmt(r.wall / ref),
      ]);
    }
    {
      const r = await timed(() => calibrateParallel(sim.data, { model, tol: 1e-4, workers: 2 }));
      const ref = N === 20_000 ? MIRT[model as "2pl" | "grm" | "gpcm"] : null;
      row([
        `calibrate ${model} N=${N}×40 tol=1e-4 2 workers`,
        fmt(r.wall),
        "-",
        r.value.iterations,
        ref === null ? "-" : ref,
        ref === null ? "-" : fmt(r.wall / ref),
      ]);
    }
    if (N === 20_000 && model !== "gpcm") {
      const fit = calibrate(sim.data, { model, tol: 1e-4 });
      for (const method of ["eap", "map"] as const) {
        const one = await timed(() => scorePersons(fit.items, sim.data, { method }));
        row([
          `score ${method} ${model} N=${N} 1 thread`,
          fmt(one.wall),
          fmt(one.cpu),
          `${Math.round(N / one.wall)}/s`,
          MIRT[method],
          fmt(one.wall / MIRT[method]),
        ]);
        const two = await timed(() => pool.score(fit.items, sim.data, { method }));
        row([
          `score ${method} ${model} N=${N} 2 workers`,
          fmt(two.wall),
          "-",
          `${Math.round(N / two.wall)}/s`,
          MIRT[method],
          fmt(two.wall / MIRT[method]),
        ]);
      }
    }
  }
}
await pool.close();
const rss = process.resourceUsage().maxRSS / 1024;
console.log(
  `\npeak RSS of this process: ${rss.toFixed(0)} MiB${quick ? "" : " (includes the N = 100,000 × 40 runs)"}`,
);
