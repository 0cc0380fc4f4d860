/**
 * E-step of the confirmatory multidimensional model: each person's posterior
 * over the product grid, with the expected counts the M-step (estimate.ts)
 * needs and the per-person posteriors the standard errors (se.ts) and EAP
 * scores (score.ts) need.
 */
import type { Grid } from "../numeric/quadrature.ts";
import type { PackedResponses } from "./data.ts";
import { gradedProbs } from "./graded.ts";
import type { MirtItemParams } from "./types.ts";

/**
 * Posteriors over the grid. With `collect`, expected counts per item
 * (counts[j][k·G + q]) and the total posterior mass per node.
 */
export function eStep(
  items: readonly MirtItemParams[],
  data: PackedResponses,
  grid: Grid,
  weights: Float64Array,
  collect: boolean,
  onPosterior?: (n: number, post: Float64Array) => void,
) {
  const { N, J, x } = data;
  const G = grid.size;
  const logTables = items.map((it) => itemLogTable(it, grid));
  const counts = collect ? items.map((it) => new Float64Array((it.d.length + 1) * G)) : [];
  const mass = new Float64Array(G);
  const logW = weights.map((w) => (w > 0 ? Math.log(w) : Number.NEGATIVE_INFINITY));
  const row = new Float64Array(G);
  const active = new Int32Array(G);
  let logLik = 0;
  for (let n = 0; n < N; n++) {
    row.set(logW);
    for (let j = 0; j < J; j++) {
      const v = x[n * J + j];
      if (v < 0) continue;
      const t = logTables[j];
      const off = v * G;
      for (let q = 0; q < G; q++) row[q] += t[off + q];
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let q = 0; q < G; q++) if (row[q] > max) max = row[q];
    let sum = 0;
    for (let q = 0; q < G; q++) {
      const e = Math.exp(row[q] - max);
      row[q] = e;
      sum += e;
    }
    logLik += max + Math.log(sum);
    let nActive = 0;
    for (let q = 0; q < G; q++) {
      row[q] /= sum;
      if (row[q] > 1e-12) active[nActive++] = q;
    }
    if (onPosterior) onPosterior(n, row);
    if (!collect) continue;
    for (let i = 0; i < nActive; i++) mass[active[i]] += row[active[i]];
    for (let j = 0; j < J; j++) {
      const v = x[n * J + j];
      if (v < 0) continue;
      const c = counts[j];
      const off = v * G;
      for (let i = 0; i < nActive; i++) {
        const q = active[i];
        c[off + q] += row[q];
      }
    }
  }
  return { counts, mass, logLik };
}

/** log P(X = k | θ_q) for every category and node: table[k·G + q]. */
function itemLogTable(it: MirtItemParams, grid: Grid): Float64Array {
  const { D, nodes, size: G } = grid;
  const K = it.d.length + 1;
  const t = new Float64Array(K * G);
  const p = new Float64Array(K);
  for (let q = 0; q < G; q++) {
    let z = 0;
    for (let d = 0; d < D; d++) z += it.a[d] * nodes[q * D + d];
    gradedProbs(z, it.d, p);
    for (let k = 0; k < K; k++) t[k * G + q] = Math.log(p[k]);
  }
  return t;
}
