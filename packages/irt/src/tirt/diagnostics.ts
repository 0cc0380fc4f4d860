/**
 * Design-level diagnostics: test information of a forced-choice form, the
 * simulated null distribution of the person-fit statistic, and the design
 * guard `simulateFormReliability` (docs/item-bank.md "Design guard") — expected reliability per trait
 * and the bias of inter-trait correlations of estimated scores.
 */

import { inverseSpd } from "../numeric/linalg.ts";
import { normalCdf, normalDensity } from "../numeric/normal.ts";
import type { TirtDesign } from "./design.ts";
import { modelFromParams, type TirtModel, type TirtParams } from "./params.ts";
import { type PairCoefficients, pairCoefficients, personFit, scoreMap } from "./score.ts";
import { simulateTirt } from "./simulate.ts";

/**
 * Expected (Fisher) information matrix T × T at η from the pairs of the given
 * blocks (default all), treating pairs as independent given η as in scoring:
 * Σ_j φ(z_j)² / (Φ(z_j)(1 − Φ(z_j))) c_j c_jᵀ.
 */
export function informationMatrix(
  c: PairCoefficients,
  pairIndices: ArrayLike<number>,
  eta: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const T = c.T;
  for (let q = 0; q < pairIndices.length; q++) {
    const j = pairIndices[q];
    const a = c.ta[j];
    const b = c.tb[j];
    const z = c.g[j] + c.ca[j] * eta[a] + c.cb[j] * eta[b];
    const p = normalCdf(z);
    const d = normalDensity(z);
    const w = (d * d) / Math.max(p * (1 - p), 1e-300);
    out[a * T + a] += w * c.ca[j] * c.ca[j];
    out[b * T + b] += w * c.cb[j] * c.cb[j];
    out[a * T + b] += w * c.ca[j] * c.cb[j];
    out[b * T + a] += w * c.ca[j] * c.cb[j];
  }
  return out;
}

export interface TestInformation {
  /** Fisher information of the whole form at η (T × T, row-major). */
  information: Float64Array;
  /** Posterior standard error per trait: √diag((I + Φ⁻¹)⁻¹). */
  se: number[];
}

export function testInformation(model: TirtModel, eta: ArrayLike<number>): TestInformation {
  const c = pairCoefficients(model);
  const T = c.T;
  const info = informationMatrix(
    c,
    Int32Array.from({ length: c.P }, (_, j) => j),
    eta,
    new Float64Array(T * T),
  );
  const post = info.map((v, i) => v + c.phiInv[i]);
  const inv = inverseSpd(post, T);
  return {
    information: info,
    se: Array.from({ length: T }, (_, a) => (inv ? Math.sqrt(inv[a * T + a]) : Number.NaN)),
  };
}

export interface PersonFitNull {
  persons: number;
  /** lz quantiles of the simulated null at probabilities 0.01, 0.05, 0.10, 0.50. */
  quantiles: { p: number; lz: number }[];
  /** Persons with lz below this are flagged (lower α-quantile of the null). */
  critical: number;
  alpha: number;
}

/** Null distribution of lz: persons simulated from the model itself (shared uniquenesses included), scored by MAP. */
export function personFitNull(
  model: TirtModel,
  opts: { persons?: number; seed: number; alpha?: number },
): PersonFitNull {
  const n = opts.persons ?? 2000;
  const alpha = opts.alpha ?? 0.05;
  const sim = simulateTirt(model, { persons: n, seed: opts.seed });
  const scores = scoreMap(model, sim.outcomes, n);
  const lz = Array.from(personFit(model, sim.outcomes, n, scores.theta)).sort((a, b) => a - b);
  const q = (p: number) => lz[Math.min(n - 1, Math.max(0, Math.floor(p * n)))];
  return {
    persons: n,
    quantiles: [0.01, 0.05, 0.1, 0.5].map((p) => ({ p, lz: q(p) })),
    critical: q(alpha),
    alpha,
  };
}

export interface FormReliability {
  traits: string[];
  persons: number;
  /** Squared correlation of MAP scores with the true traits. */
  reliability: number[];
  /** var(θ̂) / (var(θ̂) + mean SE²) per trait. */
  empiricalReliability: number[];
  /** Correlation of MAP scores minus the true correlation, T × T (diagonal 0). */
  correlationBias: number[][];
  meanAbsCorrelationBias: number;
  maxAbsCorrelationBias: number;
  /** Trait pairs whose estimated correlation has the opposite sign of a true one with |ρ| ≥ 0.1. */
  signReversals: number;
}

function corr(x: Float64Array, y: Float64Array, n: number, T: number, a: number, b: number): number {
  let mx = 0;
  let my = 0;
  for (let p = 0; p < n; p++) {
    mx += x[p * T + a];
    my += y[p * T + b];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let p = 0; p < n; p++) {
    const dx = x[p * T + a] - mx;
    const dy = y[p * T + b] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * The design guard (docs/item-bank.md "Design guard"): simulate `n` persons answering the form under
 * the given parameters, score them by MAP with the same parameters and report
 * reliability per trait and the distortion of inter-trait correlations.
 */
export function simulateFormReliability(
  design: TirtDesign,
  params: TirtParams | TirtModel,
  opts: { n: number; seed: number },
): FormReliability {
  const model = "layout" in params ? params : modelFromParams(design, params);
  const T = model.traits;
  const n = opts.n;
  const sim = simulateTirt(model, { persons: n, seed: opts.seed });
  const s = scoreMap(model, sim.outcomes, n);
  const reliability: number[] = [];
  const empiricalReliability: number[] = [];
  for (let a = 0; a < T; a++) {
    reliability.push(corr(s.theta, sim.eta, n, T, a, a) ** 2);
    let m = 0;
    let v = 0;
    let e = 0;
    for (let p = 0; p < n; p++) m += s.theta[p * T + a];
    m /= n;
    for (let p = 0; p < n; p++) {
      v += (s.theta[p * T + a] - m) ** 2;
      e += s.se[p * T + a] ** 2;
    }
    empiricalReliability.push(v / n / (v / n + e / n));
  }
  const correlationBias = Array.from({ length: T }, () => new Array<number>(T).fill(0));
  let sum = 0;
  let max = 0;
  let reversals = 0;
  for (let a = 0; a < T; a++)
    for (let b = a + 1; b < T; b++) {
      const est = corr(s.theta, s.theta, n, T, a, b);
      const truth = model.phi[a * T + b];
      const d = est - truth;
      correlationBias[a][b] = correlationBias[b][a] = d;
      sum += Math.abs(d);
      max = Math.max(max, Math.abs(d));
      if (Math.abs(truth) >= 0.1 && Math.sign(est) !== Math.sign(truth)) reversals++;
    }
  return {
    traits: [...design.traits],
    persons: n,
    reliability,
    empiricalReliability,
    correlationBias,
    meanAbsCorrelationBias: T > 1 ? sum / ((T * (T - 1)) / 2) : 0,
    maxAbsCorrelationBias: max,
    signReversals: reversals,
  };
}
