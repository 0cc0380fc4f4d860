/**
 * Person scoring under the Thurstonian IRT model.
 *
 * Likelihood: the observed pairwise outcomes are treated as independent given
 * η, P(y_j = 1 | η) = Φ(z_j), z_j = (−γ_j + λ_i η_a − λ_k η_b)/√(ψ²_i + ψ²_k),
 * the scoring likelihood of Brown & Maydeu-Olivares (2011, eq. 9) and of
 * `thurstonianIRT`. The within-block residual dependence (shared ψ²) is
 * modelled in calibration but, as there, ignored when scoring; the standard
 * errors are therefore slightly optimistic for blocks of 3–4 (see
 * docs/irt/thurstonian.md). Missing pairs (skipped blocks, the unknown pair
 * of most/least) simply do not enter the product.
 *
 * - MAP: Newton–Raphson on log L + log N(η; 0, Φ) (concave: log Φ is
 *   concave), posterior covariance by the Laplace approximation (inverse of
 *   the negative Hessian at the mode).
 * - EAP: self-normalised importance sampling around the mode with proposal
 *   N(mode, 1.2² Σ_Laplace), antithetic draws from a fixed seeded set.
 * - Plausible values: sampling–importance–resampling from the EAP draws.
 */

import { cholesky, choleskyInverse, choleskyRidged, choleskySolve } from "../numeric/linalg.ts";
import { logNormalCdf, logNormalCdfMills, mills, normalCdf } from "../numeric/normal.ts";
import { createRng } from "../util/random.ts";
import { TirtError } from "./errors.ts";
import type { TirtModel } from "./params.ts";
import { MISSING } from "./responses.ts";

/** Pair coefficients: z_j = g_j + ca_j η[ta_j] + cb_j η[tb_j]. */
export interface PairCoefficients {
  ta: Int32Array;
  tb: Int32Array;
  ca: Float64Array;
  cb: Float64Array;
  g: Float64Array;
  /** Inverse of Φ (T × T). */
  phiInv: Float64Array;
  T: number;
  P: number;
}

export function pairCoefficients(model: TirtModel): PairCoefficients {
  const { layout, lambda, psi2, gamma, traits: T } = model;
  const P = layout.pairs.length;
  const c: PairCoefficients = {
    ta: new Int32Array(P),
    tb: new Int32Array(P),
    ca: new Float64Array(P),
    cb: new Float64Array(P),
    g: new Float64Array(P),
    phiInv: new Float64Array(T * T),
    T,
    P,
  };
  layout.pairs.forEach((p, j) => {
    const s = Math.sqrt(psi2[p.first] + psi2[p.second]);
    const a = layout.statementTrait[p.first];
    const b = layout.statementTrait[p.second];
    c.ta[j] = a;
    c.tb[j] = b;
    c.g[j] = -gamma[j] / s;
    if (a === b) {
      c.ca[j] = (lambda[p.first] - lambda[p.second]) / s;
      c.cb[j] = 0;
    } else {
      c.ca[j] = lambda[p.first] / s;
      c.cb[j] = -lambda[p.second] / s;
    }
  });
  const l = new Float64Array(T * T);
  if (!cholesky(model.phi, T, l))
    throw new TirtError(
      "Matriks korelasi trait tidak definit positif",
      "trait correlation matrix is not positive definite",
    );
  choleskyInverse(l, T, c.phiInv);
  return c;
}

/** Log posterior (up to a constant) of η for one response row. */
export function logPosterior(c: PairCoefficients, y: Int8Array, off: number, eta: Float64Array): number {
  return logLikelihood(c, y, off, eta) + logPrior(c, eta);
}

export function logLikelihood(c: PairCoefficients, y: Int8Array, off: number, eta: Float64Array): number {
  let s = 0;
  for (let j = 0; j < c.P; j++) {
    const v = y[off + j];
    if (v === MISSING) continue;
    const z = c.g[j] + c.ca[j] * eta[c.ta[j]] + c.cb[j] * eta[c.tb[j]];
    s += logNormalCdf(v === 1 ? z : -z);
  }
  return s;
}

function logPrior(c: PairCoefficients, eta: Float64Array): number {
  const T = c.T;
  let q = 0;
  for (let a = 0; a < T; a++) {
    let s = 0;
    for (let b = 0; b < T; b++) s += c.phiInv[a * T + b] * eta[b];
    q += eta[a] * s;
  }
  return -0.5 * q;
}

