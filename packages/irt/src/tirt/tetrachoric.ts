/**
 * First stage of limited-information estimation: thresholds of each binary
 * pairwise outcome from its margin, then the tetrachoric correlation of every
 * two outcomes by maximum likelihood with the thresholds held fixed (the
 * two-stage estimator lavaan uses), from the persons who have both
 * (pairwise deletion: skipped blocks and the unknown pair of a most/least
 * ranking are simply absent).
 */

import { bivariateNormalUpper, normalCdf, normalQuantile } from "../numeric/normal.ts";
import { TirtError } from "./errors.ts";
import { MISSING } from "./responses.ts";

export interface PairStatistics {
  /** Standardised thresholds τ_j: y_j = 1 when the latent y*_j > τ_j. */
  thresholds: Float64Array;
  /** P × P tetrachoric correlations, row-major (diagonal 1); NaN where no person has both. */
  correlations: Float64Array;
  /** P × P number of persons with both outcomes observed. */
  counts: Int32Array;
}

const RHO_MAX = 0.9999;

export function pairStatistics(
  outcomes: Int8Array,
  persons: number,
  P: number,
  names?: string[],
): PairStatistics {
  const ones = new Int32Array(P);
  const seen = new Int32Array(P);
  const both = new Int32Array(P * P);
  const firstOne = new Int32Array(P * P);
  const secondOne = new Int32Array(P * P);
  const bothOne = new Int32Array(P * P);
  const idx = new Int32Array(P);
  const val = new Int8Array(P);
  for (let p = 0; p < persons; p++) {
    let c = 0;
    const row = p * P;
    for (let j = 0; j < P; j++) {
      const y = outcomes[row + j];
      if (y === MISSING) continue;
      idx[c] = j;
      val[c] = y;
      c++;
      seen[j]++;
      ones[j] += y;
    }
    for (let a = 0; a < c; a++) {
      const base = idx[a] * P;
      const ya = val[a];
      for (let b = a + 1; b < c; b++) {
        const k = base + idx[b];
        both[k]++;
        firstOne[k] += ya;
        secondOne[k] += val[b];
        bothOne[k] += ya & val[b];
      }
    }
  }
  const thresholds = new Float64Array(P);
  for (let j = 0; j < P; j++) {
    const label = names ? names[j] : `#${j + 1}`;
    if (seen[j] === 0)
      throw new TirtError(
        `Perbandingan ${label} tidak pernah dijawab`,
        `comparison ${label} was never answered`,
      );
    if (ones[j] === 0 || ones[j] === seen[j])
      throw new TirtError(
        `Perbandingan ${label} hanya memiliki satu kategori jawaban; perbesar sampel atau periksa data`,
        `comparison ${label} has a single response category; use a larger sample or check the data`,
      );
    thresholds[j] = normalQuantile(1 - ones[j] / seen[j]);
  }
  const correlations = new Float64Array(P * P).fill(Number.NaN);
  const counts = new Int32Array(P * P);
  for (let j = 0; j < P; j++) {
    correlations[j * P + j] = 1;
    counts[j * P + j] = seen[j];
    for (let l = j + 1; l < P; l++) {
      const k = j * P + l;
      const n = both[k];
      counts[k] = counts[l * P + j] = n;
      if (n === 0) continue;
      const n11 = bothOne[k];
      const n10 = firstOne[k] - n11;
      const n01 = secondOne[k] - n11;
      const n00 = n - n11 - n10 - n01;
      const r = tetrachoric(thresholds[j], thresholds[l], n11, n10, n01, n00);
      correlations[k] = correlations[l * P + j] = r;
    }
  }
  return { thresholds, correlations, counts };
}

/** ML tetrachoric correlation of a 2×2 table with fixed thresholds (root of the score by bisection). */
export function tetrachoric(
  t1: number,
  t2: number,
  n11: number,
  n10: number,
  n01: number,
  n00: number,
): number {
  const p1 = normalCdf(-t1);
  const p2 = normalCdf(-t2);
  const score = (r: number): number => {
    const q11 = Math.max(bivariateNormalUpper(t1, t2, r), 1e-300);
    const q10 = Math.max(p1 - q11, 1e-300);
    const q01 = Math.max(p2 - q11, 1e-300);
    const q00 = Math.max(1 - p1 - p2 + q11, 1e-300);
    return n11 / q11 - n10 / q10 - n01 / q01 + n00 / q00;
  };
  let lo = -RHO_MAX;
  let hi = RHO_MAX;
  if (score(lo) <= 0) return lo;
  if (score(hi) >= 0) return hi;
  // The log-likelihood is unimodal in r: its score (times the positive
  // density φ₂) falls from positive to negative; bisect on the bracket.
  for (let it = 0; it < 48; it++) {
    const mid = 0.5 * (lo + hi);
    if (score(mid) > 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
