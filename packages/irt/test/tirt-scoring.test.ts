/**
 * Scoring, diagnostics and adaptive testing under the Thurstonian IRT model,
 * checked in simulation with known parameters and, for EAP, against a
 * brute-force grid integration of the posterior.
 */
import { describe, expect, it } from "vitest";
import { createExposureCounts, TirtCat } from "../src/tirt/cat.ts";
import type { TirtDesign } from "../src/tirt/design.ts";
import { personFitNull, simulateFormReliability, testInformation } from "../src/tirt/diagnostics.ts";
import { generateTirtParams, paramsFromModel } from "../src/tirt/params.ts";
import { outcomesToRanking } from "../src/tirt/responses.ts";
import {
  logPosterior,
  mapOne,
  mapWorkspace,
  type PairCoefficients,
  pairCoefficients,
  personFit,
  scoreEap,
  scoreMap,
} from "../src/tirt/score.ts";
import { simulateTirt } from "../src/tirt/simulate.ts";
import { createRng } from "../src/util/random.ts";
import { column, correlation, traitCorrelations, tripletDesign } from "./fixtures/tirt/designs.ts";

const phi3 = [
  [1, 0.3, -0.2],
  [0.3, 1, 0.4],
  [-0.2, 0.4, 1],
];

describe("MAP and EAP scoring", () => {
  it("reports a row whose negative Hessian cannot be factored as not converged, with no covariance left over from the row before", () => {
    // Two traits, no observed pair: the MAP is the prior mode 0, the negative Hessian the prior precision.
    const coefficients = (phiInv: number[]): PairCoefficients => ({
      ta: new Int32Array(0),
      tb: new Int32Array(0),
      ca: new Float64Array(0),
      cb: new Float64Array(0),
      g: new Float64Array(0),
      phiInv: Float64Array.from(phiInv),
      T: 2,
      P: 0,
    });
    const ws = mapWorkspace(2);
    const none = new Int8Array(0);
    expect(mapOne(coefficients([2, 0, 0, 4]), none, 0, ws)).toBe(true);
    [0.5, 0, 0, 0.25].forEach((v, e) => {
      expect(ws.cov[e]).toBeCloseTo(v, 15);
    });
    // A precision that is not positive definite (eigenvalues −2, 4), scored with the same workspace.
    expect(mapOne(coefficients([1, 3, 3, 1]), none, 0, ws)).toBe(false);
    expect(Array.from(ws.cov).every(Number.isNaN)).toBe(true);
  });

  it("EAP by importance sampling equals the posterior mean and SD from a 2-D grid", () => {
    const design: TirtDesign = {
      traits: ["A", "B"],
      blocks: Array.from({ length: 6 }, (_, b) => ({
        id: `b${b}`,
        statements: (b % 2 === 0 ? ["A", "B", "A"] : ["B", "A"]).map((t, k) => ({
          id: `s${b}_${k}`,
          trait: t,
          keyed: (k === 2 || (b === 1 && k === 1) ? -1 : 1) as 1 | -1,
        })),
      })),
    };
    const truth = generateTirtParams(design, {
      seed: 1,
      traitCorrelations: [
        [1, 0.5],
        [0.5, 1],
      ],
    });
    const sim = simulateTirt(truth, { persons: 8, seed: 2, format: "mostLeast" });
    const eap = scoreEap(truth, sim.outcomes, 8, { draws: 4000, seed: 3 });
    const c = pairCoefficients(truth);
    const eta = new Float64Array(2);
    for (let p = 0; p < 8; p++) {
      let w = 0;
      const m = [0, 0];
      const s = [0, 0];
      const logs: number[] = [];
      const grid = Array.from({ length: 241 }, (_, i) => -6 + i * 0.05);
      for (const x of grid)
        for (const y of grid) {
          eta[0] = x;
          eta[1] = y;
          logs.push(logPosterior(c, sim.outcomes, p * c.P, eta));
        }
      const max = Math.max(...logs);
      let q = 0;
      for (const x of grid)
        for (const y of grid) {
          const v = Math.exp(logs[q++] - max);
          w += v;
          m[0] += v * x;
          m[1] += v * y;
          s[0] += v * x * x;
          s[1] += v * y * y;
        }
      for (let a = 0; a < 2; a++) {
        const mean = m[a] / w;
        const sd = Math.sqrt(s[a] / w - mean * mean);
        expect(Math.abs(eap.theta[p * 2 + a] - mean)).toBeLessThan(0.02);
        expect(Math.abs(eap.se[p * 2 + a] - sd)).toBeLessThan(0.02);
      }
    }
  });

  it("gives calibrated Laplace standard errors and plausible values that keep the trait correlations", () => {
    const design = tripletDesign(12, 36, "mixed");
    const truth = generateTirtParams(design, { seed: 4, traitCorrelations: traitCorrelations(12) });
    const N = 1000;
    const T = 12;
    const sim = simulateTirt(truth, { persons: N, seed: 5 });
    const map = scoreMap(truth, sim.outcomes, N);
    const eap = scoreEap(truth, sim.outcomes, N, { seed: 6, plausibleValues: 1 });
    expect(map.converged.every((v) => v === 1)).toBe(true);
    let covered = 0;
    for (let i = 0; i < N * T; i++) if (Math.abs(map.theta[i] - sim.eta[i]) <= 1.96 * map.se[i]) covered++;
    const coverage = covered / (N * T);
    const pv = eap.plausible as Float64Array;
    // Mean absolute error of the 66 inter-trait correlations, from one plausible value and from MAP scores.
    let pvCorrError = 0;
    let mapCorrError = 0;
    for (let a = 0; a < T; a++) {
      expect(correlation(column(map.theta, T, a), column(eap.theta, T, a))).toBeGreaterThan(0.99);
      for (let b = a + 1; b < T; b++) {
        const truthAb = truth.phi[a * T + b];
        pvCorrError += Math.abs(correlation(column(pv, T, a), column(pv, T, b)) - truthAb) / 66;
        mapCorrError +=
          Math.abs(correlation(column(map.theta, T, a), column(map.theta, T, b)) - truthAb) / 66;
      }
    }
    const pvVar = column(pv, T, 0).reduce((s, v) => s + v * v, 0) / N;
    console.log(
      `12×36 true parameters, N=${N}: 95% interval coverage ${coverage.toFixed(3)}; mean |r(PV) − Φ| ${pvCorrError.toFixed(3)} vs mean |r(MAP) − Φ| ${mapCorrError.toFixed(3)}; var(PV₁) ${pvVar.toFixed(3)}`,
    );
    expect(coverage).toBeGreaterThan(0.92);
    expect(coverage).toBeLessThan(0.975);
    expect(pvCorrError).toBeLessThan(0.04);
    expect(pvCorrError).toBeLessThan(mapCorrError);
    expect(pvVar).toBeGreaterThan(0.85);
    expect(pvVar).toBeLessThan(1.15);
  }, 60_000);
});

