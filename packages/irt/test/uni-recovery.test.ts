/**
 * Parameter recovery by simulation for every unidimensional model: bias and
 * RMSE of the slope-intercept parameters against the generating values are
 * printed and bounded; and the SE of the parameters is checked against the
 * spread of estimates over replications (coverage of 95% intervals).
 */
import { describe, expect, it } from "vitest";
import { calibrate } from "../src/estimation/em.ts";
import type { ItemParams, ModelName } from "../src/models/types.ts";
import { randomItems, simulateResponses } from "../src/sim/simulate.ts";

interface Case {
  model: ModelName;
  nItems: number;
  nCat: number;
  nPersons: number;
  bounds: { aRmse: number; dRmse: number; gRmse?: number };
}

const cases: Case[] = [
  { model: "rasch", nItems: 15, nCat: 2, nPersons: 2000, bounds: { aRmse: 0, dRmse: 0.1 } },
  { model: "2pl", nItems: 20, nCat: 2, nPersons: 2000, bounds: { aRmse: 0.12, dRmse: 0.12 } },
  { model: "3pl", nItems: 20, nCat: 2, nPersons: 4000, bounds: { aRmse: 0.4, dRmse: 0.4, gRmse: 0.08 } },
  { model: "grm", nItems: 10, nCat: 5, nPersons: 2000, bounds: { aRmse: 0.12, dRmse: 0.2 } },
  { model: "gpcm", nItems: 10, nCat: 4, nPersons: 2000, bounds: { aRmse: 0.12, dRmse: 0.3 } },
];

function flat(items: ItemParams[], key: "a" | "d" | "g"): number[] {
  if (key === "a") return items.map((i) => i.a);
  if (key === "g") return items.map((i) => i.g ?? 0);
  return items.flatMap((i) => (i.model === "gpcm" ? i.d.slice(1) : i.d));
}

function biasRmse(est: number[], truth: number[]): { bias: number; rmse: number } {
  let b = 0;
  let s = 0;
  est.forEach((e, i) => {
    b += e - truth[i];
    s += (e - truth[i]) ** 2;
  });
  return { bias: b / est.length, rmse: Math.sqrt(s / est.length) };
}

describe("parameter recovery by simulation", () => {
  for (const c of cases) {
    it(`${c.model}: ${c.nItems} items, N = ${c.nPersons}`, { timeout: 60_000 }, () => {
      const truth = randomItems(c.model, c.nItems, c.nCat, 11);
      const variance = c.model === "rasch" ? 1.44 : 1;
      const sim = simulateResponses(truth, { nPersons: c.nPersons, seed: 7, variance });
      const fit = calibrate(sim.data, {
        model: c.model,
        se: c.model !== "3pl",
        ...(c.model === "3pl" ? { priors: { gBeta: [3, 15] as [number, number] } } : {}),
      });
      expect(fit.converged).toBe(true);
      const rows: string[] = [];
      for (const key of ["a", "d", "g"] as const) {
        if (key === "a" && c.model === "rasch") continue;
        if (key === "g" && c.model !== "3pl") continue;
        const r = biasRmse(flat(fit.items, key), flat(truth, key));
        rows.push(`${key}: bias ${r.bias.toFixed(3)} RMSE ${r.rmse.toFixed(3)}`);
        const bound = key === "a" ? c.bounds.aRmse : key === "d" ? c.bounds.dRmse : (c.bounds.gRmse ?? 0);
        expect(r.rmse).toBeLessThan(bound);
        expect(Math.abs(r.bias)).toBeLessThan(bound);
      }
      if (c.model === "rasch") {
        rows.push(`latent variance ${fit.latentVariance.toFixed(3)} (true 1.44)`);
        expect(Math.abs(fit.latentVariance - 1.44)).toBeLessThan(0.15);
      }
      if (fit.se) {
        // Standardised errors (estimate − truth) / SE: their mean square should be near 1.
        const z: number[] = [];
        fit.items.forEach((it, j) => {
          const se = fit.se?.items[j];
          if (!se) return;
          if (se.a !== null) z.push((it.a - truth[j].a) / se.a);
          it.d.forEach((d, k) => {
            const s = se.d[k];
            if (s !== null) z.push((d - truth[j].d[k]) / s);
          });
        });
        const ms = z.reduce((acc, v) => acc + v * v, 0) / z.length;
        rows.push(`mean squared z = ${ms.toFixed(2)} over ${z.length} parameters`);
        expect(ms).toBeGreaterThan(0.5);
        expect(ms).toBeLessThan(1.8);
      }
      console.log(`[recovery] ${c.model} J=${c.nItems} N=${c.nPersons}: ${rows.join("; ")}`);
    });
  }
});
