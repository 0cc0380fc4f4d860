/**
 * Linking two separately calibrated forms (or years) through common anchor
 * items: find θ_to = A·θ_from + B and put the "from" parameters on the "to"
 * scale (Kolen & Brennan 2014, ch. 6).
 *
 * - mean-mean (Loyd & Hoover 1980): A = mean(a_from)/mean(a_to),
 *   B = mean(b_to) − A·mean(b_from);
 * - mean-sigma (Marco 1977): A = sd(b_to)/sd(b_from), same B;
 *   b are all thresholds of the anchors (GRM boundaries, GPCM steps);
 * - Haebara (1980): minimise Σ_q w_q Σ_j Σ_k [P_jk(θ_q; to) − P_jk(θ_q; from→to)]²;
 * - Stocking–Lord (1983): minimise Σ_q w_q [Σ_j E_j(θ_q; to) − Σ_j E_j(θ_q; from→to)]².
 * The characteristic-curve criteria are evaluated on the "to" scale at 41
 * equally spaced points on [−4, 4] weighted by the N(0, 1) density (options
 * can change them) and minimised over (A, B) by Newton's method with
 * central-difference derivatives, started from mean-sigma.
 */
import { categoryProbs, expectedScore, maxCategories, nCategories } from "../models/items.ts";
import type { ItemParams } from "../models/types.ts";
import { normalQuadrature } from "../numeric/quadrature.ts";
import { difficulties, type ScaleTransform, transformItem, transformItems } from "./transform.ts";

export type LinkingMethod = "mean-mean" | "mean-sigma" | "haebara" | "stocking-lord";

export const LINKING_METHODS: readonly LinkingMethod[] = [
  "mean-mean",
  "mean-sigma",
  "haebara",
  "stocking-lord",
];

export interface LinkingOptions {
  /** Points on the "to" scale for the characteristic-curve criteria (default 41 on [−4, 4]). */
  points?: number;
  bound?: number;
}

export interface LinkingResult extends ScaleTransform {
  method: LinkingMethod;
  /** Criterion value at (A, B) for Haebara / Stocking–Lord; NaN for the moment methods. */
  criterion: number;
  iterations: number;
  /** All "from" items transformed to the "to" scale. */
  transformed: ItemParams[];
}

const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const sd = (v: number[]) => {
  const m = mean(v);
  return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / v.length);
};

function checkAnchors(from: readonly ItemParams[], to: readonly ItemParams[]): void {
  if (from.length !== to.length || from.length === 0) {
    throw new Error(
      "Butir jangkar kedua bentuk harus berpasangan dan tidak kosong. / Anchor items must be paired and non-empty.",
    );
  }
  from.forEach((f, j) => {
    if (f.model !== to[j].model || nCategories(f) !== nCategories(to[j])) {
      throw new Error(
        `Butir jangkar ke-${j + 1} berbeda model atau jumlah kategori di kedua bentuk. / Anchor ${j + 1} differs in model or number of categories between the forms.`,
      );
    }
  });
}

export function meanMean(from: readonly ItemParams[], to: readonly ItemParams[]): ScaleTransform {
  checkAnchors(from, to);
  const A = mean(from.map((it) => it.a)) / mean(to.map((it) => it.a));
  const B = mean(to.flatMap(difficulties)) - A * mean(from.flatMap(difficulties));
  return { A, B };
}

export function meanSigma(from: readonly ItemParams[], to: readonly ItemParams[]): ScaleTransform {
  checkAnchors(from, to);
  const bFrom = from.flatMap(difficulties);
  const bTo = to.flatMap(difficulties);
  const A = sd(bTo) / sd(bFrom);
  const B = mean(bTo) - A * mean(bFrom);
  return { A, B };
}

