import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readResponseCsv } from "../src/cli/csv.ts";
import { calibrate } from "../src/estimation/em.ts";
import {
  drawLatent,
  eapScoresMirt,
  fitMirt,
  MirtError,
  type MirtParams,
  type MirtSpec,
  mapScoresMirt,
  simulateMirt,
  standardizedLoadings,
} from "../src/mirt/index.ts";
import { createRng } from "../src/util/random.ts";
import { pearson } from "../src/util/stats.ts";

const fixture = (name: string) => new URL(`./fixtures/mirt/${name}`, import.meta.url);
const rmse = (x: readonly number[], y: readonly number[]) =>
  Math.sqrt(x.reduce((a, v, i) => a + (v - y[i]) ** 2, 0) / x.length);

describe("confirmatory MIRT with one dimension reproduces mirt", () => {
  for (const [name, model] of [
    ["lsat7", "2pl"],
    ["science_grm", "graded"],
  ] as const) {
    it(`${name}: item parameters, log-likelihood, EAP and MAP scores`, () => {
      const ref = JSON.parse(readFileSync(fixture(`${name}.mirt.json`), "utf8"));
      const rows = readFileSync(fixture(`${name}.csv`), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((r) => r.split(",").map(Number));
      const spec: MirtSpec = {
        dimensions: ["F1"],
        items: ref.items.map((it: { name: string }) => ({ name: it.name, model, loads: [0] })),
      };
      const fit = fitMirt(spec, rows, { tolerance: 1e-6 });
      expect(fit.converged).toBe(true);
      expect(Math.abs(fit.logLik - ref.logLik)).toBeLessThan(0.01);
      fit.items.forEach((it, j) => {
        expect(Math.abs(it.a[0] - ref.items[j].a)).toBeLessThan(0.001);
        const d = [ref.items[j].d].flat();
        it.d.forEach((v, k) => {
          expect(Math.abs(v - d[k])).toBeLessThan(0.001);
        });
      });
      const eap = eapScoresMirt(fit, rows);
      const map = mapScoresMirt(fit, rows);
      rows.forEach((_, n) => {
        expect(Math.abs(eap.theta[n][0] - ref.eap[n])).toBeLessThan(0.001);
        expect(Math.abs(eap.se[n][0] - ref.eap_se[n])).toBeLessThan(0.001);
        expect(Math.abs(map.theta[n][0] - ref.map[n])).toBeLessThan(0.001);
        expect(Math.abs(map.se[n][0] - ref.map_se[n])).toBeLessThan(0.001);
      });
      // Cross-product SEs agree with the core's observed-information (Oakes) SEs.
      if (name === "lsat7") {
        const core = calibrate(readResponseCsv(readFileSync(fixture(`${name}.csv`), "utf8")).data, {
          model: "2pl",
          se: true,
        });
        fit.se?.items.forEach((s, j) => {
          expect(s.a[0] / (core.se?.items[j].a as number)).toBeCloseTo(1, 1);
          expect(s.d[0] / (core.se?.items[j].d[0] as number)).toBeCloseTo(1, 1);
        });
      }
      // Invariant to the order of the rows.
      const reversed = fitMirt(spec, [...rows].reverse(), { tolerance: 1e-6 });
      expect(Math.abs(reversed.logLik - fit.logLik)).toBeLessThan(1e-6);
      reversed.items.forEach((it, j) => {
        expect(Math.abs(it.a[0] - fit.items[j].a[0])).toBeLessThan(1e-6);
      });
    }, 60_000);
  }
});

describe("confirmatory MIRT: recovery by simulation (3 correlated factors)", () => {
  // 24 items, 8 per factor, two of them cross-loading; items 15–23 graded
  // with 4 categories, the rest 2PL. N = 1,500, 11 points per dimension.
  const rng = createRng(3);
  const R = [
    [1, 0.4, 0.3],
    [0.4, 1, 0.55],
    [0.3, 0.55, 1],
  ];
  const items: MirtParams["items"] = [];
  for (let j = 0; j < 24; j++) {
    const dim = j % 3;
    const a = [0, 0, 0];
    a[dim] = 0.9 + 0.9 * rng.uniform();
    if (j === 3 || j === 10) a[(dim + 1) % 3] = 0.6;
    const graded = j >= 15;
    const b = -1.2 + 2.4 * rng.uniform();
    items.push({
      name: `I${j + 1}`,
      model: graded ? "graded" : "2pl",
      a,
      d: graded ? [1.6 + b, 0.2 + b, -1.4 + b] : [b],
    });
  }
  const truth: MirtParams = { model: "mirt-cfa", dimensions: ["F1", "F2", "F3"], items, correlations: R };
  const N = 1500;
  const theta = drawLatent(R, N, rng);
  const responses: (number | null)[][] = simulateMirt(truth, theta, rng);
  // 5% of responses missing completely at random.
  for (const row of responses) for (let j = 0; j < row.length; j++) if (rng.uniform() < 0.05) row[j] = null;
  const spec: MirtSpec = {
    dimensions: truth.dimensions,
    items: items.map((it) => ({
      name: it.name,
      model: it.model,
      loads: it.a.flatMap((v, d) => (v ? [d] : [])),
    })),
  };
  const options = { pointsPerDimension: 11 };
  const fit = fitMirt(spec, responses, options);

  it("recovers slopes, intercepts and factor correlations", () => {
    expect(fit.converged).toBe(true);
    const est: number[] = [];
    const gen: number[] = [];
    const estD: number[] = [];
    const genD: number[] = [];
    fit.items.forEach((it, j) => {
      it.a.forEach((v, d) => {
        if (items[j].a[d] === 0) expect(v).toBe(0);
        else {
          est.push(v);
          gen.push(items[j].a[d]);
        }
      });
      estD.push(...it.d);
      genD.push(...items[j].d);
    });
    expect(rmse(est, gen)).toBeLessThan(0.15);
    expect(pearson(est, gen)).toBeGreaterThan(0.9);
    expect(rmse(estD, genD)).toBeLessThan(0.15);
    expect(pearson(estD, genD)).toBeGreaterThan(0.98);
    for (let d = 0; d < 3; d++)
      for (let e = 0; e < 3; e++) expect(Math.abs(fit.correlations[d][e] - R[d][e])).toBeLessThan(0.07);
    // Cross-product SEs match the actual estimation error.
    const se = fit.se;
    if (!se) throw new Error("standard errors expected");
    const zSlopes: number[] = [];
    fit.items.forEach((it, j) => {
      it.a.forEach((v, d) => {
        if (items[j].a[d] !== 0) zSlopes.push((v - items[j].a[d]) / se.items[j].a[d]);
      });
    });
    const rmsZ = Math.sqrt(zSlopes.reduce((a, z) => a + z * z, 0) / zSlopes.length);
    expect(rmsZ).toBeGreaterThan(0.6);
    expect(rmsZ).toBeLessThan(1.5);
    for (let d = 0; d < 3; d++)
      for (let e = 0; e < 3; e++)
        if (d !== e) {
          expect(se.correlations[d][e]).toBeGreaterThan(0.01);
          expect(Math.abs(fit.correlations[d][e] - R[d][e]) / se.correlations[d][e]).toBeLessThan(3);
        }
    const lambda = standardizedLoadings(fit.items[0], fit.correlations);
    expect(lambda[0]).toBeGreaterThan(0.3);
    expect(lambda[0]).toBeLessThan(1);
  });

  it("scores by EAP and MAP with standard errors that match the actual error", () => {
    const eap = eapScoresMirt(fit, responses, options);
    const map = mapScoresMirt(fit, responses);
    for (let d = 0; d < 3; d++) {
      const truthD = theta.map((t) => t[d]);
      const eapD = eap.theta.map((t) => t[d]);
      expect(pearson(eapD, truthD)).toBeGreaterThan(0.83);
      expect(
        pearson(
          map.theta.map((t) => t[d]),
          eapD,
        ),
      ).toBeGreaterThan(0.99);
      const meanSe = Math.sqrt(eap.se.reduce((a, s) => a + s[d] * s[d], 0) / N);
      expect(rmse(eapD, truthD) / meanSe).toBeGreaterThan(0.9);
      expect(rmse(eapD, truthD) / meanSe).toBeLessThan(1.1);
    }
    for (const c of eap.cov) expect(c[0][1]).toBeCloseTo(c[1][0], 12);
  });
});

describe("confirmatory MIRT: bad input", () => {
  const spec: MirtSpec = {
    dimensions: ["F1", "F2"],
    items: [
      { name: "a", model: "2pl", loads: [0] },
      { name: "b", model: "2pl", loads: [1] },
    ],
  };
  it("refuses a single-category item, an empty row and an unused dimension, in Bahasa Indonesia first", () => {
    expect(() =>
      fitMirt(spec, [
        [0, 1],
        [0, 0],
      ]),
    ).toThrow(/hanya punya satu kategori/);
    expect(() =>
      fitMirt(spec, [
        [0, 1],
        [null, null],
        [1, 0],
      ]),
    ).toThrow(/Baris 2 tidak punya jawaban/);
    expect(() =>
      fitMirt({ ...spec, dimensions: ["F1", "F2", "F3"] }, [
        [0, 1],
        [1, 0],
      ]),
    ).toThrow(MirtError);
    expect(() =>
      fitMirt(spec, [
        [0, 2],
        [1, 0],
        [1, 1],
      ]),
    ).toThrow(/kategori 1|2PL/);
  });
});
