/**
 * Local dependence between pairs of items.
 *
 * - Yen's (1984) Q3: the correlation, over persons answering both items, of
 *   the residuals x_pi − E(X_i | θ̂_p). Under local independence Q3 is
 *   slightly negative (about −1/(J−1)), so pairs are judged on
 *   Q3* = Q3 − mean(Q3 over all pairs) (Christensen, Makransky & Horton 2017);
 *   the default flag is Q3* > 0.2.
 * - Chen & Thissen's (1997) LD-X2: for the two-way table of a pair, Pearson's
 *   X² between observed counts and those implied by the model,
 *   E_kl = N_ij ∫ P_ik(θ) P_jl(θ) φ(θ) dθ, with df = (K_i − 1)(K_j − 1).
 *   It needs no θ estimates. Signed (as mirt's residuals(type = "LD")) by the
 *   direction of the residual covariance of the item scores: positive when
 *   the pair agrees more than the model implies. Reported also standardised,
 *   z = (|X²| − df)/sqrt(2·df), with its χ² p-value.
 */
import { MISSING, type ResponseData } from "../estimation/data.ts";
import { expectedScore, maxCategories, nCategories } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { chiSquareSurvival } from "../numeric/chiSquare.ts";
import { normalQuadrature } from "../numeric/quadrature.ts";
import { itemTraces } from "./summedScore.ts";

export interface Q3Result {
  /** J × J residual correlations (diagonal 1, NaN when a pair has < 3 common persons). */
  q3: number[][];
  /** Mean of the off-diagonal Q3. */
  meanQ3: number;
  /** Pairs whose Q3* = Q3 − meanQ3 exceeds the threshold, largest first. */
  flagged: { i: number; j: number; q3: number; q3Star: number }[];
}

export function yenQ3(
  items: readonly ItemParams[],
  data: ResponseData,
  thetas: ArrayLike<number>,
  threshold = 0.2,
): Q3Result {
  const J = items.length;
  const N = data.nPersons;
  const resid = new Float64Array(N * J).fill(Number.NaN);
  const scratch = new Float64Array(maxCategories(items));
  for (let p = 0; p < N; p++) {
    if (!Number.isFinite(thetas[p])) continue;
    for (let i = 0; i < J; i++) {
      const x = data.x[p * J + i];
      if (x !== MISSING) resid[p * J + i] = x - expectedScore(items[i], thetas[p], scratch);
    }
  }
  const q3: number[][] = Array.from({ length: J }, (_, i) =>
    Array.from({ length: J }, (_, j) => (i === j ? 1 : 0)),
  );
  let sum = 0;
  let count = 0;
  for (let i = 0; i < J; i++) {
    for (let j = i + 1; j < J; j++) {
      let n = 0;
      let si = 0;
      let sj = 0;
      let sii = 0;
      let sjj = 0;
      let sij = 0;
      for (let p = 0; p < N; p++) {
        const a = resid[p * J + i];
        const b = resid[p * J + j];
        if (Number.isNaN(a) || Number.isNaN(b)) continue;
        n++;
        si += a;
        sj += b;
        sii += a * a;
        sjj += b * b;
        sij += a * b;
      }
      const cov = sij - (si * sj) / n;
      const r = n < 3 ? Number.NaN : cov / Math.sqrt((sii - (si * si) / n) * (sjj - (sj * sj) / n));
      q3[i][j] = r;
      q3[j][i] = r;
      if (Number.isFinite(r)) {
        sum += r;
        count++;
      }
    }
  }
  const meanQ3 = count > 0 ? sum / count : Number.NaN;
  const flagged: Q3Result["flagged"] = [];
  for (let i = 0; i < J; i++) {
    for (let j = i + 1; j < J; j++) {
      const q3Star = q3[i][j] - meanQ3;
      if (q3Star > threshold) flagged.push({ i, j, q3: q3[i][j], q3Star });
    }
  }
  flagged.sort((x, y) => y.q3Star - x.q3Star);
  return { q3, meanQ3, flagged };
}

export interface LdX2Pair {
  i: number;
  j: number;
  /** X² signed by the direction of the dependence. */
  x2: number;
  df: number;
  p: number;
  /** (|X²| − df)/sqrt(2df): large positive values flag the pair. */
  z: number;
  n: number;
}

export function ldX2(items: readonly ItemParams[], data: ResponseData, quadPoints = 61): LdX2Pair[] {
  const J = items.length;
  const { nodes, weights } = normalQuadrature(quadPoints);
  const Q = nodes.length;
  const traces = itemTraces(items, nodes);
  const K = items.map(nCategories);
  const out: LdX2Pair[] = [];
  for (let i = 0; i < J; i++) {
    for (let j = i + 1; j < J; j++) {
      const Ki = K[i];
      const Kj = K[j];
      const obs = new Float64Array(Ki * Kj);
      let n = 0;
      for (let p = 0; p < data.nPersons; p++) {
        const a = data.x[p * J + i];
        const b = data.x[p * J + j];
        if (a === MISSING || b === MISSING) continue;
        obs[a * Kj + b]++;
        n++;
      }
      if (n === 0) continue;
      let x2 = 0;
      let covObs = 0;
      let covExp = 0;
      let mi = 0;
      let mj = 0;
      const exp = new Float64Array(Ki * Kj);
      for (let a = 0; a < Ki; a++) {
        for (let b = 0; b < Kj; b++) {
          let e = 0;
          for (let q = 0; q < Q; q++) e += traces[i][a * Q + q] * traces[j][b * Q + q] * weights[q];
          exp[a * Kj + b] = n * e;
          mi += a * n * e;
          mj += b * n * e;
        }
      }
      mi /= n;
      mj /= n;
      for (let a = 0; a < Ki; a++) {
        for (let b = 0; b < Kj; b++) {
          const o = obs[a * Kj + b];
          const e = exp[a * Kj + b];
          x2 += ((o - e) * (o - e)) / e;
          covObs += (a - mi) * (b - mj) * o;
          covExp += (a - mi) * (b - mj) * e;
        }
      }
      const df = (Ki - 1) * (Kj - 1);
      const sign = covObs >= covExp ? 1 : -1;
      out.push({
        i,
        j,
        x2: sign * x2,
        df,
        p: chiSquareSurvival(x2, df),
        z: (x2 - df) / Math.sqrt(2 * df),
        n,
      });
    }
  }
  return out;
}
