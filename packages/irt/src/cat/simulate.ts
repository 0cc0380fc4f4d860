/**
 * CAT simulation studies: run simulees with known θ through the adaptive
 * test, and calibrate Sympson–Hetter exposure parameters.
 */
import { categoryProbs, maxCategories, nCategories } from "../models/items.ts";
import type { Rng } from "../util/random.ts";
import { CatSession } from "./session.ts";
import type { CatItem, CatOptions, CatResult } from "./types.ts";

export interface CatSimulation {
  results: CatResult[];
  /** Share of simulees who were administered each item. */
  exposure: Float64Array;
  /** Share of simulees for whom each item won selection (administered or withheld). */
  selection: Float64Array;
  meanLength: number;
}

export function simulateCat(
  pool: readonly CatItem[],
  thetas: ArrayLike<number>,
  options: CatOptions,
  rng: Rng,
): CatSimulation {
  const N = thetas.length;
  const exposure = new Float64Array(pool.length);
  const selection = new Float64Array(pool.length);
  const p = new Float64Array(maxCategories(pool));
  const results: CatResult[] = [];
  let total = 0;
  for (let i = 0; i < N; i++) {
    const session = new CatSession(pool, options, rng);
    for (let j = session.nextItem(); j !== null; j = session.nextItem()) {
      categoryProbs(pool[j], thetas[i], p);
      let u = rng.uniform();
      let x = 0;
      const K = nCategories(pool[j]);
      while (x < K - 1 && u >= p[x]) {
        u -= p[x];
        x++;
      }
      session.answer(j, x);
    }
    const r = session.result();
    for (const j of r.items) {
      exposure[j] += 1 / N;
      selection[j] += 1 / N;
    }
    for (const j of r.withheld) selection[j] += 1 / N;
    total += r.items.length;
    results.push(r);
  }
  return { results, exposure, selection, meanLength: total / N };
}

export interface SympsonHetterOptions {
  /** Target maximum exposure rate r_max, e.g. 0.25. */
  rMax: number;
  /** Simulees per round (default 1,000), drawn from the CAT's prior. */
  simulees?: number;
  /** Rounds of adjustment (default 10). */
  rounds?: number;
}

/**
 * Sympson & Hetter's (1985) iterative calibration: start with k_j = 1;
 * each round simulate, estimate P(S_j), the rate at which item j wins
 * selection, and set k_j = r_max / P(S_j) where P(S_j) > r_max, else 1. The
 * administration rate P(A_j) = k_j·P(S_j) then stays near or below r_max.
 */
export function calibrateSympsonHetter(
  pool: readonly CatItem[],
  options: CatOptions,
  sh: SympsonHetterOptions,
  rng: Rng,
): { k: number[]; maxExposure: number } {
  const n = sh.simulees ?? 1000;
  const prior = options.prior ?? { mean: 0, sd: 1 };
  let k = pool.map(() => 1);
  let maxExposure = 1;
  for (let round = 0; round < (sh.rounds ?? 10); round++) {
    const thetas = Float64Array.from({ length: n }, () => prior.mean + prior.sd * rng.normal());
    const sim = simulateCat(pool, thetas, { ...options, exposure: { method: "sympson-hetter", k } }, rng);
    maxExposure = Math.max(...sim.exposure);
    k = Array.from(sim.selection, (s) => (s > sh.rMax ? sh.rMax / s : 1));
  }
  return { k, maxExposure };
}
