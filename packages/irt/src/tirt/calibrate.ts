/**
 * Limited-information calibration of the Thurstonian IRT model (Brown &
 * Maydeu-Olivares 2011; the estimator `thurstonianIRT`'s lavaan back end uses,
 * ULS): stage 1 estimates thresholds and tetrachoric correlations of the
 * binary pairwise outcomes (tetrachoric.ts); stage 2 minimises
 *   F(θ) = Σ_{j<l} (r_jl − ρ_jl(θ))²
 * where the model-implied covariance of the latent pairwise differences is
 *   Σ* = A (Λ Φ Λᵀ + Ψ²) Aᵀ,  ρ_jl = Σ*_jl / √(Σ*_jj Σ*_ll),
 * A being the pairs × statements contrast matrix (+1 first, −1 second). The
 * off-diagonal of Ψ² inside A Ψ² Aᵀ is exactly the shared uniqueness of two
 * pairs of a block (+ψ²_i when they share the first statement i, −ψ²_i when i
 * is first in one and second in the other). Thresholds γ are free per pair
 * and therefore reproduced exactly: γ_j = τ_j √Σ*_jj.
 *
 * Identification: the mean ψ² of the statements of every block is fixed to 1
 * (both statements of a block of 2 have ψ² = 1), trait variances are 1. This
 * is the same model as Brown & Maydeu-Olivares' "one ψ² per block fixed",
 * rescaled per block; it is better conditioned when the chosen statement's
 * uniqueness is small, and a Heywood case then shows up on the statement
 * concerned. Φ is kept a correlation matrix through Φ = L Lᵀ with
 * unit-length rows of L.
 */

import { type LbfgsResult, lbfgs } from "../numeric/lbfgs.ts";
import { cholesky } from "../numeric/linalg.ts";
import type { TirtDesign, TirtLayout } from "./design.ts";
import { layoutOf } from "./design.ts";
import { TirtError } from "./errors.ts";
import type { TirtEstimation, TirtModel, TirtParams } from "./params.ts";
import { paramsFromModel } from "./params.ts";
import { type PairStatistics, pairStatistics } from "./tetrachoric.ts";

export interface CalibrateOptions {
  maxIterations?: number;
  gradientTolerance?: number;
  /** Mean ψ² of each block's statements, fixed for identification (default 1). */
  fixedUniqueness?: number;
  onIteration?: (iteration: number, value: number) => void;
  /** Start from these parameter values (same design) instead of λ = keyed, ψ² = 1, Φ = I. */
  start?: TirtModel;
}

export interface CalibrationResult {
  params: TirtParams;
  model: TirtModel;
  statistics: PairStatistics;
}

/** A free ψ² below this share of the identifying value is treated as a Heywood case. */
export const HEYWOOD_FLOOR = 0.01;

/**
 * Identifying constraints: ψ² fixed at `mean` for statements of blocks of 2,
 * NaN (estimated under the block-mean constraint) elsewhere.
 */
export function identifyingUniquenesses(layout: TirtLayout, mean: number): Float64Array {
  return Float64Array.from(layout.statementBlock, (b) => (layout.blockSize[b] === 2 ? mean : Number.NaN));
}

/** Redundant moments per block of n statements: n(n−1)(n−2)/6 (Brown & Maydeu-Olivares 2011/2012). */
export function blockRedundancies(n: number): number {
  return (n * (n - 1) * (n - 2)) / 6;
}

/**
 * The ULS discrepancy and its analytic gradient. `fixedPsi2[i]` is the value
 * at which ψ²_i is fixed, or NaN when it is estimated. In each block the
 * ψ² average `mean`: the first non-fixed statement's ψ² is derived from the
 * others (blocks whose ψ² are all fixed have none). Estimated ψ² are
 * unbounded, as in lavaan; F is +∞ where a pair's implied variance is not
 * positive.
 */
