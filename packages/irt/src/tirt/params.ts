/**
 * Thurstonian IRT parameters (the `params.json` of `--model tirt`) and their
 * numeric form. Statement utility t_i = μ_i + λ_i η_trait(i) + ε_i with
 * ε_i ~ N(0, ψ²_i); the binary outcome of pair (i, k) is 1 when t_i > t_k,
 * P(y_ik = 1 | η) = Φ((−γ_ik + λ_i η_a − λ_k η_b) / √(ψ²_i + ψ²_k)).
 */

import { createRng } from "../util/random.ts";
import { layoutOf, type TirtDesign, type TirtLayout } from "./design.ts";
import { TirtError } from "./errors.ts";

export interface TirtStatementParams {
  id: string;
  block: string;
  trait: string;
  keyed: 1 | -1;
  lambda: number;
  psi2: number;
  /** True when ψ² was fixed for identification rather than estimated. */
  psi2Fixed?: boolean;
}

export interface TirtPairParams {
  block: string;
  /** Statement ids; y = 1 when `first` is preferred to `second`. */
  first: string;
  second: string;
  gamma: number;
}

export interface TirtEstimation {
  estimator: "ULS";
  persons: number;
  iterations: number;
  converged: boolean;
  /** ULS discrepancy Σ (r − ρ)² over the tetrachoric correlations (thresholds are saturated). */
  fitValue: number;
  /** Root mean square of the correlation residuals. */
  srmr: number;
  gradientMaxAbs: number;
  freeParameters: number;
  /** Degrees of freedom after removing the n(n−1)(n−2)/6 redundancies per block. */
  df: number;
  redundancies: number;
  /** Statements whose ψ² fell to the Heywood floor and were fixed there. */
  heywood: string[];
  message: string;
}

export interface TirtParams {
  model: "tirt";
  traits: string[];
  traitCorrelations: number[][];
  statements: TirtStatementParams[];
  pairs: TirtPairParams[];
  estimation?: TirtEstimation;
}

/** Numeric view of parameters aligned with a layout. */
export interface TirtModel {
  layout: TirtLayout;
  lambda: Float64Array;
  psi2: Float64Array;
  gamma: Float64Array;
  /** T × T trait correlation matrix, row-major. */
  phi: Float64Array;
  traits: number;
}

export function modelFromParams(design: TirtDesign, params: TirtParams): TirtModel {
  const layout = layoutOf(design);
  const T = design.traits.length;
  if (params.model !== "tirt")
    throw new TirtError("Berkas parameter bukan model tirt", "the parameter file is not a tirt model");
  if (params.traits.join("\u0000") !== design.traits.join("\u0000"))
    throw new TirtError(
      "Trait pada parameter tidak sama dengan desain",
      "the parameters' traits differ from the design's",
    );
  const ids = design.blocks.flatMap((b) => b.statements.map((s) => s.id));
  const stmts = design.blocks.flatMap((b) => b.statements);
  if (
    params.statements.length !== ids.length ||
    params.statements.some(
      (s, i) => s.id !== ids[i] || s.trait !== stmts[i].trait || s.keyed !== stmts[i].keyed,
    )
  )
    throw new TirtError(
      "Pernyataan pada parameter (id, trait, keyed, urutan) tidak sama dengan desain",
      "the parameters' statements (id, trait, keyed, order) differ from the design's",
    );
  if (params.pairs.length !== layout.pairs.length)
    throw new TirtError(
      "Jumlah pasangan pada parameter tidak sesuai desain",
      "pair count differs from the design",
    );
  layout.pairs.forEach((p, j) => {
    const q = params.pairs[j];
    if (q.first !== ids[p.first] || q.second !== ids[p.second])
      throw new TirtError(
        `Pasangan ke-${j + 1} pada parameter tidak sesuai desain`,
        `pair ${j + 1} differs from the design`,
      );
  });
  const phi = new Float64Array(T * T);
  for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) phi[a * T + b] = params.traitCorrelations[a][b];
  return {
    layout,
    lambda: Float64Array.from(params.statements, (s) => s.lambda),
    psi2: Float64Array.from(params.statements, (s) => s.psi2),
    gamma: Float64Array.from(params.pairs, (p) => p.gamma),
    phi,
    traits: T,
  };
}

export function paramsFromModel(
  model: TirtModel,
  fixed?: boolean[],
  estimation?: TirtEstimation,
): TirtParams {
  const { layout } = model;
  const design = layout.design;
  const T = model.traits;
  const statements = design.blocks.flatMap((b, bi) =>
    b.statements.map((s, si): TirtStatementParams => {
      const g = layout.blockStart[bi] + si;
      const out: TirtStatementParams = {
        id: s.id,
        block: b.id,
        trait: s.trait,
        keyed: s.keyed,
        lambda: model.lambda[g],
        psi2: model.psi2[g],
      };
      if (fixed) out.psi2Fixed = fixed[g];
      return out;
    }),
  );
  return {
    model: "tirt",
    traits: [...design.traits],
    traitCorrelations: Array.from({ length: T }, (_, a) =>
      Array.from({ length: T }, (_, b) => model.phi[a * T + b]),
    ),
    statements,
    pairs: layout.pairs.map((p, j) => ({
      block: design.blocks[p.block].id,
      first: statements[p.first].id,
      second: statements[p.second].id,
      gamma: model.gamma[j],
    })),
    ...(estimation ? { estimation } : {}),
  };
}

export interface GenerateOptions {
  seed: number;
  /** Range of |λ| for standardised utilities (ψ² = 1 − λ²); default [0.65, 0.95]. */
  loadingRange?: [number, number];
  /** Statement mean utilities μ are drawn from U(−utilityRange, utilityRange); default 1. */
  utilityRange?: number;
  /** Trait correlation matrix; default identity. */
  traitCorrelations?: number[][];
}

/**
 * Generating ("true") parameters for simulation: standardised statement
 * utilities with λ_i = keyed_i·U(range), ψ²_i = 1 − λ²_i, utilities μ_i and
 * thresholds γ_ik = μ_k − μ_i (so simulated rankings are transitive).
 */
export function generateTirtParams(design: TirtDesign, opts: GenerateOptions): TirtModel {
  const layout = layoutOf(design);
  const rng = createRng(opts.seed);
  const [lo, hi] = opts.loadingRange ?? [0.65, 0.95];
  const ur = opts.utilityRange ?? 1;
  const n = layout.statementTrait.length;
  const lambda = new Float64Array(n);
  const psi2 = new Float64Array(n);
  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const l = lo + (hi - lo) * rng.uniform();
    lambda[i] = layout.statementKeyed[i] * l;
    psi2[i] = 1 - l * l;
    mu[i] = ur * (2 * rng.uniform() - 1);
  }
  const gamma = Float64Array.from(layout.pairs, (p) => mu[p.second] - mu[p.first]);
  const T = design.traits.length;
  const phi = new Float64Array(T * T);
  for (let a = 0; a < T; a++)
    for (let b = 0; b < T; b++)
      phi[a * T + b] = opts.traitCorrelations ? opts.traitCorrelations[a][b] : a === b ? 1 : 0;
  return { layout, lambda, psi2, gamma, phi, traits: T };
}