/**
 * Log posterior (up to a constant) at η, with its gradient and negative
 * Hessian written into `grad` and `negHess` — one pass over the pairs.
 */
export function posteriorDerivatives(
  c: PairCoefficients,
  y: Int8Array,
  off: number,
  eta: Float64Array,
  grad: Float64Array,
  negHess: Float64Array,
): number {
  const T = c.T;
  let lp = 0;
  for (let a = 0; a < T; a++) {
    let s = 0;
    for (let b = 0; b < T; b++) {
      s += c.phiInv[a * T + b] * eta[b];
      negHess[a * T + b] = c.phiInv[a * T + b];
    }
    grad[a] = -s;
    lp -= 0.5 * eta[a] * s;
  }
  for (let j = 0; j < c.P; j++) {
    const v = y[off + j];
    if (v === MISSING) continue;
    const q = v === 1 ? 1 : -1;
    const a = c.ta[j];
    const b = c.tb[j];
    const ca = c.ca[j];
    const cb = c.cb[j];
    const x = q * (c.g[j] + ca * eta[a] + cb * eta[b]);
    lp += logNormalCdfMills(x);
    const m = mills.value;
    const w = m * (x + m);
    grad[a] += q * m * ca;
    grad[b] += q * m * cb;
    negHess[a * T + a] += w * ca * ca;
    negHess[b * T + b] += w * cb * cb;
    negHess[a * T + b] += w * ca * cb;
    negHess[b * T + a] += w * ca * cb;
  }
  return lp;
}

export interface TirtScores {
  persons: number;
  traits: number;
  /** persons × traits, row-major. */
  theta: Float64Array;
  se: Float64Array;
  /** persons × traits × traits posterior covariances. */
  covariance: Float64Array;
  converged: Uint8Array;
}

/** Work buffers of one scorer, reused across persons. */
export function mapWorkspace(T: number) {
  return {
    eta: new Float64Array(T),
    trial: new Float64Array(T),
    grad: new Float64Array(T),
    negHess: new Float64Array(T * T),
    trialGrad: new Float64Array(T),
    trialNegHess: new Float64Array(T * T),
    chol: new Float64Array(T * T),
    step: new Float64Array(T),
    cov: new Float64Array(T * T),
  };
}

export type MapWorkspace = ReturnType<typeof mapWorkspace>;

/**
 * MAP estimate for one row by damped Newton–Raphson from η = 0; writes the
 * mode into ws.eta and the Laplace covariance (inverse negative Hessian at
 * the mode) into ws.cov.
 *
 * The negative Hessian Φ⁻¹ + Σ w_j u_j u_jᵀ (w_j ≥ 0) is positive definite
 * in exact arithmetic. Should rounding (a nearly singular Φ) or non-finite
 * numbers make its Cholesky factorisation fail, the Newton step is taken
 * with the smallest ridge that works, and if it still fails at the end the
 * covariance is NaN and the row is reported as not converged — never a
 * factor left over from an earlier row or iteration.
 */
export function mapOne(c: PairCoefficients, y: Int8Array, off: number, ws: MapWorkspace): boolean {
  const T = c.T;
  const { eta, trial, chol, step } = ws;
  let { grad, negHess, trialGrad, trialNegHess } = ws;
  eta.fill(0);
  let lp = posteriorDerivatives(c, y, off, eta, grad, negHess);
  let converged = false;
  for (let it = 0; it < 100 && !converged; it++) {
    const factor = cholesky(negHess, T, chol) ?? choleskyRidged(negHess, T)?.factor;
    if (!factor) break;
    choleskySolve(factor, T, grad, step);
    let full = 0;
    for (let a = 0; a < T; a++) full = Math.max(full, Math.abs(step[a]));
    if (full < 1e-6) {
      // Converged: take the last tiny step; the covariance uses the Hessian
      // evaluated O(1e-6) away, which changes it by O(1e-6).
      for (let a = 0; a < T; a++) eta[a] += step[a];
      converged = true;
      break;
    }
    let t = 1;
    let lpn = lp;
    for (let h = 0; h < 30; h++) {
      for (let a = 0; a < T; a++) trial[a] = eta[a] + t * step[a];
      lpn = posteriorDerivatives(c, y, off, trial, trialGrad, trialNegHess);
      if (lpn >= lp - 1e-12) break;
      t *= 0.5;
    }
    eta.set(trial);
    [grad, trialGrad] = [trialGrad, grad];
    [negHess, trialNegHess] = [trialNegHess, negHess];
    lp = lpn;
    converged = t * full < 1e-6;
  }
  if (cholesky(negHess, T, chol)) choleskyInverse(chol, T, ws.cov);
  else {
    ws.cov.fill(Number.NaN);
    converged = false;
  }
  return converged;
}

