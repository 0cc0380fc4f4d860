/**
 * Multidimensional scoring under fixed parameters: EAP (posterior mean and
 * covariance over the product grid) and MAP (posterior mode by Newton's
 * method with the N(0, R) prior; SEs from the inverse of the negative
 * Hessian of the log posterior at the mode).
 */

import { inverseSpd, solveSpdRidged } from "../numeric/linalg.ts";
import { gridWeights } from "../numeric/quadrature.ts";
import { packResponses, validateSpec } from "./data.ts";
import { eStep } from "./estep.ts";
import { defaultGrid } from "./estimate.ts";
import { gradedProbs } from "./graded.ts";
import type { MirtOptions, MirtParams, MirtResponses, MirtSpec } from "./types.ts";

export interface MirtScores {
  /** θ per person (N × D). */
  theta: number[][];
  /** Standard errors per person (N × D). */
  se: number[][];
  /** Posterior covariance per person (N × D × D). */
  cov: number[][][];
}

function specOf(params: MirtParams): MirtSpec {
  return {
    dimensions: params.dimensions,
    items: params.items.map((it) => ({
      name: it.name,
      model: it.model,
      loads: it.a.flatMap((v, d) => (v !== 0 ? [d] : [])),
    })),
  };
}

function correlationMatrix(params: MirtParams): Float64Array {
  return Float64Array.from(params.correlations.flat());
}

export function eapScoresMirt(
  params: MirtParams,
  responses: MirtResponses,
  options: MirtOptions = {},
): MirtScores {
  const spec = specOf(params);
  validateSpec(spec);
  const data = packResponses(spec, responses, false);
  const D = params.dimensions.length;
  const { grid } = defaultGrid(D, options);
  const weights = gridWeights(grid, correlationMatrix(params));
  const out: MirtScores = { theta: [], se: [], cov: [] };
  eStep(params.items, data, grid, weights, false, (_n, post) => {
    const m = new Array<number>(D).fill(0);
    const c = Array.from({ length: D }, () => new Array<number>(D).fill(0));
    for (let q = 0; q < grid.size; q++) {
      const w = post[q];
      if (w === 0) continue;
      for (let d = 0; d < D; d++) {
        const x = grid.nodes[q * D + d];
        m[d] += w * x;
        for (let e = 0; e < D; e++) c[d][e] += w * x * grid.nodes[q * D + e];
      }
    }
    for (let d = 0; d < D; d++) for (let e = 0; e < D; e++) c[d][e] -= m[d] * m[e];
    out.theta.push(m);
    out.cov.push(c);
    out.se.push(c.map((r, d) => Math.sqrt(Math.max(0, r[d]))));
  });
  return out;
}

export function mapScoresMirt(params: MirtParams, responses: MirtResponses): MirtScores {
  const spec = specOf(params);
  validateSpec(spec);
  const data = packResponses(spec, responses, false);
  const D = params.dimensions.length;
  const Rinv = inverseSpd(correlationMatrix(params), D);
  if (!Rinv)
    throw new Error("Matriks korelasi tidak definit positif (correlation matrix is not positive definite)");
  const maxK = Math.max(...params.items.map((it) => it.d.length + 1));
  const p = new Float64Array(maxK);
  const w = new Float64Array(maxK + 1);
  const out: MirtScores = { theta: [], se: [], cov: [] };

  const logPost = (n: number, th: Float64Array, grad?: Float64Array, negHess?: Float64Array): number => {
    let f = 0;
    if (grad) grad.fill(0);
    if (negHess) negHess.set(Rinv);
    for (let d = 0; d < D; d++)
      for (let e = 0; e < D; e++) {
        f -= 0.5 * th[d] * Rinv[d * D + e] * th[e];
        if (grad) grad[d] -= Rinv[d * D + e] * th[e];
      }
    params.items.forEach((it, j) => {
      const k = data.x[n * data.J + j];
      if (k < 0) return;
      let z = 0;
      for (let d = 0; d < D; d++) z += it.a[d] * th[d];
      gradedProbs(z, it.d, p, w);
      f += Math.log(p[k]);
      if (!grad || !negHess) return;
      // d log P_k / dz = (w_k − w_{k+1})/P_k; d²/dz² = (w'_k − w'_{k+1})/P_k − (d/dz)², w' = w(1 − 2S).
      const K = it.d.length + 1;
      const sHi = k === 0 ? 1 : 1 / (1 + Math.exp(-(z + it.d[k - 1])));
      const sLo = k === K - 1 ? 0 : 1 / (1 + Math.exp(-(z + it.d[k])));
      const g1 = (w[k] - w[k + 1]) / p[k];
      const g2 = (w[k] * (1 - 2 * sHi) - w[k + 1] * (1 - 2 * sLo)) / p[k] - g1 * g1;
      for (let d = 0; d < D; d++) {
        grad[d] += g1 * it.a[d];
        for (let e = 0; e < D; e++) negHess[d * D + e] -= g2 * it.a[d] * it.a[e];
      }
    });
    return f;
  };

  const grad = new Float64Array(D);
  const H = new Float64Array(D * D);
  for (let n = 0; n < data.N; n++) {
    let th = new Float64Array(D);
    let f = logPost(n, th, grad, H);
    for (let iter = 0; iter < 100; iter++) {
      const step = solveSpdRidged(H, D, grad);
      if (!step) break;
      let scale = 1;
      let next = th;
      let fNext = f;
      for (let half = 0; half < 40; half++) {
        next = th.map((v, d) => v + scale * step[d]);
        fNext = logPost(n, next);
        if (fNext >= f) break;
        scale /= 2;
      }
      let moved = 0;
      for (let d = 0; d < D; d++) moved = Math.max(moved, Math.abs(next[d] - th[d]));
      th = next;
      f = logPost(n, th, grad, H);
      if (moved < 1e-9) break;
    }
    const cov = inverseSpd(H, D);
    const c = Array.from({ length: D }, (_, d) =>
      Array.from({ length: D }, (_, e) => (cov ? cov[d * D + e] : Number.NaN)),
    );
    out.theta.push(Array.from(th));
    out.cov.push(c);
    out.se.push(c.map((r, d) => Math.sqrt(r[d])));
  }
  return out;
}
