/**
 * Thurstonian IRT benchmark (issue 3): calibration wall time for 12 traits ×
 * 36 mixed-keyed triplets at N = 5,000 (target < 60 s), MAP/EAP scoring
 * throughput (target ≥ 5,000 persons/s), and 3 traits × 12 triplets at
 * N = 2,000 next to lavaan (thurstonianIRT's lavaan back end took 247 s on
 * this machine per issue 3; lavaan itself is timed here when Rscript +
 * lavaan are installed, with the same model syntax and estimator).
 *
 *   npx tsx bench/irt-tirt.ts [--no-lavaan]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bootstrapTirtStandardErrors } from "../packages/irt/src/tirt/bootstrap.ts";
import { calibrateTirtModel } from "../packages/irt/src/tirt/calibrate.ts";
import { lavaanSyntax } from "../packages/irt/src/tirt/lavaan.ts";
import { generateTirtParams } from "../packages/irt/src/tirt/params.ts";
import { MISSING } from "../packages/irt/src/tirt/responses.ts";
import { scoreEap, scoreMap } from "../packages/irt/src/tirt/score.ts";
import { simulateTirt } from "../packages/irt/src/tirt/simulate.ts";
import { traitCorrelations, tripletDesign } from "../packages/irt/test/fixtures/tirt/designs.ts";

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function bigDesign() {
  const design = tripletDesign(12, 36, "mixed");
  const truth = generateTirtParams(design, { seed: 2026, traitCorrelations: traitCorrelations(12) });
  const N = 5000;
  const sim = simulateTirt(truth, { persons: N, seed: 2027 });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const fit = calibrateTirtModel(design, sim.outcomes, N);
  const calMs = performance.now() - t0;
  const calCpu = process.cpuUsage(cpu0).user / 1000;
  const e = fit.params.estimation;
  console.log(
    `12 traits × 36 triplets, N=${N}: calibration ${seconds(calMs)} s wall, ${seconds(calCpu)} CPU-s (target < 60 s); ${e?.iterations} L-BFGS iterations, converged=${e?.converged} (${e?.message}), SRMR ${e?.srmr.toFixed(4)}, df ${e?.df}`,
  );
  const throughput = (label: string, persons: number, run: () => void) => {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    run();
    const wall = (performance.now() - w0) / 1000;
    const cpu = process.cpuUsage(c0).user / 1e6;
    console.log(
      `  ${label}: ${Math.round(persons / wall)} persons/s wall, ${Math.round(persons / cpu)} persons per CPU-second (single thread; the two differ when other processes share the cores)`,
    );
  };
  throughput("MAP scoring (target ≥ 5,000/s)", N, () => scoreMap(fit.model, sim.outcomes, N));
  const bc0 = process.cpuUsage();
  const bw0 = performance.now();
  const boot = bootstrapTirtStandardErrors(design, sim.outcomes, N, fit, { replicates: 10, seed: 1 });
  console.log(
    `  bootstrap item-parameter SEs, 10 replicates: ${seconds(performance.now() - bw0)} s wall, ${seconds(process.cpuUsage(bc0).user / 1000)} CPU-s (${boot.converged}/10 converged)`,
  );
  const nEap = 2000;
  throughput("EAP scoring, 200 importance draws", nEap, () =>
    scoreEap(fit.model, sim.outcomes.subarray(0, nEap * fit.model.layout.pairs.length), nEap),
  );
}

function smallDesign(withLavaan: boolean) {
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
  const t0 = performance.now();
  const fit = calibrateTirtModel(design, sim.outcomes, N);
  const ms = performance.now() - t0;
  console.log(
    `3 traits × 12 triplets, N=${N}: nurani ${seconds(ms)} s (converged=${fit.params.estimation?.converged}); thurstonianIRT/lavaan per issue 3: 247 s`,
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
    console.log(
      `  lavaan ULSMV (same model, same data, measured now): fit ${Number(elapsed).toFixed(2)} s, ${seconds(wall)} s with R start-up; converged=${converged}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Thurstonian IRT benchmark — node ${process.version}, ${new Date().toISOString()}`);
bigDesign();
smallDesign(!process.argv.includes("--no-lavaan"));