describe("diagnostics", () => {
  const design = tripletDesign(3, 12, "mixed");
  const truth = generateTirtParams(design, { seed: 7, traitCorrelations: phi3 });

  it("flags random responders with the simulated lz null distribution", () => {
    const nul = personFitNull(truth, { persons: 1000, seed: 8 });
    const N = 300;
    const fit = simulateTirt(truth, { persons: N, seed: 9 });
    // Random responders: every block ranked uniformly at random.
    const P = truth.layout.pairs.length;
    const random = new Int8Array(N * P);
    const rng = createRng(10);
    for (let i = 0; i < N * P; i += 3) {
      const u = [rng.uniform(), rng.uniform(), rng.uniform()];
      random[i] = u[0] > u[1] ? 1 : 0;
      random[i + 1] = u[0] > u[2] ? 1 : 0;
      random[i + 2] = u[1] > u[2] ? 1 : 0;
    }
    const flagged = (y: Int8Array) => {
      const lz = personFit(truth, y, N, scoreMap(truth, y, N).theta);
      return lz.filter((v) => v < nul.critical).length / N;
    };
    const falseAlarms = flagged(fit.outcomes);
    const hits = flagged(random);
    console.log(
      `lz null: 5% critical ${nul.critical.toFixed(2)}; flagged model-conforming ${falseAlarms}, random ${hits}`,
    );
    expect(falseAlarms).toBeLessThan(0.1);
    expect(hits).toBeGreaterThan(0.5);
  });

  it("reports form reliability and correlation distortion: mixed keying beats equal keying", () => {
    const mixed = simulateFormReliability(design, paramsFromModel(truth), { n: 1000, seed: 11 });
    const equalDesign = tripletDesign(3, 12, "equal");
    const equal = simulateFormReliability(
      equalDesign,
      generateTirtParams(equalDesign, { seed: 7, traitCorrelations: phi3 }),
      { n: 1000, seed: 11 },
    );
    console.log(
      `simulateFormReliability 3×12: mixed ${mixed.reliability.map((r) => r.toFixed(2))} (bias ${mixed.meanAbsCorrelationBias.toFixed(2)}), equal ${equal.reliability.map((r) => r.toFixed(2))} (bias ${equal.meanAbsCorrelationBias.toFixed(2)}, sign reversals ${equal.signReversals})`,
    );
    expect(mixed.traits).toEqual(["T1", "T2", "T3"]);
    for (const r of mixed.reliability) expect(r).toBeGreaterThan(0.75);
    for (let a = 0; a < 3; a++) expect(mixed.reliability[a]).toBeGreaterThan(equal.reliability[a] + 0.2);
    expect(equal.meanAbsCorrelationBias).toBeGreaterThan(mixed.meanAbsCorrelationBias + 0.2);
    expect(mixed.empiricalReliability.every((r) => Math.abs(r - mixed.reliability[0]) < 0.15)).toBe(true);
  });

  it("test information grows with the form and its SEs match the MAP SEs", () => {
    const short = generateTirtParams(
      { traits: design.traits, blocks: design.blocks.slice(0, 6) },
      { seed: 7 },
    );
    const full = generateTirtParams(design, { seed: 7 });
    const iFull = testInformation(full, [0, 0, 0]);
    const iShort = testInformation(short, [0, 0, 0]);
    for (let a = 0; a < 3; a++) {
      expect(iFull.information[a * 3 + a]).toBeGreaterThan(iShort.information[a * 3 + a]);
      expect(iFull.se[a]).toBeLessThan(iShort.se[a]);
    }
    const sim = simulateTirt(full, { persons: 2000, seed: 12 });
    const map = scoreMap(full, sim.outcomes, 2000);
    const rmsSe = Math.sqrt(column(map.se, 3, 0).reduce((s, v) => s + v * v, 0) / 2000);
    expect(Math.abs(rmsSe - iFull.se[0])).toBeLessThan(0.08);
  });
});

