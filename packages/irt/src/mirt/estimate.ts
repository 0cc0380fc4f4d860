/**
 * Marginal maximum likelihood for the confirmatory multidimensional model
 * by EM over a product grid (Bock & Aitkin 1981), with a parameter-expanded
 * M-step for the latent covariance (PX-EM, Liu, Rubin & Wu 1998):
 *
 * - E-step: each person's posterior over the Q^D grid nodes under N(0, R).
 * - M-step, items: Fisher scoring on each item's expected complete-data
 *   log-likelihood (slopes on its pattern dimensions, intercepts), with step
 *   halving that keeps d_1 > d_2 > ….
 * - M-step, latent: the posterior mean μ and covariance S of θ (free in the
 *   expanded model), then the reduction back to N(0, R) that leaves the
 *   likelihood unchanged: d_jk += a_jᵀμ, a_jd *= √S_dd, R = corr(S).
 *
 * Converged when no item parameter or correlation moves more than
 * `tolerance` in one iteration. Missing responses simply drop out of the
 * likelihood. Standard errors: cross-product of person scores (./se.ts).
 */

import { solveSpdRidged } from "../numeric/linalg.ts";
import { type Grid, gridWeights, productGrid } from "../numeric/quadrature.ts";
import { type PackedResponses, packResponses, validateSpec } from "./data.ts";
import { eStep } from "./estep.ts";
import { gradedProbs } from "./graded.ts";
import { xpdStandardErrors } from "./se.ts";
import type { MirtFit, MirtItemParams, MirtOptions, MirtResponses, MirtSpec } from "./types.ts";

export function defaultGrid(D: number, options: MirtOptions = {}) {
  const points = options.pointsPerDimension ?? (D === 1 ? 61 : D === 2 ? 21 : D === 3 ? 15 : 9);
  const bound = options.bound ?? (D === 1 ? 6 : 4.5);
  return { points, bound, grid: productGrid(D, points, bound) };
}

export function fitMirt(spec: MirtSpec, responses: MirtResponses, options: MirtOptions = {}): MirtFit {
  validateSpec(spec);
  const data = packResponses(spec, responses, true);
  const D = spec.dimensions.length;
  const { points, bound, grid } = defaultGrid(D, options);
  const tol = options.tolerance ?? 1e-4;
  const maxIter = options.maxIterations ?? 500;

  const items = startValues(spec, data);
  let R = identity(D);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIter) {
    iterations++;
    const weights = gridWeights(grid, R);
    const { counts, mass } = eStep(items, data, grid, weights, true);
    const before = snapshot(items, R);
    items.forEach((it, j) => {
      mStepItem(it, spec.items[j].loads, counts[j], grid);
    });
    R = expandAndReduce(items, mass, grid, data.N);
    const after = snapshot(items, R);
    let change = 0;
    for (let i = 0; i < after.length; i++) change = Math.max(change, Math.abs(after[i] - before[i]));
    if (change < tol) {
      converged = true;
      break;
    }
  }
  const { logLik } = eStep(items, data, grid, gridWeights(grid, R), false);
  const se =
    options.standardErrors === false
      ? undefined
      : xpdStandardErrors(
          items,
          spec.items.map((it) => it.loads),
          R,
          data,
          grid,
        );
  return {
    model: "mirt-cfa",
    dimensions: [...spec.dimensions],
    items,
    correlations: Array.from({ length: D }, (_, i) => Array.from(R.subarray(i * D, (i + 1) * D))),
    logLik,
    iterations,
    converged,
    grid: { pointsPerDimension: points, bound },
    ...(se ? { se } : {}),
  };
}

function identity(D: number): Float64Array {
  const R = new Float64Array(D * D);
  for (let d = 0; d < D; d++) R[d * D + d] = 1;
  return R;
}

function snapshot(items: MirtItemParams[], R: Float64Array): number[] {
  const out: number[] = [];
  for (const it of items) out.push(...it.a, ...it.d);
  out.push(...R);
  return out;
}

/** Slopes 1 on the pattern, intercepts from the observed cumulative proportions. */
function startValues(spec: MirtSpec, data: PackedResponses): MirtItemParams[] {
  const D = spec.dimensions.length;
  return spec.items.map((it, j) => {
    const K = data.K[j];
    const count = new Float64Array(K);
    let n = 0;
    for (let i = 0; i < data.N; i++) {
      const v = data.x[i * data.J + j];
      if (v >= 0) {
        count[v]++;
        n++;
      }
    }
    const d: number[] = [];
    let above = n;
    for (let k = 1; k < K; k++) {
      above -= count[k - 1];
      const p = (above + 0.5) / (n + 1);
      d.push(1.5 * Math.log(p / (1 - p)));
    }
    const a = new Array<number>(D).fill(0);
    for (const l of it.loads) a[l] = 1;
    return { name: it.name, model: it.model, a, d };
  });
}

/** Expected complete-data log-likelihood of one item. */
function itemObjective(a: ArrayLike<number>, d: ArrayLike<number>, counts: Float64Array, grid: Grid): number {
  const { D, nodes, size: G } = grid;
  const K = d.length + 1;
  const p = new Float64Array(K);
  let f = 0;
  for (let q = 0; q < G; q++) {
    let n = 0;
    for (let k = 0; k < K; k++) n += counts[k * G + q];
    if (n < 1e-10) continue;
    let z = 0;
    for (let e = 0; e < D; e++) z += a[e] * nodes[q * D + e];
    gradedProbs(z, d, p);
    for (let k = 0; k < K; k++) f += counts[k * G + q] * Math.log(p[k]);
  }
  return f;
}

