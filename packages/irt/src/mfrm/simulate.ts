/** Simulation of many-facet rating-scale data with known parameters (seeded). */
import type { Rng } from "../util/random.ts";
import { ratingScaleProbs } from "./ratingScale.ts";

export interface MfrmCell {
  person: number;
  elements: number[];
}

/**
 * Draws a rating for each cell from the rating-scale model with abilities
 * `theta`, facet measures `facetMeasures[f][e]` and thresholds `tau`.
 */
export function simulateMfrm(
  theta: readonly number[],
  facetMeasures: readonly (readonly number[])[],
  tau: readonly number[],
  cells: readonly MfrmCell[],
  rng: Rng,
): number[] {
  const p = new Float64Array(tau.length + 1);
  return cells.map((c) => {
    let eta = theta[c.person];
    c.elements.forEach((e, f) => {
      eta -= facetMeasures[f][e];
    });
    ratingScaleProbs(eta, tau, p);
    let u = rng.uniform();
    for (let k = 0; k < p.length - 1; k++) {
      u -= p[k];
      if (u < 0) return k;
    }
    return p.length - 1;
  });
}
