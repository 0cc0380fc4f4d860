/**
 * Cross-check against R's lavaan (Debian r-cran-lavaan): the Brown &
 * Maydeu-Olivares model written in lavaan syntax (src/tirt/lavaan.ts) is
 * fitted by `lavaan(..., ordered, parameterization = "theta", estimator =
 * "ULSMV")` — the estimator of thurstonianIRT's lavaan back end — and its
 * loadings, uniquenesses, thresholds and trait correlations are compared with
 * this engine's on the same data (3 traits × 6 triplets, N = 1,000).
 *
 * Tolerance: both minimise the same ULS discrepancy over the same two-stage
 * tetrachoric correlations (thresholds from the margins, correlations by ML
 * with thresholds fixed), so the estimates differ only by optimiser stopping
 * and quadrature details: 0.01 absolute on correlations and 1% (+0.01) on
 * loadings, uniquenesses and thresholds — far below their sampling error
 * (≈ 0.05–0.2 at this N). The redundancy-corrected df must equal lavaan's df
 * minus one per triplet.
 *
 * Runs when `Rscript` with lavaan is installed; prints SKIPPED otherwise.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calibrateTirtModel } from "../src/tirt/calibrate.ts";
import { lavaanSyntax } from "../src/tirt/lavaan.ts";
import { generateTirtParams } from "../src/tirt/params.ts";
import { MISSING } from "../src/tirt/responses.ts";
import { simulateTirt } from "../src/tirt/simulate.ts";
import { tripletDesign } from "./fixtures/tirt/designs.ts";

const probe = spawnSync(
  "Rscript",
  ["-e", "suppressMessages(library(lavaan)); cat(as.character(packageVersion('lavaan')))"],
  {
    encoding: "utf8",
  },
);
const lavaanVersion = probe.status === 0 ? probe.stdout.trim() : null;
if (!lavaanVersion)
  console.log(
    "SKIPPED tirt-lavaan: Rscript with the lavaan package not found (apt-get install r-cran-lavaan)",
  );

const R_SCRIPT = `
suppressMessages(library(lavaan))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(file.path(args[1], "data.csv"))
m <- paste(readLines(file.path(args[1], "model.lav")), collapse = "\\n")
fit <- lavaan(m, data = d, ordered = names(d), estimator = "ULSMV", parameterization = "theta",
              auto.th = TRUE, auto.fix.first = FALSE, missing = "pairwise")
pe <- parameterEstimates(fit)
write.csv(pe[, c("lhs", "op", "rhs", "label", "est")], file.path(args[1], "est.csv"), row.names = FALSE)
cat(lavInspect(fit, "converged"), fitMeasures(fit, "df"), "\\n")
`;

interface LavaanFit {
  converged: boolean;
  df: number;
  lambda: Map<number, number>;
  psi2: Map<number, number>;
  thresholds: Map<number, number>;
  correlations: Map<string, number>;
}

function fitLavaan(dir: string): LavaanFit {
  writeFileSync(join(dir, "fit.R"), R_SCRIPT);
  const run = spawnSync("Rscript", [join(dir, "fit.R"), dir], { encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`lavaan failed: ${run.stderr}`);
  const [conv, df] = run.stdout.trim().split(/\s+/);
  const out: LavaanFit = {
    converged: conv === "TRUE",
    df: Number(df),
    lambda: new Map(),
    psi2: new Map(),
    thresholds: new Map(),
    correlations: new Map(),
  };
  const lines = readFileSync(join(dir, "est.csv"), "utf8").trim().split("\n").slice(1);
  for (const line of lines) {
    const [lhs, op, rhs, label, est] = line.split(",").map((c) => c.replaceAll('"', ""));
    const v = Number(est);
    if (op === "=~") out.lambda.set(Number(label.slice(1)) - 1, label[0] === "L" ? v : -v);
    else if (op === "~~" && /^[PM]\d+$/.test(label))
      out.psi2.set(Number(label.slice(1)) - 1, label[0] === "P" ? v : -v);
    else if (op === "|") out.thresholds.set(Number(lhs.slice(1)) - 1, v);
    else if (op === "~~" && lhs.startsWith("F") && lhs !== rhs) out.correlations.set(`${lhs}-${rhs}`, v);
  }
  return out;
}

const near = (a: number, b: number, rel: number, abs: number) => Math.abs(a - b) <= abs + rel * Math.abs(b);

describe.runIf(lavaanVersion !== null)(`cross-check with R lavaan ${lavaanVersion ?? ""}`, () => {
  for (const scenario of [
    { name: "complete rankings", skipRate: 0, seed: 31 },
    { name: "10% skipped blocks (pairwise deletion)", skipRate: 0.1, seed: 32 },
  ]) {
    it(`matches lavaan ULSMV estimates, 3 traits × 6 triplets, N = 1,000, ${scenario.name}`, () => {
      const design = tripletDesign(3, 6, "mixed");
      const truth = generateTirtParams(design, {
        seed: scenario.seed,
        loadingRange: [0.6, 0.8],
        traitCorrelations: [
          [1, 0.3, -0.2],
          [0.3, 1, 0.4],
          [-0.2, 0.4, 1],
        ],
      });
      const N = 1000;
      const sim = simulateTirt(truth, { persons: N, seed: scenario.seed + 100, skipRate: scenario.skipRate });
      const P = truth.layout.pairs.length;
      const dir = mkdtempSync(join(tmpdir(), "tirt-lavaan-"));
      try {
        const rows = [Array.from({ length: P }, (_, j) => `y${j + 1}`).join(",")];
        for (let p = 0; p < N; p++)
          rows.push(
            Array.from(sim.outcomes.subarray(p * P, (p + 1) * P), (v) => (v === MISSING ? "NA" : v)).join(
              ",",
            ),
          );
        writeFileSync(join(dir, "data.csv"), `${rows.join("\n")}\n`);
        writeFileSync(join(dir, "model.lav"), lavaanSyntax(truth.layout));
        const t0 = performance.now();
        const lav = fitLavaan(dir);
        const lavMs = performance.now() - t0;
        const t1 = performance.now();
        const mine = calibrateTirtModel(design, sim.outcomes, N);
        const myMs = performance.now() - t1;
        const est = mine.params.estimation;
        expect(est?.converged).toBe(true);
        // Heywood cases are resolved differently (lavaan lets ψ² go negative): the scenarios have none.
        expect(est?.heywood).toEqual([]);
        expect(lav.converged).toBe(true);
        expect(est?.df).toBe(lav.df - design.blocks.length);

        // Each trait is identified up to reflection; align lavaan's solution to ours.
        const T = 3;
        const sign = new Array<number>(T).fill(0);
        mine.model.lambda.forEach((l, i) => {
          sign[truth.layout.statementTrait[i]] += l * (lav.lambda.get(i) ?? 0);
        });
        const s = sign.map(Math.sign);
        let maxDiff = 0;
        mine.model.lambda.forEach((l, i) => {
          const other = s[truth.layout.statementTrait[i]] * (lav.lambda.get(i) as number);
          maxDiff = Math.max(maxDiff, Math.abs(l - other));
          expect(near(l, other, 0.01, 0.01), `λ of statement ${i + 1}: ${l} vs lavaan ${other}`).toBe(true);
        });
        mine.model.psi2.forEach((v, i) => {
          const other = lav.psi2.get(i) as number;
          expect(near(v, other, 0.01, 0.01), `ψ² of statement ${i + 1}: ${v} vs lavaan ${other}`).toBe(true);
        });
        mine.model.gamma.forEach((g, j) => {
          const other = lav.thresholds.get(j) as number;
          expect(near(g, other, 0.01, 0.01), `γ of pair ${j + 1}: ${g} vs lavaan ${other}`).toBe(true);
        });
        for (let a = 0; a < T; a++)
          for (let b = a + 1; b < T; b++) {
            const other = s[a] * s[b] * (lav.correlations.get(`F${a + 1}-F${b + 1}`) as number);
            expect(Math.abs(mine.model.phi[a * T + b] - other)).toBeLessThan(0.01);
          }
        console.log(
          `lavaan ${lavaanVersion} vs nurani (${scenario.name}): max |Δλ| ${maxDiff.toExponential(1)}; lavaan ${(lavMs / 1000).toFixed(1)} s (incl. R start), nurani ${(myMs / 1000).toFixed(2)} s`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
  }
});