export function ulsObjective(
  layout: TirtLayout,
  stats: PairStatistics,
  fixedPsi2: Float64Array,
  mean: number,
) {
  const T = layout.design.traits.length;
  const n = layout.statementTrait.length;
  const P = layout.pairs.length;
  const tr = layout.statementTrait;
  const fi = Int32Array.from(layout.pairs, (p) => p.first);
  const se = Int32Array.from(layout.pairs, (p) => p.second);
  const derived = new Int32Array(layout.blockSize.length).fill(-1);
  for (let i = 0; i < fixedPsi2.length; i++) {
    const b = layout.statementBlock[i];
    if (Number.isNaN(fixedPsi2[i]) && derived[b] < 0) derived[b] = i;
  }
  const freePsi = Array.from(fixedPsi2).flatMap((f, i) =>
    Number.isNaN(f) && derived[layout.statementBlock[i]] !== i ? [i] : [],
  );
  const nPhi = T > 1 ? (T * (T - 1)) / 2 + T - 1 : 0;
  const size = n + freePsi.length + nPhi;
  const C = new Float64Array(n * n);
  const S = new Float64Array(P * P);
  const G = new Float64Array(P * P);
  const M = new Float64Array(P * n);
  const H = new Float64Array(n * n);
  const L = new Float64Array(T * T);
  const phi = new Float64Array(T * T);
  const K = new Float64Array(T * T);
  const psi = new Float64Array(n);
  const norms = new Float64Array(T);
  const r = stats.correlations;

  /** Unpacks x into λ (returned view), ψ², L and Φ. */
  const unpack = (x: Float64Array) => {
    psi.set(fixedPsi2);
    freePsi.forEach((i, q) => {
      psi[i] = x[n + q];
    });
    derived.forEach((d, b) => {
      if (d < 0) return;
      let rest = 0;
      for (let i = layout.blockStart[b]; i < layout.blockStart[b] + layout.blockSize[b]; i++)
        if (i !== d) rest += psi[i];
      psi[d] = layout.blockSize[b] * mean - rest;
    });
    L.fill(0);
    L[0] = 1;
    norms[0] = 1;
    let o = n + freePsi.length;
    for (let a = 1; a < T; a++) {
      let ss = 0;
      for (let c = 0; c <= a; c++) {
        L[a * T + c] = x[o + c];
        ss += x[o + c] * x[o + c];
      }
      const nn = Math.sqrt(ss);
      norms[a] = nn;
      for (let c = 0; c <= a; c++) L[a * T + c] /= nn;
      o += a + 1;
    }
    for (let a = 0; a < T; a++)
      for (let b = 0; b < T; b++) {
        let s = 0;
        for (let c = 0; c <= Math.min(a, b); c++) s += L[a * T + c] * L[b * T + c];
        phi[a * T + b] = s;
      }
  };

  const implied = (x: Float64Array) => {
    unpack(x);
    for (let i = 0; i < n; i++)
      for (let m = 0; m < n; m++)
        C[i * n + m] = x[i] * x[m] * phi[tr[i] * T + tr[m]] + (i === m ? psi[i] : 0);
    for (let j = 0; j < P; j++) {
      const a = fi[j] * n;
      const b = se[j] * n;
      for (let l = 0; l < P; l++) S[j * P + l] = C[a + fi[l]] - C[a + se[l]] - C[b + fi[l]] + C[b + se[l]];
    }
  };

  const value = (x: Float64Array, grad: Float64Array): number => {
    implied(x);
    for (let j = 0; j < P; j++) if (!(S[j * P + j] > 0)) return Number.POSITIVE_INFINITY;
    G.fill(0);
    let F = 0;
    for (let j = 0; j < P; j++) {
      const sj = S[j * P + j];
      for (let l = j + 1; l < P; l++) {
        const obs = r[j * P + l];
        if (Number.isNaN(obs)) continue;
        const sl = S[l * P + l];
        const d = Math.sqrt(sj * sl);
        const rho = S[j * P + l] / d;
        const e = obs - rho;
        F += e * e;
        G[j * P + l] = G[l * P + j] = -e / d;
        G[j * P + j] += (e * rho) / sj;
        G[l * P + l] += (e * rho) / sl;
      }
    }
    // H = Aᵀ G A (statement-level gradient of F with respect to C).
    M.fill(0);
    for (let j = 0; j < P; j++)
      for (let l = 0; l < P; l++) {
        const g = G[j * P + l];
        M[j * n + fi[l]] += g;
        M[j * n + se[l]] -= g;
      }
    H.fill(0);
    for (let j = 0; j < P; j++) {
      const a = fi[j] * n;
      const b = se[j] * n;
      for (let m = 0; m < n; m++) {
        H[a + m] += M[j * n + m];
        H[b + m] -= M[j * n + m];
      }
    }
    grad.fill(0);
    K.fill(0);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let m = 0; m < n; m++) {
        const h = H[i * n + m];
        s += h * x[m] * phi[tr[i] * T + tr[m]];
        K[tr[i] * T + tr[m]] += h * x[i] * x[m];
      }
      grad[i] = 2 * s;
    }
    freePsi.forEach((i, q) => {
      const d = derived[layout.statementBlock[i]];
      grad[n + q] = H[i * n + i] - H[d * n + d];
    });
    let o = n + freePsi.length;
    for (let a = 1; a < T; a++) {
      // ∂F/∂L = 2 K L, projected through the row normalisation.
      const gl = new Float64Array(a + 1);
      for (let c = 0; c <= a; c++) {
        let s = 0;
        for (let b = 0; b < T; b++) s += K[a * T + b] * L[b * T + c];
        gl[c] = 2 * s;
      }
      let dot = 0;
      for (let c = 0; c <= a; c++) dot += gl[c] * L[a * T + c];
      for (let c = 0; c <= a; c++) grad[o + c] = (gl[c] - dot * L[a * T + c]) / norms[a];
      o += a + 1;
    }
    return F;
  };

  /** Starting vector from a previous solution of the same design (another set of fixed ψ²). */
  const startFrom = (prev: Float64Array, prevPsi: Float64Array): Float64Array => {
    const x = new Float64Array(size);
    x.set(prev.subarray(0, n));
    freePsi.forEach((i, q) => {
      x[n + q] = prevPsi[i];
    });
    x.set(prev.subarray(prev.length - nPhi), size - nPhi);
    return x;
  };

  /** Starting vector from parameter values (e.g. a previous calibration). */
  const startAt = (lambda: Float64Array, psi2: Float64Array, phiStart: Float64Array): Float64Array => {
    const x = new Float64Array(size);
    x.set(lambda);
    freePsi.forEach((i, q) => {
      x[n + q] = psi2[i];
    });
    const l = new Float64Array(T * T);
    if (!cholesky(phiStart, T, l)) return start();
    let o = n + freePsi.length;
    for (let a = 1; a < T; a++) {
      for (let c = 0; c <= a; c++) x[o + c] = l[a * T + c];
      o += a + 1;
    }
    return x;
  };

  const start = (): Float64Array => {
    const x = new Float64Array(size);
    for (let i = 0; i < n; i++) x[i] = layout.statementKeyed[i];
    x.fill(mean, n, n + freePsi.length);
    let o = n + freePsi.length;
    for (let a = 1; a < T; a++) {
      x[o + a] = 1;
      o += a + 1;
    }
    return x;
  };

  /** Statements whose ψ² is estimated (free or derived from the block mean). */
  const estimated = Array.from(fixedPsi2).flatMap((f, i) => (Number.isNaN(f) ? [i] : []));

  return { size, value, implied, start, startFrom, startAt, S, psi, phi, freePsi, estimated };
}

