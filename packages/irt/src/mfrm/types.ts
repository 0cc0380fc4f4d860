/**
 * Many-facet Rasch measurement (Linacre, 1989), rating-scale form (Andrich):
 *
 *   log P(X = k) / P(X = k−1) = θ_n − Σ_f δ_{f,e_f} − τ_k,   k = 1..K−1,
 *
 * with θ_n the ability of pegawai n, δ_{f,e} the measure of element e of facet
 * f (item/criterion difficulty, rater severity, occasion…: all enter with a
 * minus sign, so a larger measure means lower expected ratings) and τ_k the
 * Rasch–Andrich thresholds shared by all items. Scores are 0..K−1.
 *
 * Identification: the elements of every facet are centred (Σ_e δ_{f,e} = 0),
 * thresholds sum to zero, and persons follow N(μ, σ²) with μ and σ estimated.
 */
export interface MfrmFacet {
  /** e.g. "aspek" (criterion), "penilai" (rater), "kesempatan" (occasion). */
  name: string;
  /** Labels of the facet's elements; observations refer to them by index. */
  levels: string[];
}

export interface MfrmObservation {
  /** Index into `personIds`. */
  person: number;
  /** One element index per facet, in the order of `facets`. */
  elements: number[];
  /** Rating 0..K−1. */
  score: number;
}

export interface MfrmData {
  personIds: string[];
  facets: MfrmFacet[];
  /** Number of rating categories K (scores 0..K−1). */
  categories: number;
  observations: MfrmObservation[];
}

export interface MfrmOptions {
  /** Quadrature points for the person distribution (default 41, on ±6 SD). */
  quadPoints?: number;
  /** Largest change of any parameter accepted as converged (default 1e-5). */
  tolerance?: number;
  /** EM iteration cap (default 2000). */
  maxIterations?: number;
  /**
   * Free parameters up to which standard errors invert the full XPD (default
   * `EXACT_MAX` = 400); larger models use block-wise information (se.ts).
   */
  seExactMax?: number;
}

export interface MfrmElement {
  label: string;
  measure: number;
  /** Standard error (cross-product of person score vectors, see estimate.ts). */
  se: number;
  /** Information-weighted mean-square (infit MnSq). */
  infit: number;
  /** Unweighted mean-square (outfit MnSq). */
  outfit: number;
  /** Number of observations involving the element. */
  count: number;
}

/** Separation statistics of a set of measures (Wright & Masters 1982). */
export interface Separation {
  /** Observed SD of the measures (population form). */
  sd: number;
  /** Root mean square of the standard errors. */
  rmse: number;
  /** "True" SD = √max(0, SD² − RMSE²). */
  trueSd: number;
  /** Separation index G = true SD / RMSE. */
  separation: number;
  /** Separation reliability = true variance / observed variance. */
  reliability: number;
  /** Strata (4G + 1)/3. */
  strata: number;
}

export interface MfrmFacetResult {
  name: string;
  elements: MfrmElement[];
  separation: Separation;
}

export interface MfrmPerson {
  id: string;
  /** EAP ability. */
  measure: number;
  /** Posterior SD. */
  se: number;
  infit: number;
  outfit: number;
  count: number;
}

export interface MfrmFit {
  facets: MfrmFacetResult[];
  /** Rasch–Andrich thresholds τ_1..τ_{K−1} (sum to zero) and their SEs. */
  thresholds: number[];
  thresholdSe: number[];
  population: { mean: number; sd: number; meanSe: number; sdSe: number };
  persons: MfrmPerson[];
  /** EAP reliability of the person measures: var(EAP) / (var(EAP) + mean posterior variance). */
  personReliability: number;
  logLik: number;
  iterations: number;
  converged: boolean;
}
