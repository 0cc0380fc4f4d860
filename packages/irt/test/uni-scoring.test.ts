/** ML, WLE, plausible values, reliability and parallel scoring. */
import { describe, expect, it } from "vitest";
import type { ResponseData } from "../src/estimation/data.ts";
import type { ItemParams } from "../src/models/types.ts";
import { createScoringPool } from "../src/scoring/parallel.ts";
import { plausibleValues } from "../src/scoring/plausible.ts";
import { empiricalReliability } from "../src/scoring/reliability.ts";
import { scorePersons } from "../src/scoring/scores.ts";
import { randomItems, simulateResponses } from "../src/sim/simulate.ts";

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

/** Root of a decreasing function by plain bisection (independent of the library). */
function bisect(f: (t: number) => number, lo = -10, hi = 10): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const items2pl: ItemParams[] = [0.8, 1.2, 1.7, 0.6, 1.1, 2.0].map((a, j) => ({
  model: "2pl",
  a,
  d: [[-1, 0.5, 0.2, 1.5, -0.3, -1.2][j]],
}));

function one(x: number[]): ResponseData {
  return { nPersons: 1, nItems: x.length, x: Int16Array.from(x), itemNames: x.map((_, j) => `i${j}`) };
}

describe("person scoring", () => {
  it("ML solves Σ a_j (x_j − P_j) = 0 and its SE is 1/√I (2PL)", () => {
    const x = [1, 0, 1, 1, 0, 0];
    const s = scorePersons(items2pl, one(x), { method: "ml" });
    const score = (t: number) =>
      items2pl.reduce((acc, it, j) => acc + it.a * (x[j] - logistic(it.a * t + it.d[0])), 0);
    const ml = bisect(score);
    expect(s.theta[0]).toBeCloseTo(ml, 7);
    const info = items2pl.reduce((acc, it) => {
      const p = logistic(it.a * ml + it.d[0]);
      return acc + it.a * it.a * p * (1 - p);
    }, 0);
    expect(s.se[0]).toBeCloseTo(1 / Math.sqrt(info), 6);
  });

  it("WLE solves Warm's equation; finite for all-correct and all-wrong patterns (Rasch)", () => {
    const rasch: ItemParams[] = [-1, -0.5, 0, 0.4, 1.1].map((d) => ({ model: "rasch", a: 1, d: [d] }));
    for (const x of [
      [1, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [1, 1, 1, 1, 1],
    ]) {
      const s = scorePersons(rasch, one(x), { method: "wle" });
      const r = x.reduce((a, b) => a + b, 0);
      const warm = (t: number) => {
        let sp = 0;
        let info = 0;
        let j3 = 0;
        for (const it of rasch) {
          const p = logistic(t + it.d[0]);
          sp += p;
          info += p * (1 - p);
          j3 += p * (1 - p) * (1 - 2 * p);
        }
        return r - sp + j3 / (2 * info);
      };
      expect(Number.isFinite(s.theta[0])).toBe(true);
      expect(s.theta[0]).toBeCloseTo(bisect(warm), 6);
    }
    const ml = scorePersons(rasch, one([1, 1, 1, 1, 1]), { method: "ml" });
    expect(ml.theta[0]).toBe(Number.POSITIVE_INFINITY);
  });

  it("plausible values are seeded draws from the posterior (mean ≈ EAP, variance ≈ PSD²)", () => {
    const data = one([1, 0, 1, 1, 0, 1]);
    const draws = plausibleValues(items2pl, { ...data }, { draws: 4000, seed: 3 });
    const again = plausibleValues(items2pl, { ...data }, { draws: 4000, seed: 3 });
    expect(again[17][0]).toBe(draws[17][0]);
    const v = draws.map((d) => d[0]);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
    const eap = scorePersons(items2pl, data, { method: "eap" });
    expect(Math.abs(mean - eap.theta[0])).toBeLessThan(0.04);
    expect(Math.abs(sd / eap.se[0] - 1)).toBeLessThan(0.05);
  });

  it("empirical reliability is var(θ̂)/(var(θ̂) + mean SE²) and tracks the squared correlation with truth", () => {
    const items = randomItems("grm", 15, 4, 8);
    const sim = simulateResponses(items, { nPersons: 3000, seed: 12 });
    const s = scorePersons(items, sim.data, { method: "eap" });
    const rel = empiricalReliability(s.theta, s.se);
    const n = s.theta.length;
    const mt = sim.theta.reduce((a, b) => a + b, 0) / n;
    const me = s.theta.reduce((a, b) => a + b, 0) / n;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < n; i++) {
      sab += (sim.theta[i] - mt) * (s.theta[i] - me);
      saa += (sim.theta[i] - mt) ** 2;
      sbb += (s.theta[i] - me) ** 2;
    }
    expect(Math.abs(rel - (sab * sab) / (saa * sbb))).toBeLessThan(0.03);
  });

  it("a worker pool gives exactly the single-thread scores", { timeout: 60_000 }, async () => {
    const items = randomItems("gpcm", 12, 4, 4);
    const sim = simulateResponses(items, { nPersons: 1500, seed: 6, missingRate: 0.05 });
    const pool = await createScoringPool(2);
    try {
      for (const method of ["eap", "map", "wle"] as const) {
        const a = scorePersons(items, sim.data, { method });
        const b = await pool.score(items, sim.data, { method });
        expect(Array.from(b.theta)).toEqual(Array.from(a.theta));
        expect(Array.from(b.se)).toEqual(Array.from(a.se));
      }
    } finally {
      await pool.close();
    }
  });
});
