/**
 * Confirmatory multidimensional IRT (compensatory, slope-intercept form as
 * mirt): item j loads on the dimensions listed in its pattern, and
 *
 *   P(X_j ≥ k | θ) = 1 / (1 + exp(−(a_jᵀθ + d_jk))),  k = 1..K_j−1,
 *
 * the graded response model; with two categories this is the 2PL. θ follows
 * N(0, R) with unit variances and estimated correlations R.
 */
export type MirtItemModel = "2pl" | "graded";

export interface MirtItemSpec {
  name: string;
  model: MirtItemModel;
  /** Indices of the dimensions the item loads on (the loading pattern). */
  loads: number[];
}

export interface MirtSpec {
  /** Names of the dimensions, e.g. the three factors of the integrity framework. */
  dimensions: string[];
  items: MirtItemSpec[];
}

export interface MirtItemParams {
  name: string;
  model: MirtItemModel;
  /** Slopes, one per dimension; 0 where the pattern has no loading. */
  a: number[];
  /** Intercepts d_1 > d_2 > … (one value for 2PL). */
  d: number[];
}

export interface MirtParams {
  model: "mirt-cfa";
  dimensions: string[];
  items: MirtItemParams[];
  /** Factor correlation matrix (D × D). */
  correlations: number[][];
}

export interface MirtFit extends MirtParams {
  logLik: number;
  iterations: number;
  converged: boolean;
  /** Points per dimension of the product grid and its half-width. */
  grid: { pointsPerDimension: number; bound: number };
  /** Cross-product (XPD) standard errors, unless `standardErrors: false`. */
  se?: {
    items: { a: number[]; d: number[] }[];
    correlations: number[][];
  };
}

export interface MirtOptions {
  /** Quadrature points per dimension (default 61 for 1 dimension, 21 for 2, 15 for 3, 9 beyond). */
  pointsPerDimension?: number;
  /** Grid spans [−bound, bound] on every dimension (default 6 for 1 dimension, else 4.5). */
  bound?: number;
  /** Largest parameter change accepted as converged (default 1e-4). */
  tolerance?: number;
  /** EM iteration cap (default 500). */
  maxIterations?: number;
  /** Compute cross-product standard errors after convergence (default true). */
  standardErrors?: boolean;
}

/** Responses: rows are persons, columns items, integers from 0; null/undefined/NaN = missing. */
export type MirtResponses = readonly (readonly (number | null | undefined)[])[];