describe("forced-choice CAT", () => {
  const pool = tripletDesign(3, 30, "mixed");
  const truth = generateTirtParams(pool, { seed: 13, traitCorrelations: phi3 });
  const P = truth.layout.pairs.length;

  function run(
    select: "cat" | "random",
    persons: number,
    exposure = createExposureCounts(30),
    maxExposure = 1,
  ) {
    const sim = simulateTirt(truth, { persons, seed: 14 });
    const ses: number[] = [];
    for (let p = 0; p < persons; p++) {
      const row = sim.outcomes.subarray(p * P, (p + 1) * P);
      const cat = new TirtCat(truth, {
        maxBlocks: 10,
        seed: 100 + p,
        randomesque: select === "cat" ? 3 : 30,
        exposure,
        maxExposure,
      });
      for (let b = cat.next(); b !== null; b = cat.next())
        cat.answer(b, outcomesToRanking(truth.layout, b, row));
      const st = cat.state();
      expect(st.administered).toHaveLength(10);
      expect(st.reason).toBe("length");
      ses.push(...st.se);
    }
    return { meanSe: ses.reduce((a, b) => a + b, 0) / ses.length, exposure };
  }

  it("D-optimal selection reaches lower SEs than random blocks of the same length", () => {
    const cat = run("cat", 60);
    const random = run("random", 60);
    console.log(
      `CAT 10 of 30 blocks: mean SE D-optimal ${cat.meanSe.toFixed(3)}, random ${random.meanSe.toFixed(3)}`,
    );
    expect(cat.meanSe).toBeLessThan(random.meanSe - 0.01);
  });

  it("keeps block exposure under the cap and stops on the SE target", () => {
    const { exposure } = run("cat", 60, createExposureCounts(30), 0.5);
    expect(exposure.sessions).toBe(60);
    expect(Math.max(...exposure.counts) / exposure.sessions).toBeLessThanOrEqual(0.55);

    const sim = simulateTirt(truth, { persons: 1, seed: 16 });
    const cat = new TirtCat(truth, { maxBlocks: 30, seTarget: 0.55, minBlocks: 3, seed: 17 });
    for (let b = cat.next(); b !== null; b = cat.next())
      cat.answer(b, outcomesToRanking(truth.layout, b, sim.outcomes));
    const st = cat.state();
    expect(st.reason).toBe("se");
    expect(Math.max(...st.se)).toBeLessThanOrEqual(0.55);
    expect(st.administered.length).toBeLessThan(30);
  });

  it("refuses an answer to a block that was not presented", () => {
    const cat = new TirtCat(truth, { maxBlocks: 5, seed: 1 });
    const b = cat.next() as number;
    expect(() => cat.answer((b + 1) % 30, "0>1>2")).toThrow(/bukan blok yang sedang disajikan/);
  });
});
