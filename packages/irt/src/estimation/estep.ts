/**
 * E-step of Bock–Aitkin EM over fixed quadrature: for every response
 * pattern, the posterior over the nodes; accumulated into expected category
 * counts r[j][k][q] per item (the "pseudo-data" of the M-step). Missing
 * responses (−1) simply contribute no factor to the likelihood.
 */
import { categoryProbs, maxCategories, nCategories, PROB_FLOOR } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";

/** Where item j's K_j × Q block starts in a table (category-major, then node). */
export interface TableLayout {
  nQuad: number;
  nCat: Int32Array;
  offsets: Int32Array;
  size: number;
}

export function tableLayout(items: readonly ItemParams[], nQuad: number): TableLayout {
  const nCat = Int32Array.from(items, nCategories);
  const offsets = new Int32Array(items.length);
  let size = 0;
  for (let j = 0; j < items.length; j++) {
    offsets[j] = size;
    size += nCat[j] * nQuad;
  }
  return { nQuad, nCat, offsets, size };
}

/** log P(X_j = k | θ_q) for all items, categories and nodes. */
export function logProbTable(
  items: readonly ItemParams[],
  nodes: Float64Array,
  layout: TableLayout,
  out = new Float64Array(layout.size),
): Float64Array {
  const Q = nodes.length;
  const p = new Float64Array(maxCategories(items));
  for (let j = 0; j < items.length; j++) {
    const off = layout.offsets[j];
    for (let q = 0; q < Q; q++) {
      categoryProbs(items[j], nodes[q], p);
      for (let k = 0; k < layout.nCat[j]; k++) out[off + k * Q + q] = Math.log(Math.max(p[k], PROB_FLOOR));
    }
  }
  return out;
}

export interface EStepInput {
  nRows: number;
  nItems: number;
  x: Int16Array;
  /** Row frequencies (pattern compression) or null for 1 each. */
  weights: Float64Array | null;
  logP: Float64Array;
  layout: TableLayout;
  /** log of the prior weights at the nodes. */
  logPrior: Float64Array;
}

export interface EStepOutput {
  /** Expected counts, same layout as the log-probability table. */
  counts: Float64Array;
  /** Σ_i posterior_i(q): expected number of persons at each node. */
  nodeTotals: Float64Array;
  logLik: number;
}

/** Posterior mass below this fraction of the mode is not accumulated. */
const NEGLIGIBLE_LOG = -40;

export function eStep(inp: EStepInput, out?: EStepOutput): EStepOutput {
  const { nRows, nItems: J, x, weights, logP, layout, logPrior } = inp;
  const Q = layout.nQuad;
  const offsets = layout.offsets;
  const counts = out?.counts ?? new Float64Array(layout.size);
  const nodeTotals = out?.nodeTotals ?? new Float64Array(Q);
  counts.fill(0);
  nodeTotals.fill(0);
  const acc = new Float64Array(Q);
  const post = new Float64Array(Q);
  let logLik = 0;
  for (let i = 0; i < nRows; i++) {
    acc.set(logPrior);
    const row = i * J;
    for (let j = 0; j < J; j++) {
      const v = x[row + j];
      if (v < 0) continue;
      const off = offsets[j] + v * Q;
      for (let q = 0; q < Q; q++) acc[q] += logP[off + q];
    }
    let max = acc[0];
    for (let q = 1; q < Q; q++) if (acc[q] > max) max = acc[q];
    let sum = 0;
    let lo = Q;
    let hi = -1;
    for (let q = 0; q < Q; q++) {
      const d = acc[q] - max;
      if (d > NEGLIGIBLE_LOG) {
        const e = Math.exp(d);
        post[q] = e;
        sum += e;
        if (q < lo) lo = q;
        hi = q;
      } else post[q] = 0;
    }
    const w = weights === null ? 1 : weights[i];
    logLik += w * (Math.log(sum) + max);
    const scale = w / sum;
    for (let q = lo; q <= hi; q++) {
      post[q] *= scale;
      nodeTotals[q] += post[q];
    }
    for (let j = 0; j < J; j++) {
      const v = x[row + j];
      if (v < 0) continue;
      const off = offsets[j] + v * Q;
      for (let q = lo; q <= hi; q++) counts[off + q] += post[q];
    }
  }
  return { counts, nodeTotals, logLik };
}
