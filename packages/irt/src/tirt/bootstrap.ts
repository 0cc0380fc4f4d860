/**
 * Standard errors of Thurstonian IRT item parameters by the nonparametric
 * bootstrap over persons: the calibration is repeated on `replicates`
 * resamples (with replacement, seeded) started from the full-sample
 * estimates, and the SE of each parameter is the SD of its replicate
 * estimates. Analytic ULSMV sandwich SEs would need the asymptotic
 * covariance of all tetrachoric correlations (≈ 5,900² for 12 × 36); the
 * bootstrap costs one calibration per replicate instead. Used for parameter
 * drift checks when recalibrating (docs/hasil.md "Recalibration").
 */

import { createRng } from "../util/random.ts";
import { type CalibrationResult, calibrateTirtModel } from "./calibrate.ts";
import type { TirtDesign } from "./design.ts";

export interface TirtBootstrapOptions {
  replicates?: number;
  seed: number;
  progress?: (done: number, total: number) => void;
}

export interface TirtStandardErrors {
  replicates: number;
  /** Replicates whose calibration converged (only these enter the SDs). */
  converged: number;
  lambda: Float64Array;
  psi2: Float64Array;
  gamma: Float64Array;
  /** T × T, row-major (diagonal 0). */
  phi: Float64Array;
}

export function bootstrapTirtStandardErrors(
  design: TirtDesign,
  outcomes: Int8Array,
  persons: number,
  fit: CalibrationResult,
  opts: TirtBootstrapOptions,
): TirtStandardErrors {
  const B = opts.replicates ?? 50;
  const rng = createRng(opts.seed);
  const P = fit.model.layout.pairs.length;
  const { lambda, psi2, gamma, phi } = fit.model;
  const acc = [lambda, psi2, gamma, phi].map((v) => ({
    sum: new Float64Array(v.length),
    sq: new Float64Array(v.length),
  }));
  const sample = new Int8Array(persons * P);
  let converged = 0;
  for (let b = 0; b < B; b++) {
    for (let p = 0; p < persons; p++) {
      const src = rng.int(persons);
      sample.set(outcomes.subarray(src * P, (src + 1) * P), p * P);
    }
    const rep = calibrateTirtModel(design, sample, persons, { start: fit.model });
    opts.progress?.(b + 1, B);
    if (!rep.params.estimation?.converged) continue;
    converged++;
    [rep.model.lambda, rep.model.psi2, rep.model.gamma, rep.model.phi].forEach((v, k) => {
      for (let i = 0; i < v.length; i++) {
        acc[k].sum[i] += v[i];
        acc[k].sq[i] += v[i] * v[i];
      }
    });
  }
  const sd = (k: number) =>
    acc[k].sum.map((s, i) => {
      const m = s / converged;
      return Math.sqrt(Math.max(0, (acc[k].sq[i] - converged * m * m) / (converged - 1)));
    });
  return { replicates: B, converged, lambda: sd(0), psi2: sd(1), gamma: sd(2), phi: sd(3) };
}
