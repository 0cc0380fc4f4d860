/**
 * Marginal maximum likelihood calibration of a unidimensional model by the
 * Bock–Aitkin EM algorithm over fixed quadrature (61 equally spaced nodes on
 * [−6, 6], N(0, 1) weights, as mirt's default for one dimension), with
 * SQUAREM acceleration (Varadhan & Roland 2008, scheme S3) and mirt's
 * convergence rule: stop when no parameter moves by more than `tol` in one
 * EM cycle.
 */
import type { ItemParams, ModelName } from "../models/types.ts";
import { equallySpacedNodes } from "../numeric/quadrature.ts";
import { compressPatterns, type ResponseData, validateForCalibration } from "./data.ts";
import { type EStepOutput, tableLayout } from "./estep.ts";
import { latentVarianceStep } from "./latent.ts";
import { type ItemPriors, mStepItem } from "./mstep.ts";
import { type EmProblem, itemCounts, packVector, runEStep, unpackVector } from "./problem.ts";
import { itemStandardErrors, type StandardErrors } from "./se.ts";
import { startingItems } from "./start.ts";

export interface CalibrateOptions {
  model: ModelName;
  /** Convergence: largest parameter change in one EM cycle (default 1e-6). */
  tol?: number;
  /** Cap on EM cycles (default 2000). */
  maxIter?: number;
  /** Quadrature nodes (default 61) on [−bound, bound] (default 6). */
  quadPoints?: number;
  bound?: number;
  priors?: ItemPriors;
  /** Compute standard errors of the item parameters (default false). */
  se?: boolean;
  /** SQUAREM acceleration (default true). */
  accelerate?: boolean;
  /** Starting values (e.g. from a previous fit); default from proportions. */
  start?: ItemParams[];
  onProgress?: (p: { iteration: number; logLik: number; maxChange: number }) => void;
}

export interface Calibration {
  model: ModelName;
  items: ItemParams[];
  /** Latent variance (estimated for Rasch, 1 otherwise); mean is 0. */
  latentVariance: number;
  logLik: number;
  /** EM cycles (E-step + M-step) performed. */
  iterations: number;
  converged: boolean;
  nPersons: number;
  nQuad: number;
  /** Present when `se: true`. */
  se?: StandardErrors;
}

/** What the EM loop asks of an E-step driver (local or worker threads). */
export interface EStepRequest {
  items: ItemParams[];
  variance: number;
}

type EmGen<T> = Generator<EStepRequest, T, EStepOutput>;

/** One EM cycle: returns the updated vector and the log-likelihood at the input. */
function* emMap(p: EmProblem, v: Float64Array): EmGen<{ next: Float64Array; logLik: number }> {
  const { items, variance } = unpackVector(p, v);
  const e = yield { items, variance };
  const newItems = items.map((it, j) => mStepItem(it, itemCounts(p, e, j), p.nodes, { priors: p.priors }));
  const newVar = p.freeVariance ? latentVarianceStep(p.nodes, e.nodeTotals) : 1;
  return { next: packVector(p, newItems, newVar), logLik: e.logLik };
}

function admissible(p: EmProblem, v: Float64Array): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  const { items, variance } = unpackVector(p, v);
  if (!(variance > 1e-4 && variance < 1e4)) return false;
  return items.every((it) => it.model !== "grm" || it.d.every((d, k) => k === 0 || d < it.d[k - 1]));
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

export function buildProblem(
  data: ResponseData,
  opts: CalibrateOptions,
): { problem: EmProblem; start: ItemParams[] } {
  const counts = validateForCalibration(data, opts.model);
  const start = opts.start ?? startingItems(opts.model, counts, data.itemNames);
  const pat = compressPatterns(data);
  const nodes = equallySpacedNodes(opts.quadPoints ?? 61, opts.bound ?? 6);
  const problem: EmProblem = {
    model: opts.model,
    templates: start,
    nodes,
    layout: tableLayout(start, nodes.length),
    rows: {
      nRows: pat.nRows,
      nItems: pat.nItems,
      x: pat.x,
      weights: pat.nRows === data.nPersons ? null : pat.weights,
    },
    priors: opts.priors,
    freeVariance: opts.model === "rasch",
  };
  return { problem, start };
}

/**
 * The EM iterations as a generator: it yields E-step requests and receives
 * their results, so that the same loop runs with a local E-step
 * (`calibrate`) or one spread over worker threads (`calibrateParallel`).
 */