function emptyScores(persons: number, T: number): TirtScores {
  return {
    persons,
    traits: T,
    theta: new Float64Array(persons * T),
    se: new Float64Array(persons * T),
    covariance: new Float64Array(persons * T * T),
    converged: new Uint8Array(persons),
  };
}

export interface ScoreProgress {
  progress?: (done: number, total: number) => void;
}

export function scoreMap(
  model: TirtModel,
  outcomes: Int8Array,
  persons: number,
  opts: ScoreProgress = {},
): TirtScores {
  const c = pairCoefficients(model);
  const T = c.T;
  const out = emptyScores(persons, T);
  const ws = mapWorkspace(T);
  for (let p = 0; p < persons; p++) {
    out.converged[p] = mapOne(c, outcomes, p * c.P, ws) ? 1 : 0;
    for (let a = 0; a < T; a++) {
      out.theta[p * T + a] = ws.eta[a];
      out.se[p * T + a] = Math.sqrt(ws.cov[a * T + a]);
    }
    out.covariance.set(ws.cov, p * T * T);
    if (opts.progress && (p % 1000 === 999 || p === persons - 1)) opts.progress(p + 1, persons);
  }
  return out;
}

export interface EapOptions extends ScoreProgress {
  /** Importance draws per person (even; antithetic pairs). Default 200. */
  draws?: number;
  seed?: number;
  /** Plausible values per person drawn by SIR from the importance sample (default 0). */
  plausibleValues?: number;
}

export interface EapScores extends TirtScores {
  /** Kish effective sample size of the importance weights, per person. */
  effectiveDraws: Float64Array;
  /** persons × count × traits, when requested. */
  plausible?: Float64Array;
}

const PROPOSAL_SCALE = 1.2;

