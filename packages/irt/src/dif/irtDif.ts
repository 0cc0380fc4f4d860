/**
 * IRT likelihood-ratio DIF test (Thissen, Steinberg & Wainer 1993) on the
 * multiple-group model of ./multiGroup.ts, reference group N(0, 1), focal
 * group mean and variance free.
 *
 * For each studied item s the model where s has group-specific parameters is
 * compared with the model where s is constrained equal across groups:
 *   G² = 2 (logLik_free − logLik_constrained),  df = parameters of the item.
 * The other items keep the same status in both models: without `anchors`
 * they are all constrained equal (each item tested against all others as the
 * anchor set); with `anchors` the anchors are constrained and the remaining
 * non-anchor items are group-specific in both models. With `purify` (and no
 * anchors) the items flagged in that first pass are re-tested against the
 * unflagged items as anchors (two-stage purification; cf. Woods 2009,
 * APM 33, 42–57), since a large DIF item distorts the scale the others are
 * tested on.
 *
 * Effect sizes, from the reference and focal parameters of the free model
 * (both on the reference group's θ scale):
 *   - expectedScoreDiff: ∫ [E_F(θ) − E_R(θ)] g_F(θ) dθ with g_F the estimated
 *     focal density (signed; negative = the item is harder for the focal
 *     group at equal θ) — the weighted signed difference of Wainer (1993)
 *     and Meade's (2010) SIDS;
 *   - unsignedScoreDiff: the same with |E_F − E_R| (Meade's UIDS);
 *   - signedArea / unsignedArea: Raju's (1988) areas between the expected
 *     score curves, ∫ (E_R − E_F) dθ over [−10, 10] (for the 2PL signedArea =
 *     b_F − b_R).
 */
import type { ResponseData } from "../estimation/data.ts";
import { calibrate } from "../estimation/em.ts";
import { itemToVector } from "../estimation/mstep.ts";
import { expectedScore } from "../models/items.ts";
import type { ItemParams, ModelName } from "../models/types.ts";
import { chiSquareSurvival } from "../numeric/chiSquare.ts";
import { equallySpacedNodes, normalWeights } from "../numeric/quadrature.ts";
import { fitMultiGroup, type MultiGroupFit } from "./multiGroup.ts";