export function calibrateTirtModel(
  design: TirtDesign,
  outcomes: Int8Array,
  persons: number,
  opts: CalibrateOptions = {},
): CalibrationResult {
  const layout = layoutOf(design);
  const P = layout.pairs.length;
  const T = design.traits.length;
  const n = layout.statementTrait.length;
  const ids = design.blocks.flatMap((b) => b.statements.map((s) => s.id));
  const names = layout.pairs.map((p) => `${ids[p.first]}–${ids[p.second]}`);
  const stats = pairStatistics(outcomes, persons, P, names);
  const fixedValue = opts.fixedUniqueness ?? 1;
  const fixedPsi2 = identifyingUniquenesses(layout, fixedValue);
  // Heywood cases (a free ψ² at or below the floor) are refitted with that ψ² fixed at the floor.
  const floor = HEYWOOD_FLOOR * fixedValue;
  const heywood: string[] = [];
  let obj = ulsObjective(layout, stats, fixedPsi2, fixedValue);
  let x = opts.start ? obj.startAt(opts.start.lambda, opts.start.psi2, opts.start.phi) : obj.start();
  let iterations = 0;
  let res: LbfgsResult;
  for (;;) {
    res = lbfgs(obj.value, x, {
      maxIterations: (opts.maxIterations ?? 5000) - iterations,
      gradientTolerance: opts.gradientTolerance ?? 1e-6,
      onIteration: opts.onIteration ? (it, v) => opts.onIteration?.(iterations + it, v) : undefined,
    });
    iterations += res.iterations;
    x = res.x;
    obj.implied(x);
    const low = obj.estimated.filter((i) => obj.psi[i] < floor);
    if (low.length === 0 || !Number.isFinite(res.value)) break;
    for (const i of low) {
      fixedPsi2[i] = floor;
      heywood.push(ids[i]);
    }
    const psiBefore = Float64Array.from(obj.psi);
    obj = ulsObjective(layout, stats, fixedPsi2, fixedValue);
    x = obj.startFrom(x, psiBefore);
  }
  const lambda = Float64Array.from(x.subarray(0, n));
  const psi2 = Float64Array.from(obj.psi);
  const phi = Float64Array.from(obj.phi);
  // A trait and all its loadings may be reflected together; keep the design's keying direction.
  for (let a = 0; a < T; a++) {
    let s = 0;
    for (let i = 0; i < n; i++) if (layout.statementTrait[i] === a) s += lambda[i] * layout.statementKeyed[i];
    if (s >= 0) continue;
    for (let i = 0; i < n; i++) if (layout.statementTrait[i] === a) lambda[i] = -lambda[i];
    for (let b = 0; b < T; b++)
      if (b !== a) {
        phi[a * T + b] = -phi[a * T + b];
        phi[b * T + a] = -phi[b * T + a];
      }
  }
  const gamma = Float64Array.from({ length: P }, (_, j) => stats.thresholds[j] * Math.sqrt(obj.S[j * P + j]));
  let moments = 0;
  let sq = 0;
  for (let j = 0; j < P; j++)
    for (let l = j + 1; l < P; l++) {
      const o = stats.correlations[j * P + l];
      if (Number.isNaN(o)) continue;
      moments++;
      const e = o - obj.S[j * P + l] / Math.sqrt(obj.S[j * P + j] * obj.S[l * P + l]);
      sq += e * e;
    }
  const freeParameters = n + obj.freePsi.length + P + (T * (T - 1)) / 2;
  const redundancies = layout.blockSize.reduce((a, b) => a + blockRedundancies(b), 0);
  if (!Number.isFinite(res.value))
    throw new TirtError(
      "Kalibrasi gagal: fungsi kecocokan tidak terhingga. Periksa desain dan data",
      "calibration failed: the fit function is not finite; check the design and the data",
    );
  const estimation: TirtEstimation = {
    estimator: "ULS",
    persons,
    iterations,
    converged: res.converged,
    fitValue: res.value,
    srmr: Math.sqrt(sq / moments),
    gradientMaxAbs: res.gradientMaxAbs,
    freeParameters,
    df: moments + P - freeParameters - redundancies,
    redundancies,
    message:
      heywood.length > 0
        ? `${res.message}; Heywood case: ψ² of ${heywood.join(", ")} fell below ${floor} and was fixed there`
        : res.message,
    heywood,
  };
  const model: TirtModel = { layout, lambda, psi2, gamma, phi, traits: T };
  const fixed = Array.from(fixedPsi2, (v) => !Number.isNaN(v));
  return { params: paramsFromModel(model, fixed, estimation), model, statistics: stats };
}
