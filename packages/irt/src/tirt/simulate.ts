/**
 * Simulation of forced-choice responses from the Thurstonian IRT model with
 * known parameters: traits η ~ N(0, Φ), one draw of each statement's
 * uniqueness ε_i per person and block (so the pairs of a block share it, as
 * in the model), pairwise outcomes y_ik = [λ_i η_a + ε_i − λ_k η_b − ε_k > γ_ik].
 */

import { cholesky } from "../numeric/linalg.ts";
import { createRng } from "../util/random.ts";
import { TirtError } from "./errors.ts";
import type { TirtModel } from "./params.ts";
import { MISSING } from "./responses.ts";

export interface SimulateOptions {
  persons: number;
  seed: number;
  /** "mostLeast" keeps only the most and least liked statement of blocks of 4 (one pair unknown). */
  format?: "full" | "mostLeast";
  /** Probability that a person skips a block (missing). */
  skipRate?: number;
  /** Use these traits (persons × traits, row-major) instead of drawing them. */
  eta?: Float64Array;
}

export interface SimulatedTirt {
  eta: Float64Array;
  outcomes: Int8Array;
  persons: number;
}

export function simulateTirt(model: TirtModel, opts: SimulateOptions): SimulatedTirt {
  const { layout, lambda, psi2, gamma, traits: T } = model;
  const rng = createRng(opts.seed);
  const N = opts.persons;
  const P = layout.pairs.length;
  const chol = new Float64Array(T * T);
  if (!cholesky(model.phi, T, chol))
    throw new TirtError(
      "Matriks korelasi trait tidak definit positif",
      "trait correlation matrix is not positive definite",
    );
  let eta = opts.eta;
  if (!eta) {
    eta = new Float64Array(N * T);
    const z = new Float64Array(T);
    for (let p = 0; p < N; p++) {
      for (let a = 0; a < T; a++) z[a] = rng.normal();
      for (let a = 0; a < T; a++) {
        let s = 0;
        for (let m = 0; m <= a; m++) s += chol[a * T + m] * z[m];
        eta[p * T + a] = s;
      }
    }
  }
  const outcomes = new Int8Array(N * P);
  const nStat = layout.statementTrait.length;
  const u = new Float64Array(nStat);
  const psi = psi2.map(Math.sqrt);
  const skip = opts.skipRate ?? 0;
  for (let p = 0; p < N; p++) {
    for (let i = 0; i < nStat; i++)
      u[i] = lambda[i] * eta[p * T + layout.statementTrait[i]] + psi[i] * rng.normal();
    for (let j = 0; j < P; j++) {
      const pr = layout.pairs[j];
      outcomes[p * P + j] = u[pr.first] - u[pr.second] > gamma[j] ? 1 : 0;
    }
    for (let b = 0; b < layout.blockSize.length; b++) {
      const start = layout.blockPairStart[b];
      const n = layout.blockSize[b];
      const count = (n * (n - 1)) / 2;
      if (skip > 0 && rng.uniform() < skip) {
        outcomes.fill(MISSING, p * P + start, p * P + start + count);
      } else if (opts.format === "mostLeast" && n === 4) {
        maskMiddlePair(layout.pairs, outcomes, p * P, start, count);
      }
    }
  }
  return { eta, outcomes, persons: N };
}

/** Most/least of four: the comparison between the two unchosen statements is not observed. */
function maskMiddlePair(
  pairs: TirtModel["layout"]["pairs"],
  outcomes: Int8Array,
  rowOffset: number,
  start: number,
  count: number,
): void {
  const wins = [0, 0, 0, 0];
  for (let j = 0; j < count; j++) {
    const pr = pairs[start + j];
    wins[outcomes[rowOffset + start + j] === 1 ? pr.firstPos : pr.secondPos]++;
  }
  const order = [0, 1, 2, 3].sort((a, b) => wins[b] - wins[a] || a - b);
  const [m1, m2] = [order[1], order[2]].sort((a, b) => a - b);
  for (let j = 0; j < count; j++) {
    const pr = pairs[start + j];
    if (pr.firstPos === m1 && pr.secondPos === m2) outcomes[rowOffset + start + j] = MISSING;
  }
}