export interface IrtDifOptions {
  model: ModelName;
  /** Anchor item indices; default none (all-other-items-as-anchor). */
  anchors?: number[];
  /** Items to test; default every non-anchor item. */
  studied?: number[];
  /**
   * Without anchors: after the all-other-items-as-anchor pass, re-test the
   * items with p < purifyAlpha against the items that were not flagged as
   * anchors (two-stage purification). Default false.
   */
  purify?: boolean;
  /** Level that flags an item in the first pass of purification (default 0.05). */
  purifyAlpha?: number;
  /** EM tolerance on parameter change (default 1e-5). */
  tol?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface IrtDifItem {
  item: number;
  name: string;
  g2: number;
  df: number;
  p: number;
  reference: ItemParams;
  focal: ItemParams;
  expectedScoreDiff: number;
  unsignedScoreDiff: number;
  signedArea: number;
  unsignedArea: number;
  converged: boolean;
  /** 1 = tested against all other items; 2 = re-tested against the purified anchors. */
  stage: 1 | 2;
}

export interface IrtDifResult {
  items: IrtDifItem[];
  /**
   * The model whose focal mean/variance are reported: every item constrained
   * (no anchors), or anchors constrained and all other items free.
   */
  baseline: MultiGroupFit;
  /** Anchor items of the final tests (given, or chosen by purification). */
  anchors: number[];
}

export function difEffectSizes(
  reference: ItemParams,
  focal: ItemParams,
  focalMean: number,
  focalVariance: number,
): Pick<IrtDifItem, "expectedScoreDiff" | "unsignedScoreDiff" | "signedArea" | "unsignedArea"> {
  const nodes = equallySpacedNodes(801, 10);
  const w = normalWeights(nodes, focalMean, Math.sqrt(focalVariance));
  const h = nodes[1] - nodes[0];
  let esd = 0;
  let usd = 0;
  let sa = 0;
  let ua = 0;
  for (let q = 0; q < nodes.length; q++) {
    const diff = expectedScore(focal, nodes[q]) - expectedScore(reference, nodes[q]);
    esd += w[q] * diff;
    usd += w[q] * Math.abs(diff);
    // trapezoid rule for the unweighted areas
    const t = q === 0 || q === nodes.length - 1 ? h / 2 : h;
    sa -= t * diff;
    ua += t * Math.abs(diff);
  }
  return { expectedScoreDiff: esd, unsignedScoreDiff: usd, signedArea: sa, unsignedArea: ua };
}

function pool(groups: readonly ResponseData[]): ResponseData {
  const J = groups[0].nItems;
  const n = groups.reduce((s, g) => s + g.nPersons, 0);
  const x = new Int16Array(n * J);
  let at = 0;
  for (const g of groups) {
    x.set(g.x, at);
    at += g.x.length;
  }
  return { nPersons: n, nItems: J, x, itemNames: groups[0].itemNames };
}

/** LR DIF tests of every studied item; groups[0] is the reference group. */
export function irtLrDif(groups: readonly ResponseData[], opts: IrtDifOptions): IrtDifResult {
  if (!opts.purify || (opts.anchors?.length ?? 0) > 0) return lrPass(groups, opts, 1);
  const alpha = opts.purifyAlpha ?? 0.05;
  const first = lrPass(groups, { ...opts, purify: false }, 1);
  const flagged = first.items.filter((r) => r.p < alpha).map((r) => r.item);
  const clean = first.items.filter((r) => !(r.p < alpha)).map((r) => r.item);
  if (flagged.length === 0 || clean.length === 0) return first;
  const second = lrPass(groups, { ...opts, anchors: clean, studied: flagged, purify: false }, 2);
  const retested = new Map(second.items.map((r) => [r.item, r]));
  return {
    items: first.items.map((r) => retested.get(r.item) ?? r),
    baseline: second.baseline,
    anchors: clean,
  };
}

function lrPass(groups: readonly ResponseData[], opts: IrtDifOptions, stage: 1 | 2): IrtDifResult {
  if (groups.length !== 2) throw new Error("irtLrDif: exactly two groups (reference, focal) are needed");
  const J = groups[0].nItems;
  const anchors = new Set(opts.anchors ?? []);
  const studied = opts.studied ?? [...Array(J).keys()].filter((j) => !anchors.has(j));
  const tol = opts.tol ?? 1e-5;
  const names = groups[0].itemNames;
  const start = calibrate(pool(groups), { model: opts.model, tol: 1e-4 }).items.map((it, j) => ({
    ...it,
    name: names[j],
  }));
  const nonAnchors = anchors.size > 0 ? [...Array(J).keys()].filter((j) => !anchors.has(j)) : [];

  const fits = new Map<string, MultiGroupFit>();
  const fitWith = (specific: number[], from?: MultiGroupFit): MultiGroupFit => {
    const key = specific.join(",");
    const cached = fits.get(key);
    if (cached) return cached;
    const fit = fitMultiGroup(groups, {
      start: from ? from.items[0] : start,
      startLatent: from ? { means: from.means, variances: from.variances } : undefined,
      groupSpecific: new Set(specific),
      tol,
    });
    fits.set(key, fit);
    return fit;
  };
  const baseline = fitWith(nonAnchors);
  const items: IrtDifItem[] = [];
  studied.forEach((s, done) => {
    const others = nonAnchors.filter((j) => j !== s);
    const constrained = fitWith(others, baseline);
    const free = fitWith(
      [...others, s].sort((a, b) => a - b),
      constrained,
    );
    const df = itemToVector(start[s]).length;
    const g2 = Math.max(2 * (free.logLik - constrained.logLik), 0);
    items.push({
      item: s,
      name: names[s],
      g2,
      df,
      p: chiSquareSurvival(g2, df),
      reference: free.items[0][s],
      focal: free.items[1][s],
      ...difEffectSizes(free.items[0][s], free.items[1][s], free.means[1], free.variances[1]),
      converged: free.converged && constrained.converged,
      stage,
    });
    opts.onProgress?.(done + 1, studied.length);
  });
  return { items, baseline, anchors: [...anchors] };
}
