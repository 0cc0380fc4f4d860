/**
 * Standard errors of the confirmatory MIRT parameters from the cross-product
 * (XPD, "empirical information") of the persons' marginal score vectors:
 * s_n = Σ_q π_n(θ_q) ∂/∂ψ [log f(x_n | θ_q) + log w_q(R)], over every free
 * slope, intercept and factor correlation; Cov = (Σ_n s_n s_nᵀ)⁻¹.
 */

import { inverseSpd } from "../numeric/linalg.ts";
import { type Grid, gridWeights } from "../numeric/quadrature.ts";
import type { PackedResponses } from "./data.ts";
import { eStep } from "./estep.ts";
import { gradedProbs } from "./graded.ts";
import type { MirtItemParams } from "./types.ts";

export interface MirtStandardErrors {
  /** Per item: SEs of the slopes (0 off the pattern) and of the intercepts. */
  items: { a: number[]; d: number[] }[];
  /** SEs of the factor correlations (0 on the diagonal). */
  correlations: number[][];
}

export function xpdStandardErrors(
  items: readonly MirtItemParams[],
  loads: readonly (readonly number[])[],
  R: Float64Array,
  data: PackedResponses,
  grid: Grid,
): MirtStandardErrors {
  const { D, nodes, size: G } = grid;
  const J = items.length;
  // Parameter layout: per item its pattern slopes then its intercepts; then correlations (d < e).
  const start: number[] = [];
  let P = 0;
  items.forEach((it, j) => {
    start.push(P);
    P += loads[j].length + it.d.length;
  });
  const pairs: [number, number][] = [];
  for (let d = 0; d < D; d++) for (let e = d + 1; e < D; e++) pairs.push([d, e]);
  const corrStart = P;
  P += pairs.length;

  // A = w_x/P_x and B = w_{x+1}/P_x per item, category and node (derivatives of log P_x).
  const tabA = items.map((it) => new Float64Array((it.d.length + 1) * G));
  const tabB = items.map((it) => new Float64Array((it.d.length + 1) * G));
  items.forEach((it, j) => {
    const K = it.d.length + 1;
    const p = new Float64Array(K);
    const w = new Float64Array(K + 1);
    for (let q = 0; q < G; q++) {
      let z = 0;
      for (let d = 0; d < D; d++) z += it.a[d] * nodes[q * D + d];
      gradedProbs(z, it.d, p, w);
      for (let x = 0; x < K; x++) {
        tabA[j][x * G + q] = w[x] / p[x];
        tabB[j][x * G + q] = w[x + 1] / p[x];
      }
    }
  });
  // ∂ log w_q/∂r_de = c_q − Σ_q' w_q' c_q', c_q = [R⁻¹θθᵀR⁻¹ − R⁻¹]_de.
  const weights = gridWeights(grid, R);
  const Rinv = inverseSpd(R, D);
  if (!Rinv)
    throw new Error("Matriks korelasi tidak definit positif (correlation matrix is not positive definite)");
  const corrScore = new Float64Array(G * pairs.length);
  const u = new Float64Array(D);
  const meanC = new Float64Array(pairs.length);
  for (let q = 0; q < G; q++) {
    for (let d = 0; d < D; d++) {
      u[d] = 0;
      for (let e = 0; e < D; e++) u[d] += Rinv[d * D + e] * nodes[q * D + e];
    }
    pairs.forEach(([d, e], c) => {
      const v = u[d] * u[e] - Rinv[d * D + e];
      corrScore[q * pairs.length + c] = v;
      meanC[c] += weights[q] * v;
    });
  }
  for (let q = 0; q < G; q++)
    for (let c = 0; c < pairs.length; c++) corrScore[q * pairs.length + c] -= meanC[c];

  const xpd = new Float64Array(P * P);
  const s = new Float64Array(P);
  eStep(items, data, grid, weights, false, (n, post) => {
    s.fill(0);
    for (let q = 0; q < G; q++) {
      const pq = post[q];
      if (pq < 1e-12) continue;
      for (let j = 0; j < J; j++) {
        const x = data.x[n * J + j];
        if (x < 0) continue;
        const A = tabA[j][x * G + q];
        const B = tabB[j][x * G + q];
        const L = loads[j].length;
        const K = items[j].d.length + 1;
        const o = start[j];
        const dz = pq * (A - B);
        for (let l = 0; l < L; l++) s[o + l] += dz * nodes[q * D + loads[j][l]];
        if (x >= 1) s[o + L + x - 1] += pq * A;
        if (x + 1 <= K - 1) s[o + L + x] -= pq * B;
      }
      for (let c = 0; c < pairs.length; c++) s[corrStart + c] += pq * corrScore[q * pairs.length + c];
    }
    for (let a = 0; a < P; a++) {
      if (s[a] === 0) continue;
      for (let b = 0; b < P; b++) xpd[a * P + b] += s[a] * s[b];
    }
  });
  const cov = inverseSpd(xpd, P);
  const se = (i: number) => (cov ? Math.sqrt(cov[i * P + i]) : Number.NaN);
  return {
    items: items.map((it, j) => {
      const a = new Array<number>(D).fill(0);
      loads[j].forEach((d, l) => {
        a[d] = se(start[j] + l);
      });
      return { a, d: it.d.map((_, h) => se(start[j] + loads[j].length + h)) };
    }),
    correlations: Array.from({ length: D }, (_, d) =>
      Array.from({ length: D }, (_, e) => {
        if (d === e) return 0;
        const c = pairs.findIndex(([x, y]) => x === Math.min(d, e) && y === Math.max(d, e));
        return se(corrStart + c);
      }),
    ),
  };
}