/** The characteristic-curve criterion of a method as a function of (A, B). */
export function linkingCriterion(
  method: "haebara" | "stocking-lord",
  from: readonly ItemParams[],
  to: readonly ItemParams[],
  options: LinkingOptions = {},
): (A: number, B: number) => number {
  checkAnchors(from, to);
  const n = options.points ?? 41;
  const bound = options.bound ?? 4;
  const quadrature = normalQuadrature(n, bound);
  const nodes = Array.from(quadrature.nodes);
  const w = quadrature.weights;
  const K = maxCategories([...from, ...to]);
  const p = new Float64Array(K);
  // target curves are fixed: compute them once
  const targetP = to.map((it) =>
    nodes.map((t) => Array.from(categoryProbs(it, t, p).slice(0, nCategories(it)))),
  );
  const targetE = nodes.map((t) => to.reduce((s, it) => s + expectedScore(it, t), 0));
  return (A: number, B: number): number => {
    if (!(A > 0)) return Number.POSITIVE_INFINITY;
    const moved = from.map((it) => transformItem(it, { A, B }));
    let f = 0;
    for (let q = 0; q < n; q++) {
      if (method === "stocking-lord") {
        let e = 0;
        for (const it of moved) e += expectedScore(it, nodes[q]);
        f += w[q] * (targetE[q] - e) ** 2;
      } else {
        for (let j = 0; j < moved.length; j++) {
          categoryProbs(moved[j], nodes[q], p);
          const tp = targetP[j][q];
          for (let k = 0; k < tp.length; k++) f += w[q] * (tp[k] - p[k]) ** 2;
        }
      }
    }
    return f;
  };
}

/**
 * Newton's method in (A, B) with central-difference derivatives and step
 * halving; with `fixA` only B moves (Rasch anchors).
 */
function minimise(
  f: (A: number, B: number) => number,
  start: ScaleTransform,
  fixA: boolean,
): ScaleTransform & { value: number; iterations: number } {
  let [a, b] = [start.A, start.B];
  let fx = f(a, b);
  let iterations = 0;
  const h = 1e-4;
  for (; iterations < 100; iterations++) {
    const fb1 = f(a, b + h);
    const fb0 = f(a, b - h);
    const gb = (fb1 - fb0) / (2 * h);
    const hbb = (fb1 - 2 * fx + fb0) / (h * h);
    let step: [number, number];
    if (fixA) step = [0, -gb / Math.max(hbb, 1e-8)];
    else {
      const fa1 = f(a + h, b);
      const fa0 = f(a - h, b);
      const ga = (fa1 - fa0) / (2 * h);
      const haa = (fa1 - 2 * fx + fa0) / (h * h);
      const hab = (f(a + h, b + h) - f(a + h, b - h) - f(a - h, b + h) + f(a - h, b - h)) / (4 * h * h);
      const det = haa * hbb - hab * hab;
      step =
        haa > 0 && det > 0
          ? [-(hbb * ga - hab * gb) / det, -(haa * gb - hab * ga) / det]
          : [-ga / Math.max(Math.abs(haa), 1e-8), -gb / Math.max(Math.abs(hbb), 1e-8)];
    }
    let t = 1;
    let accepted = false;
    for (let half = 0; half < 40 && !accepted; half++, t /= 2) {
      const ft = f(a + t * step[0], b + t * step[1]);
      if (ft <= fx) {
        a += t * step[0];
        b += t * step[1];
        fx = ft;
        accepted = true;
      }
    }
    if (!accepted || Math.abs(t * step[0]) + Math.abs(t * step[1]) < 1e-10) break;
  }
  return { A: a, B: b, value: fx, iterations };
}

/**
 * Links `fromAnchors` (anchor items as calibrated on the "from" form) to
 * `toAnchors` (same items, same order, on the "to" form) and transforms all
 * `fromItems` to the "to" scale.
 */
export function linkForms(
  method: LinkingMethod,
  fromAnchors: readonly ItemParams[],
  toAnchors: readonly ItemParams[],
  fromItems: readonly ItemParams[] = fromAnchors,
  options: LinkingOptions = {},
): LinkingResult {
  let t: ScaleTransform;
  let criterion = Number.NaN;
  let iterations = 0;
  // Rasch slopes are fixed at 1 on every form: only the shift B is linked.
  const rasch = fromAnchors.every((it) => it.model === "rasch");
  const moments = (): ScaleTransform => {
    const m = method === "mean-mean" ? meanMean(fromAnchors, toAnchors) : meanSigma(fromAnchors, toAnchors);
    if (!rasch) return m;
    return { A: 1, B: mean(toAnchors.flatMap(difficulties)) - mean(fromAnchors.flatMap(difficulties)) };
  };
  if (method === "mean-mean" || method === "mean-sigma") t = moments();
  else {
    const f = linkingCriterion(method, fromAnchors, toAnchors, options);
    let start = rasch ? { A: 1, B: 0 } : meanSigma(fromAnchors, toAnchors);
    if (!(Number.isFinite(start.A) && start.A > 0 && Number.isFinite(start.B))) start = { A: 1, B: 0 };
    const best = minimise(f, start, rasch);
    t = { A: best.A, B: best.B };
    criterion = best.value;
    iterations = best.iterations;
  }
  return { method, ...t, criterion, iterations, transformed: transformItems(fromItems, t) };
}