export function scoreEap(
  model: TirtModel,
  outcomes: Int8Array,
  persons: number,
  opts: EapOptions = {},
): EapScores {
  const c = pairCoefficients(model);
  const T = c.T;
  const M = 2 * Math.ceil((opts.draws ?? 200) / 2);
  const rng = createRng(opts.seed ?? 20260101);
  const Z = new Float64Array(M * T);
  for (let m = 0; m < M; m += 2)
    for (let a = 0; a < T; a++) {
      const z = rng.normal();
      Z[m * T + a] = z;
      Z[(m + 1) * T + a] = -z;
    }
  const zz = Float64Array.from({ length: M }, (_, m) => {
    let s = 0;
    for (let a = 0; a < T; a++) s += Z[m * T + a] ** 2;
    return s;
  });
  const nPv = opts.plausibleValues ?? 0;
  const base = emptyScores(persons, T);
  const out: EapScores = {
    ...base,
    effectiveDraws: new Float64Array(persons),
    ...(nPv > 0 ? { plausible: new Float64Array(persons * nPv * T) } : {}),
  };
  const ws = mapWorkspace(T);
  const L = new Float64Array(T * T);
  const draws = new Float64Array(M * T);
  const logw = new Float64Array(M);
  const point = new Float64Array(T);
  const mean = new Float64Array(T);
  for (let p = 0; p < persons; p++) {
    const off = p * c.P;
    out.converged[p] = mapOne(c, outcomes, off, ws) ? 1 : 0;
    if (!cholesky(ws.cov, T, L)) {
      // No proposal without a Laplace covariance: no EAP for this row.
      out.converged[p] = 0;
      unscored(out, p, nPv);
      if (opts.progress && (p % 1000 === 999 || p === persons - 1)) opts.progress(p + 1, persons);
      continue;
    }
    let maxLw = Number.NEGATIVE_INFINITY;
    for (let m = 0; m < M; m++) {
      for (let a = 0; a < T; a++) {
        let s = 0;
        for (let b = 0; b <= a; b++) s += L[a * T + b] * Z[m * T + b];
        point[a] = ws.eta[a] + PROPOSAL_SCALE * s;
        draws[m * T + a] = point[a];
      }
      logw[m] = logPosterior(c, outcomes, off, point) + 0.5 * zz[m];
      if (logw[m] > maxLw) maxLw = logw[m];
    }
    let sw = 0;
    let sw2 = 0;
    mean.fill(0);
    for (let m = 0; m < M; m++) {
      const w = Math.exp(logw[m] - maxLw);
      logw[m] = w;
      sw += w;
      sw2 += w * w;
      for (let a = 0; a < T; a++) mean[a] += w * draws[m * T + a];
    }
    for (let a = 0; a < T; a++) mean[a] /= sw;
    const cov = out.covariance.subarray(p * T * T, (p + 1) * T * T);
    for (let m = 0; m < M; m++) {
      const w = logw[m] / sw;
      for (let a = 0; a < T; a++) {
        const da = draws[m * T + a] - mean[a];
        for (let b = 0; b <= a; b++) cov[a * T + b] += w * da * (draws[m * T + b] - mean[b]);
      }
    }
    for (let a = 0; a < T; a++) {
      for (let b = 0; b < a; b++) cov[b * T + a] = cov[a * T + b];
      out.theta[p * T + a] = mean[a];
      out.se[p * T + a] = Math.sqrt(cov[a * T + a]);
    }
    out.effectiveDraws[p] = (sw * sw) / sw2;
    if (out.plausible) {
      for (let v = 0; v < nPv; v++) {
        let u = rng.uniform() * sw;
        let m = 0;
        while (m < M - 1 && u >= logw[m]) {
          u -= logw[m];
          m++;
        }
        for (let a = 0; a < T; a++) out.plausible[(p * nPv + v) * T + a] = draws[m * T + a];
      }
    }
    if (opts.progress && (p % 1000 === 999 || p === persons - 1)) opts.progress(p + 1, persons);
  }
  return out;
}

/** NaN estimates for row p (its MAP had no positive definite covariance). */
function unscored(out: EapScores, p: number, nPv: number): void {
  const T = out.traits;
  out.theta.fill(Number.NaN, p * T, (p + 1) * T);
  out.se.fill(Number.NaN, p * T, (p + 1) * T);
  out.covariance.fill(Number.NaN, p * T * T, (p + 1) * T * T);
  out.plausible?.fill(Number.NaN, p * nPv * T, (p + 1) * nPv * T);
}

/**
 * Forced-choice person fit: the standardised log-likelihood lz (Drasgow,
 * Levine & Williams 1985) of the observed pairwise outcomes evaluated at the
 * MAP, l_z = (l₀ − E l₀)/√Var l₀ with E and Var taken over independent
 * pairwise outcomes at the MAP. Low values mean an unlikely pattern. Because
 * η is estimated and pairs in a block are dependent, lz is not N(0, 1) here;
 * compare with `personFitNull`'s simulated distribution instead.
 */
export function personFit(
  model: TirtModel,
  outcomes: Int8Array,
  persons: number,
  theta: Float64Array,
): Float64Array {
  const c = pairCoefficients(model);
  const T = c.T;
  const out = new Float64Array(persons);
  for (let p = 0; p < persons; p++) {
    let l0 = 0;
    let e = 0;
    let v = 0;
    for (let j = 0; j < c.P; j++) {
      const y = outcomes[p * c.P + j];
      if (y === MISSING) continue;
      const z = c.g[j] + c.ca[j] * theta[p * T + c.ta[j]] + c.cb[j] * theta[p * T + c.tb[j]];
      const pr = Math.min(Math.max(normalCdf(z), 1e-12), 1 - 1e-12);
      const lp = Math.log(pr);
      const lq = Math.log(1 - pr);
      l0 += y === 1 ? lp : lq;
      e += pr * lp + (1 - pr) * lq;
      v += pr * (1 - pr) * (lp - lq) ** 2;
    }
    out[p] = v > 0 ? (l0 - e) / Math.sqrt(v) : Number.NaN;
  }
  return out;
}