/** Fisher scoring for one item's slopes (on its pattern) and intercepts. */
function mStepItem(it: MirtItemParams, loads: readonly number[], counts: Float64Array, grid: Grid): void {
  const { D, nodes, size: G } = grid;
  const K = it.d.length + 1;
  const L = loads.length;
  const P = L + K - 1;
  const p = new Float64Array(K);
  const w = new Float64Array(K + 1);
  const dk = new Float64Array(P);
  for (let iter = 0; iter < 10; iter++) {
    const grad = new Float64Array(P);
    const info = new Float64Array(P * P);
    for (let q = 0; q < G; q++) {
      let n = 0;
      for (let k = 0; k < K; k++) n += counts[k * G + q];
      if (n < 1e-10) continue;
      let z = 0;
      for (let e = 0; e < D; e++) z += it.a[e] * nodes[q * D + e];
      gradedProbs(z, it.d, p, w);
      for (let k = 0; k < K; k++) {
        // ∂P_k/∂ψ: slopes (w_k − w_{k+1})·θ_l; intercept h: w_h·(1[h = k] − 1[h = k+1]).
        const dz = w[k] - w[k + 1];
        for (let l = 0; l < L; l++) dk[l] = dz * nodes[q * D + loads[l]];
        for (let h = 1; h < K; h++) dk[L + h - 1] = h === k ? w[h] : h === k + 1 ? -w[h] : 0;
        const r = counts[k * G + q] / p[k];
        const s = n / p[k];
        for (let i = 0; i < P; i++) {
          grad[i] += r * dk[i];
          if (dk[i] === 0) continue;
          for (let m = 0; m < P; m++) info[i * P + m] += s * dk[i] * dk[m];
        }
      }
    }
    const step = solveSpdRidged(info, P, grad);
    if (!step) break;
    const f0 = itemObjective(it.a, it.d, counts, grid);
    let scale = 1;
    let maxStep = 0;
    for (const v of step) maxStep = Math.max(maxStep, Math.abs(v));
    if (maxStep > 2) scale = 2 / maxStep;
    let accepted = false;
    for (let half = 0; half < 30; half++) {
      const a = [...it.a];
      const d = [...it.d];
      for (let l = 0; l < L; l++) a[loads[l]] += scale * step[l];
      for (let h = 0; h < K - 1; h++) d[h] += scale * step[L + h];
      let ordered = true;
      for (let h = 1; h < K - 1; h++) if (!(d[h] < d[h - 1])) ordered = false;
      if (ordered && itemObjective(a, d, counts, grid) >= f0 - 1e-12 * Math.abs(f0)) {
        it.a = a;
        it.d = d;
        accepted = true;
        break;
      }
      scale /= 2;
    }
    if (!accepted || maxStep * scale < 1e-8) break;
  }
}

/**
 * PX-EM reduction: posterior mean μ and covariance S of θ over all persons
 * (from the posterior mass per node), items re-expressed so that θ ~ N(0, R).
 */
function expandAndReduce(items: MirtItemParams[], mass: Float64Array, grid: Grid, N: number): Float64Array {
  const { D, nodes, size: G } = grid;
  const mu = new Float64Array(D);
  const S = new Float64Array(D * D);
  for (let q = 0; q < G; q++) {
    const m = mass[q];
    if (m === 0) continue;
    for (let d = 0; d < D; d++) {
      mu[d] += m * nodes[q * D + d];
      for (let e = 0; e < D; e++) S[d * D + e] += m * nodes[q * D + d] * nodes[q * D + e];
    }
  }
  for (let d = 0; d < D; d++) mu[d] /= N;
  for (let d = 0; d < D; d++) for (let e = 0; e < D; e++) S[d * D + e] = S[d * D + e] / N - mu[d] * mu[e];
  const sd = Array.from({ length: D }, (_, d) => Math.sqrt(S[d * D + d]));
  for (const it of items) {
    let shift = 0;
    for (let d = 0; d < D; d++) shift += it.a[d] * mu[d];
    it.d = it.d.map((v) => v + shift);
    it.a = it.a.map((v, d) => (v === 0 ? 0 : v * sd[d]));
  }
  const R = new Float64Array(D * D);
  for (let d = 0; d < D; d++)
    for (let e = 0; e < D; e++) R[d * D + e] = d === e ? 1 : S[d * D + e] / (sd[d] * sd[e]);
  return R;
}

/** Standardised (factor-analytic) loadings, λ = (a/1.702)/√(1 + (a/1.702)ᵀR(a/1.702)), as mirt's summary. */
export function standardizedLoadings(item: MirtItemParams, correlations: number[][]): number[] {
  const D = item.a.length;
  const u = item.a.map((v) => v / 1.702);
  let quad = 0;
  for (let d = 0; d < D; d++) for (let e = 0; e < D; e++) quad += u[d] * correlations[d][e] * u[e];
  return u.map((v) => v / Math.sqrt(1 + quad));
}
