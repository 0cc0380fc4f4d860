/**
 * Standard errors of item parameters from the observed information of the
 * marginal log-likelihood. By Fisher's identity the marginal score equals
 * the gradient of the EM Q-function taken at the posterior of the same
 * parameters; differentiating that score once more (central differences,
 * one E-step per perturbation) gives the full Hessian of the marginal
 * log-likelihood — the quantity Oakes' (1999) identity expresses, and mirt's
 * default SE.type = "Oakes" computes the same way (numerically).
 * SEs are sqrt(diag((−H)⁻¹)); for 3PL, g's SE by the delta method from
 * logit g.
 */
import type { ItemParams } from "../models/types.ts";
import { inverseSpd } from "../numeric/linalg.ts";
import { normalWeights } from "../numeric/quadrature.ts";
import { itemObjective, itemToVector } from "./mstep.ts";
import { type EmProblem, itemCounts, packVector, runEStep, unpackVector } from "./problem.ts";

export interface ItemStandardErrors {
  /** null when the slope is fixed (Rasch). */
  a: number | null;
  /** One per entry of the item's d; null where d is fixed (GPCM d0). */
  d: (number | null)[];
  g?: number;
}

export interface StandardErrors {
  method: "observed information (numerical Oakes / Fisher-score differences)";
  items: ItemStandardErrors[];
  /** Rasch: SE of the latent variance. */
  latentVariance?: number;
  /** False when the information matrix was not positive definite. */
  ok: boolean;
}

/** Marginal score vector (gradient of the log-likelihood + log priors). */
export function marginalScore(p: EmProblem, v: Float64Array): Float64Array {
  const { items, variance } = unpackVector(p, v);
  const e = runEStep(p, items, variance);
  const out = new Float64Array(v.length);
  let at = 0;
  items.forEach((it, j) => {
    const iv = itemToVector(it);
    const g = new Float64Array(iv.length);
    itemObjective(it, iv, itemCounts(p, e, j), p.nodes, g, p.priors);
    out.set(g, at);
    at += iv.length;
  });
  if (p.freeVariance) {
    const w = normalWeights(p.nodes, 0, Math.sqrt(variance));
    let n = 0;
    let m2 = 0;
    let ew = 0;
    for (let q = 0; q < p.nodes.length; q++) {
      const t2 = p.nodes[q] * p.nodes[q];
      n += e.nodeTotals[q];
      m2 += e.nodeTotals[q] * t2;
      ew += w[q] * t2;
    }
    out[at] = (m2 - n * ew) / (2 * variance * variance);
  }
  return out;
}

export function itemStandardErrors(p: EmProblem, items: ItemParams[], variance: number): StandardErrors {
  const v = packVector(p, items, variance);
  const n = v.length;
  const H = new Float64Array(n * n);
  const w = Float64Array.from(v);
  for (let i = 0; i < n; i++) {
    const h = 1e-4 * Math.max(1, Math.abs(v[i]));
    w[i] = v[i] + h;
    const sp = marginalScore(p, w);
    w[i] = v[i] - h;
    const sm = marginalScore(p, w);
    w[i] = v[i];
    for (let k = 0; k < n; k++) H[k * n + i] = -(sp[k] - sm[k]) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < i; k++) {
      const s = 0.5 * (H[i * n + k] + H[k * n + i]);
      H[i * n + k] = s;
      H[k * n + i] = s;
    }
  }
  const cov = inverseSpd(H, n);
  const se = (i: number) => (cov ? Math.sqrt(cov[i * n + i]) : Number.NaN);
  let at = 0;
  const out: ItemStandardErrors[] = items.map((it) => {
    const base = at;
    at += itemToVector(it).length;
    return itemSe(it, base, se);
  });
  const result: StandardErrors = {
    method: "observed information (numerical Oakes / Fisher-score differences)",
    items: out,
    ok: cov !== null,
  };
  if (p.freeVariance) result.latentVariance = se(at);
  return result;
}

function itemSe(it: ItemParams, base: number, se: (i: number) => number): ItemStandardErrors {
  switch (it.model) {
    case "rasch":
      return { a: null, d: [se(base)] };
    case "2pl":
      return { a: se(base), d: [se(base + 1)] };
    case "3pl": {
      const g = it.g ?? 0;
      return { a: se(base), d: [se(base + 1)], g: g * (1 - g) * se(base + 2) };
    }
    case "grm":
      return { a: se(base), d: it.d.map((_, k) => se(base + 1 + k)) };
    case "gpcm":
      return { a: se(base), d: it.d.map((_, k) => (k === 0 ? null : se(base + k))) };
  }
}
