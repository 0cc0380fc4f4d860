/**
 * The calibration problem as the EM loop (em.ts) and the standard errors
 * (se.ts) see it: data, quadrature and item templates fixed during a run,
 * the packing of item parameters into one vector, and the E-step at a
 * parameter vector.
 */
import type { ItemParams, ModelName } from "../models/types.ts";
import { normalWeights } from "../numeric/quadrature.ts";
import { type EStepOutput, eStep, logProbTable, type TableLayout } from "./estep.ts";
import { eStepLinear, isLinearModel } from "./estep-linear.ts";
import { type ItemPriors, itemToVector, vectorToItem } from "./mstep.ts";

/** Everything an EM cycle needs, fixed during the run. */
export interface EmProblem {
  model: ModelName;
  templates: ItemParams[];
  nodes: Float64Array;
  layout: TableLayout;
  rows: { nRows: number; nItems: number; x: Int16Array; weights: Float64Array | null };
  priors?: ItemPriors;
  freeVariance: boolean;
}

export function packVector(p: EmProblem, items: ItemParams[], variance: number): Float64Array {
  const parts = items.map(itemToVector);
  const n = parts.reduce((s, v) => s + v.length, 0) + (p.freeVariance ? 1 : 0);
  const out = new Float64Array(n);
  let at = 0;
  for (const v of parts) {
    out.set(v, at);
    at += v.length;
  }
  if (p.freeVariance) out[at] = variance;
  return out;
}

export function unpackVector(p: EmProblem, v: Float64Array): { items: ItemParams[]; variance: number } {
  let at = 0;
  const items = p.templates.map((t) => {
    const len = itemToVector(t).length;
    const it = vectorToItem(t, v.subarray(at, at + len));
    at += len;
    return it;
  });
  return { items, variance: p.freeVariance ? v[at] : 1 };
}

/**
 * E-step at the parameters (items, variance). For Rasch/2PL/GPCM the fast
 * linear path returns moment-matched pseudo-counts (see estep-linear.ts):
 * the same expected log-likelihood for the M-step, not the raw counts.
 */
export function runEStep(
  p: EmProblem,
  items: ItemParams[],
  variance: number,
  out?: EStepOutput,
): EStepOutput {
  const w = normalWeights(p.nodes, 0, Math.sqrt(variance));
  const logPrior = w.map(Math.log);
  if (items.every(isLinearModel)) {
    return eStepLinear({ ...p.rows, items, nodes: p.nodes, layout: p.layout, logPrior }, out);
  }
  const logP = logProbTable(items, p.nodes, p.layout);
  const logConcave = items.every(
    (it) =>
      it.model !== "3pl" && (it.model !== "grm" || it.d.every((d, k) => k === 0 || it.d[k - 1] - d >= 1e-4)),
  );
  return eStep({ ...p.rows, logP, layout: p.layout, logPrior, logConcave }, out);
}

export function itemCounts(p: EmProblem, e: EStepOutput, j: number): Float64Array {
  const Q = p.layout.nQuad;
  return e.counts.subarray(p.layout.offsets[j], p.layout.offsets[j] + p.layout.nCat[j] * Q);
}