function* emRun(
  p: EmProblem,
  start: ItemParams[],
  opts: CalibrateOptions,
): EmGen<Omit<Calibration, "nPersons" | "se">> {
  const tol = opts.tol ?? 1e-6;
  const maxIter = opts.maxIter ?? 2000;
  const accelerate = opts.accelerate ?? true;
  let x = packVector(p, start, 1);
  let iterations = 0;
  let converged = false;
  let lastLogLik = Number.NEGATIVE_INFINITY;
  const report = (change: number) =>
    opts.onProgress?.({ iteration: iterations, logLik: lastLogLik, maxChange: change });

  while (iterations < maxIter && !converged) {
    const s1 = yield* emMap(p, x);
    iterations++;
    lastLogLik = s1.logLik;
    const c1 = maxAbsDiff(s1.next, x);
    if (c1 < tol) {
      x = s1.next;
      converged = true;
      break;
    }
    if (!accelerate || iterations >= maxIter) {
      x = s1.next;
      report(c1);
      continue;
    }
    const s2 = yield* emMap(p, s1.next);
    iterations++;
    const c2 = maxAbsDiff(s2.next, s1.next);
    if (c2 < tol) {
      x = s2.next;
      converged = true;
      break;
    }
    // SQUAREM S3 extrapolation x' = x − 2α r + α² v, with α = −‖r‖/‖v‖ ≤ −1.
    let rr = 0;
    let vv = 0;
    const r = new Float64Array(x.length);
    const v = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      r[i] = s1.next[i] - x[i];
      v[i] = s2.next[i] - s1.next[i] - r[i];
      rr += r[i] * r[i];
      vv += v[i] * v[i];
    }
    const alpha = vv > 0 ? Math.min(-1, -Math.sqrt(rr / vv)) : -1;
    const xp = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) xp[i] = x[i] - 2 * alpha * r[i] + alpha * alpha * v[i];
    if (alpha < -1 && admissible(p, xp) && iterations < maxIter) {
      // Stabilising EM step from the extrapolated point; keep it only if the
      // likelihood did not fall below the last plain EM iterate's.
      const s3 = yield* emMap(p, xp);
      iterations++;
      if (s3.logLik >= s2.logLik - 1e-8 * Math.abs(s2.logLik) && admissible(p, s3.next)) {
        lastLogLik = s3.logLik;
        x = s3.next;
        const c3 = maxAbsDiff(s3.next, xp);
        // The same rule as above: one EM cycle from x' moved nothing by tol.
        if (c3 < tol) converged = true;
        else report(c3);
        continue;
      }
    }
    lastLogLik = s2.logLik;
    x = s2.next;
    report(c2);
  }
  const { items, variance } = unpackVector(p, x);
  const final = yield { items, variance };
  return {
    model: opts.model,
    items,
    latentVariance: variance,
    logLik: final.logLik,
    iterations,
    converged,
    nQuad: p.layout.nQuad,
  };
}

export function calibrate(data: ResponseData, opts: CalibrateOptions): Calibration {
  const { problem, start } = buildProblem(data, opts);
  const scratch: EStepOutput = {
    counts: new Float64Array(problem.layout.size),
    nodeTotals: new Float64Array(problem.layout.nQuad),
    logLik: 0,
  };
  const run = emRun(problem, start, opts);
  let step = run.next();
  while (!step.done) step = run.next(runEStep(problem, step.value.items, step.value.variance, scratch));
  return finish(problem, data, step.value, opts);
}

/** Adds the person count and, when asked, the standard errors. */
export function finish(
  problem: EmProblem,
  data: ResponseData,
  fit: Omit<Calibration, "nPersons" | "se">,
  opts: CalibrateOptions,
): Calibration {
  const result: Calibration = { ...fit, nPersons: data.nPersons };
  if (opts.se) result.se = itemStandardErrors(problem, fit.items, fit.latentVariance);
  return result;
}

/** Drives the EM loop with an asynchronous E-step (see parallel.ts). */
export async function runEmAsync(
  problem: EmProblem,
  start: ItemParams[],
  opts: CalibrateOptions,
  eStepAsync: (req: EStepRequest) => Promise<EStepOutput>,
): Promise<Omit<Calibration, "nPersons" | "se">> {
  const run = emRun(problem, start, opts);
  let step = run.next();
  while (!step.done) step = run.next(await eStepAsync(step.value));
  return step.value;
}
