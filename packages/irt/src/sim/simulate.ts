/**
 * Seeded simulation of responses from any unidimensional model with known
 * parameters: θ ~ N(mean, variance) (or given), then each response drawn
 * from the model's category probabilities by inverse CDF. Optional missing
 * completely at random (planned-missingness style) at a given rate.
 */
import { MISSING, type ResponseData } from "../estimation/data.ts";
import { categoryProbs, maxCategories, nCategories } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { createRng } from "../util/random.ts";

export interface SimulateOptions {
  nPersons: number;
  seed: number;
  mean?: number;
  variance?: number;
  /** Use these abilities instead of drawing them (length nPersons). */
  theta?: ArrayLike<number>;
  /** Probability that a response is missing (default 0). */
  missingRate?: number;
}

export interface Simulation {
  theta: Float64Array;
  data: ResponseData;
}

export function simulateResponses(items: readonly ItemParams[], opts: SimulateOptions): Simulation {
  const { nPersons, seed } = opts;
  const rng = createRng(seed);
  const sd = Math.sqrt(opts.variance ?? 1);
  const mean = opts.mean ?? 0;
  const theta = new Float64Array(nPersons);
  for (let i = 0; i < nPersons; i++) theta[i] = opts.theta ? opts.theta[i] : mean + sd * rng.normal();
  const J = items.length;
  const x = new Int16Array(nPersons * J);
  const p = new Float64Array(maxCategories(items));
  const miss = opts.missingRate ?? 0;
  for (let i = 0; i < nPersons; i++) {
    for (let j = 0; j < J; j++) {
      const u = rng.uniform();
      if (miss > 0 && rng.uniform() < miss) {
        x[i * J + j] = MISSING;
        continue;
      }
      categoryProbs(items[j], theta[i], p);
      const K = nCategories(items[j]);
      let k = 0;
      let c = p[0];
      while (k < K - 1 && u >= c) {
        k++;
        c += p[k];
      }
      x[i * J + j] = k;
    }
  }
  const itemNames = items.map((it, j) => it.name ?? `item${j + 1}`);
  return { theta, data: { nPersons, nItems: J, x, itemNames } };
}

/**
 * Random item parameters for simulation studies: a ~ lognormal(0.2, 0.3)
 * (as the sim2pl fixture), intercepts spread over N(0, 1) and sorted as the
 * model requires; g ~ U(0.1, 0.25) for 3PL.
 */
export function randomItems(
  model: ItemParams["model"],
  nItems: number,
  nCat: number,
  seed: number,
): ItemParams[] {
  const rng = createRng(seed);
  const out: ItemParams[] = [];
  for (let j = 0; j < nItems; j++) {
    const a = model === "rasch" ? 1 : Math.exp(0.2 + 0.3 * rng.normal());
    const name = `item${j + 1}`;
    if (model === "grm" || model === "gpcm") {
      const b = Array.from({ length: nCat - 1 }, () => 1.2 * rng.normal()).sort((u, v) => u - v);
      // Spread the boundaries so that no category is nearly empty.
      for (let k = 1; k < b.length; k++) b[k] = Math.max(b[k], b[k - 1] + 0.4);
      const center = rng.normal() * 0.5 - b[Math.floor(b.length / 2)];
      const bb = b.map((v) => v + center);
      if (model === "grm") out.push({ name, model, a, d: bb.map((v) => -a * v) });
      else {
        const d = [0];
        for (let k = 0; k < bb.length; k++) d.push(d[k] - a * bb[k]);
        out.push({ name, model, a, d, ak: d.map((_, k) => k) });
      }
    } else {
      const d = rng.normal();
      if (model === "3pl") out.push({ name, model, a, d: [d], g: 0.1 + 0.15 * rng.uniform() });
      else out.push({ name, model, a, d: [d] });
    }
  }
  return out;
}
