/**
 * Thurstonian IRT benchmark (docs/irt/thurstonian.md "Benchmark"): calibration wall time for 12 traits ×
 * 36 mixed-keyed triplets at N = 5,000 (target < 60 s), MAP/EAP scoring
 * throughput (target ≥ 5,000 persons/s), and 3 traits × 12 triplets at
 * N = 2,000 next to lavaan (thurstonianIRT's lavaan back end took 247 s on
 * this machine, docs/irt/thurstonian.md "Benchmark"; lavaan itself is timed here when Rscript +
 * lavaan are installed, with the same model syntax and estimator).
 *
 *   npx tsx bench/irt-tirt.ts [--no-lavaan]
 *
 * Prints one table: wall and CPU seconds (CPU of the whole process, worker
 * threads included), throughput, the reference figure and the ratio
 * ours/reference (time rows: < 1 is faster than the target or lavaan;
 * throughput rows: the target divided by ours, < 1 meets it). The machine may
 * be shared: the load average is printed first.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bootstrapTirtStandardErrors } from "../packages/irt/src/tirt/bootstrap.ts";
import { calibrateTirtModel } from "../packages/irt/src/tirt/calibrate.ts";
import { lavaanSyntax } from "../packages/irt/src/tirt/lavaan.ts";
import { createTirtScoringPool } from "../packages/irt/src/tirt/parallel.ts";
import { generateTirtParams } from "../packages/irt/src/tirt/params.ts";
import { MISSING } from "../packages/irt/src/tirt/responses.ts";
import { scoreEap, scoreMap } from "../packages/irt/src/tirt/score.ts";
import { simulateTirt } from "../packages/irt/src/tirt/simulate.ts";
import { traitCorrelations, tripletDesign } from "../packages/irt/test/fixtures/tirt/designs.ts";

/** Time of f: wall and CPU (process-wide, so worker threads count) in seconds. */
async function timed<T>(f: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const value = await f();
  const c = process.cpuUsage(c0);
  return { value, wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

function row(cells: (string | number)[]): void {
  console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 52 : 13)).join(""));
}

const f2 = (x: number) => x.toFixed(2);

/** A timed case against a reference time in seconds (ratio = ours / reference). */
function timeRow(label: string, r: { wall: number; cpu: number }, note: string, ref: number | null) {
  row([label, f2(r.wall), f2(r.cpu), note, ref ?? "-", ref === null ? "-" : f2(r.wall / ref)]);
}

/** A throughput case against the 5,000 persons/s target (ratio = target / ours). */
function rateRow(label: string, persons: number, r: { wall: number; cpu: number }) {
  const rate = persons / r.wall;
  row([label, f2(r.wall), f2(r.cpu), `${Math.round(rate)}/s`, "5000/s", f2(5000 / rate)]);
}

async function bigDesign() {
  const design = tripletDesign(12, 36, "mixed");
  const truth = generateTirtParams(design, { seed: 2026, traitCorrelations: traitCorrelations(12) });
  const N = 5000;
  const sim = simulateTirt(truth, { persons: N, seed: 2027 });
  const cal = await timed(() => calibrateTirtModel(design, sim.outcomes, N));
  const fit = cal.value;
  const e = fit.params.estimation;
  timeRow(`calibrate 12×36 N=${N} (target < 60 s)`, cal, `${e?.iterations} it`, 60);
  console.log(`  (converged=${e?.converged} — ${e?.message}; SRMR ${e?.srmr.toFixed(4)}, df ${e?.df})`);
  rateRow(`MAP score 12×36 N=${N} 1 thread`, N, await timed(() => scoreMap(fit.model, sim.outcomes, N)));
  const poolStart = await timed(() => createTirtScoringPool(2));
  const pool = poolStart.value;
  timeRow("  start a pool of 2 scoring workers (once)", poolStart, "-", null);
  try {
    for (let k = 0; k < 2; k++)
      rateRow(
        `MAP score 12×36 N=${N} 2 workers (run ${k + 1})`,
        N,
        await timed(() => pool.scoreMap(fit.model, sim.outcomes, N)),
      );
  } finally {
    await pool.close();
  }
  const boot = await timed(() =>
    bootstrapTirtStandardErrors(design, sim.outcomes, N, fit, { replicates: 10, seed: 1 }),
  );
  timeRow("bootstrap item SEs 12×36, 10 replicates", boot, `${boot.value.converged}/10 conv`, null);
  const nEap = 2000;
  rateRow(
    `EAP score 12×36 N=${nEap}, 200 draws, 1 thread`,
    nEap,
    await timed(() =>
      scoreEap(fit.model, sim.outcomes.subarray(0, nEap * fit.model.layout.pairs.length), nEap),
    ),
  );
}

