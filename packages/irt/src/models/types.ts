/**
 * Item parameter types shared by the whole engine, in mirt's slope-intercept
 * form (as `coef(fit, simplify = TRUE)` prints it). This is also the shape of
 * each entry of `items` in the CLI's params.json (docs/irt/core.md "CLI").
 *
 * - rasch: P(1) = 1 / (1 + exp(-(θ + d))), `a` is fixed at 1 (the latent
 *   variance is estimated instead, as in mirt's Rasch itemtype).
 * - 2pl:   P(1) = 1 / (1 + exp(-(a·θ + d))).
 * - 3pl:   P(1) = g + (1 − g) / (1 + exp(-(a·θ + d))).
 * - grm:   P(X ≥ k) = 1 / (1 + exp(-(a·θ + d[k−1]))), k = 1..K−1, with
 *          d[0] > d[1] > … (`d` has K − 1 values).
 * - gpcm:  P(X = k) ∝ exp(ak[k]·a·θ + d[k]), k = 0..K−1, with mirt's scoring
 *          weights ak = 0..K−1 and d[0] = 0 (`d` has K values).
 */
export type ModelName = "rasch" | "2pl" | "3pl" | "grm" | "gpcm";

export const MODEL_NAMES: readonly ModelName[] = ["rasch", "2pl", "3pl", "grm", "gpcm"];

export interface ItemParams {
  model: ModelName;
  /** Slope (discrimination) in slope-intercept form; 1 for Rasch. */
  a: number;
  /** Intercepts; see the model list above for their number and meaning. */
  d: number[];
  /** Lower asymptote (3PL only). */
  g?: number;
  /** GPCM scoring weights; defaults to 0..K−1. */
  ak?: number[];
  /** Item name (column header), optional. */
  name?: string;
}

/** Traditional (IRT textbook) form without the 1.702 scaling constant. */
export interface TraditionalParams {
  model: ModelName;
  /** Discrimination a (same as the slope). */
  a: number;
  /**
   * Difficulties: 2PL/3PL/Rasch one value, b = −d/a; GRM category boundaries
   * b_k = −d_k/a (increasing); GPCM step difficulties b_k = −(d_k − d_{k−1})/a
   * for k = 1..K−1.
   */
  b: number[];
  g?: number;
}

export function isModelName(x: string): x is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(x);
}
