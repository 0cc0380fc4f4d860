/**
 * Plausible values: independent draws from each person's posterior of θ
 * (prior N(mean, variance)), seeded. The posterior is evaluated on a fine
 * grid (241 nodes on [−6, 6]); a draw picks a grid cell by inverse CDF and
 * a uniform position inside it.
 */
import type { ResponseData } from "../estimation/data.ts";
import { logProbTable, tableLayout } from "../estimation/estep.ts";
import type { ItemParams } from "../models/types.ts";
import { normalWeights } from "../numeric/quadrature.ts";
import { createRng } from "../util/random.ts";

export interface PlausibleOptions {
  /** Draws per person (default 5). */
  draws?: number;
  seed: number;
  mean?: number;
  variance?: number;
}

/** Returns draws[d][i] for person i (Float64Array per draw). */
export function plausibleValues(
  items: readonly ItemParams[],
  data: ResponseData,
  opts: PlausibleOptions,
): Float64Array[] {
  const draws = opts.draws ?? 5;
  const Q = 241;
  const bound = 6;
  const h = (2 * bound) / (Q - 1);
  const nodes = Float64Array.from({ length: Q }, (_, q) => -bound + q * h);
  const layout = tableLayout(items, Q);
  const logP = logProbTable(items, nodes, layout);
  const logPrior = normalWeights(nodes, opts.mean ?? 0, Math.sqrt(opts.variance ?? 1)).map(Math.log);
  const rng = createRng(opts.seed);
  const J = data.nItems;
  const out = Array.from({ length: draws }, () => new Float64Array(data.nPersons));
  const acc = new Float64Array(Q);
  const cdf = new Float64Array(Q);
  for (let i = 0; i < data.nPersons; i++) {
    acc.set(logPrior);
    for (let j = 0; j < J; j++) {
      const v = data.x[i * J + j];
      if (v < 0) continue;
      const off = layout.offsets[j] + v * Q;
      for (let q = 0; q < Q; q++) acc[q] += logP[off + q];
    }
    let max = acc[0];
    for (let q = 1; q < Q; q++) max = Math.max(max, acc[q]);
    let c = 0;
    for (let q = 0; q < Q; q++) {
      c += Math.exp(acc[q] - max);
      cdf[q] = c;
    }
    for (let d = 0; d < draws; d++) {
      const u = rng.uniform() * c;
      let lo = 0;
      let hi = Q - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid] < u) lo = mid + 1;
        else hi = mid;
      }
      out[d][i] = nodes[lo] + (rng.uniform() - 0.5) * h;
    }
  }
  return out;
}