async function smallDesign(withLavaan: boolean) {
  const design = tripletDesign(3, 12, "mixed");
  const truth = generateTirtParams(design, {
    seed: 2028,
    traitCorrelations: [
      [1, 0.3, -0.2],
      [0.3, 1, 0.4],
      [-0.2, 0.4, 1],
    ],
  });
  const N = 2000;
  const sim = simulateTirt(truth, { persons: N, seed: 2029 });
  const cal = await timed(() => calibrateTirtModel(design, sim.outcomes, N));
  timeRow(
    `calibrate 3×12 N=${N} vs thurstonianIRT`,
    cal,
    `conv=${cal.value.params.estimation?.converged}`,
    247,
  );
  if (!withLavaan) return;
  const probe = spawnSync("Rscript", ["-e", "suppressMessages(library(lavaan))"], { encoding: "utf8" });
  if (probe.status !== 0) {
    console.log("  lavaan: SKIPPED (Rscript with lavaan not found)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "bench-tirt-"));
  try {
    const P = truth.layout.pairs.length;
    const rows = [Array.from({ length: P }, (_, j) => `y${j + 1}`).join(",")];
    for (let p = 0; p < N; p++)
      rows.push(
        Array.from(sim.outcomes.subarray(p * P, (p + 1) * P), (v) => (v === MISSING ? "NA" : v)).join(","),
      );
    writeFileSync(join(dir, "data.csv"), `${rows.join("\n")}\n`);
    writeFileSync(join(dir, "model.lav"), lavaanSyntax(truth.layout));
    writeFileSync(
      join(dir, "fit.R"),
      `suppressMessages(library(lavaan))
d <- read.csv("${join(dir, "data.csv")}")
m <- paste(readLines("${join(dir, "model.lav")}"), collapse = "\\n")
t <- system.time(fit <- lavaan(m, data = d, ordered = names(d), estimator = "ULSMV", parameterization = "theta",
                               auto.th = TRUE, auto.fix.first = FALSE))
cat(t[["elapsed"]], lavInspect(fit, "converged"), "\\n")
`,
    );
    const t1 = performance.now();
    const run = spawnSync("Rscript", [join(dir, "fit.R")], { encoding: "utf8", timeout: 900_000 });
    const wall = performance.now() - t1;
    if (run.status !== 0) {
      console.log(`  lavaan failed: ${run.stderr.slice(0, 500)}`);
      return;
    }
    const [elapsed, converged] = run.stdout.trim().split(/\s+/);
    row([
      "  lavaan ULSMV, same model and data (fit only)",
      f2(Number(elapsed)),
      "-",
      `conv=${converged}`,
      "-",
      `ours ${(cal.wall / Number(elapsed)).toFixed(4)}`,
    ]);
    console.log(`  (lavaan with R start-up: ${f2(wall / 1000)} s wall)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `# Thurstonian IRT benchmark — node ${process.version}, ${new Date().toISOString()}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
row(["case", "wall s", "cpu s", "iter/rate", "reference", "ratio"]);
await bigDesign();
await smallDesign(!process.argv.includes("--no-lavaan"));
