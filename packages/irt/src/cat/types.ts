import type { ItemParams } from "../models/types.ts";
import type { ExposureTracker } from "./exposure.ts";

/** A pool item: calibrated parameters plus an optional content area (e.g. a sub-dimension). */
export interface CatItem extends ItemParams {
  content?: string;
}

export type CatSelection =
  /** Maximum Fisher information at the provisional θ. */
  | "mfi"
  /** Posterior-weighted Kullback–Leibler information (Chang & Ying 1996, KLP). */
  | "kl"
  /** Uniformly random eligible item: a non-adaptive baseline for simulation studies. */
  | "random";

export type CatExposure =
  | { method: "none" }
  /** Kingsbury & Zara (1989): pick at random among the `size` best items. */
  | { method: "randomesque"; size: number }
  /**
   * Sympson & Hetter (1985): the best item is administered with probability
   * k[j]; otherwise it is withheld from this examinee and the next best is
   * tried. Calibrate k with `calibrateSympsonHetter`.
   */
  | { method: "sympson-hetter"; k: readonly number[] }
  /**
   * Restricted maximum information (Revuelta & Ponsoda 1998): items whose
   * exposure rate so far (shared `tracker`) has reached r_max are ineligible.
   * A hard cap: after n examinees no rate exceeds r_max + 1/n.
   */
  | { method: "restricted"; rMax: number; tracker: ExposureTracker };

export interface CatOptions {
  selection?: CatSelection;
  /** Provisional and final estimator (default EAP). */
  estimator?: "eap" | "map";
  /** Prior N(mean, sd²) for θ (default N(0, 1)). */
  prior?: { mean: number; sd: number };
  /** Stop once the SE is at or below this (default 0.3). */
  seTarget?: number;
  /** Never stop before this many items (default 1). */
  minItems?: number;
  /** Stop after this many items (default 30). */
  maxItems?: number;
  exposure?: CatExposure;
  /**
   * Content balancing by target proportions (Kingsbury & Zara 1989): each
   * step draws from the area whose share so far falls furthest below its
   * target. Items without `content` are never chosen while targets are set.
   */
  contentTargets?: Record<string, number>;
  /** Custom hook: return false to make an item ineligible at this step. */
  eligible?: (item: number, administered: readonly number[]) => boolean;
}

export type CatEndReason = "se" | "max-items" | "pool-exhausted";

export interface CatResult {
  theta: number;
  se: number;
  items: number[];
  responses: number[];
  stopReason: CatEndReason;
  /** Items that won selection but were withheld by Sympson–Hetter. */
  withheld: number[];
}
