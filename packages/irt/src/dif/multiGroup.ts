/**
 * Multiple-group marginal maximum likelihood (Bock–Aitkin EM; Bock &
 * Zimowski 1997) for DIF testing. Group 0 is the reference group with
 * θ ~ N(0, 1); every other group has its own mean and variance, free.
 * Items listed in `groupSpecific` get separate parameters in every group;
 * all other items are constrained equal across groups (the anchors that
 * put the groups on one scale).
 *
 * E-step per group with that group's prior on the fixed nodes (core eStep);
 * M-step per item with core's mStepItem on the expected counts summed over
 * the groups that share the item; the latent distribution of a focal group
 * is updated by matching the first two moments of the discretised normal on
 * the nodes to the posterior's (the exact M-step for normal weights on fixed
 * nodes, solved by Newton in the natural parameters).
 */
import { compressPatterns, type ResponseData } from "../estimation/data.ts";
import { eStep, logProbTable, type TableLayout, tableLayout } from "../estimation/estep.ts";
import { itemToVector, mStepItem, vectorToItem } from "../estimation/mstep.ts";
import type { ItemParams } from "../models/types.ts";
import { equallySpacedNodes, normalWeights } from "../numeric/quadrature.ts";

export interface MultiGroupOptions {
  /** Items with group-specific parameters (indices); all others are shared. */
  groupSpecific?: ReadonlySet<number>;
  /** Starting item parameters (shared start for every group). */
  start: readonly ItemParams[];
  /** Starting latent means/variances per group (group 0 is fixed at 0/1). */
  startLatent?: { means: number[]; variances: number[] };
  /** Largest parameter change that ends EM (default 1e-5). */
  tol?: number;
  maxIter?: number;
  quadPoints?: number;
}

export interface MultiGroupFit {
  /** Item parameters per group: items[g][j]. */
  items: ItemParams[][];
  means: number[];
  variances: number[];
  logLik: number;
  iterations: number;
  converged: boolean;
}

/**
 * Normal weights on fixed nodes whose first two moments equal (m1, m2): the
 * maximiser of Σ_q n_q log w_q(μ, σ) given posterior node totals n_q.
 */
export function matchNormalMoments(
  nodes: Float64Array,
  m1: number,
  m2: number,
): { mean: number; variance: number } {
  const v0 = Math.max(m2 - m1 * m1, 1e-6);
  let e1 = m1 / v0;
  let e2 = -0.5 / v0;
  for (let it = 0; it < 50; it++) {
    let s = 0;
    let a = 0;
    let b = 0;
    let aa = 0;
    let ab = 0;
    let bb = 0;
    let max = Number.NEGATIVE_INFINITY;
    for (const t of nodes) max = Math.max(max, e1 * t + e2 * t * t);
    for (const t of nodes) {
      const w = Math.exp(e1 * t + e2 * t * t - max);
      s += w;
      a += w * t;
      b += w * t * t;
      aa += w * t * t;
      ab += w * t * t * t;
      bb += w * t * t * t * t;
    }
    a /= s;
    b /= s;
    const caa = aa / s - a * a;
    const cab = ab / s - a * b;
    const cbb = bb / s - b * b;
    const det = caa * cbb - cab * cab;
    const g1 = m1 - a;
    const g2 = m2 - b;
    const d1 = (cbb * g1 - cab * g2) / det;
    const d2 = (caa * g2 - cab * g1) / det;
    e1 += d1;
    e2 = Math.min(e2 + d2, -1e-8);
    if (Math.abs(g1) + Math.abs(g2) < 1e-12) break;
  }
  return { mean: -e1 / (2 * e2), variance: -0.5 / e2 };
}

interface GroupRows {
  nRows: number;
  nItems: number;
  x: Int16Array;
  weights: Float64Array | null;
}

export function fitMultiGroup(groups: readonly ResponseData[], opts: MultiGroupOptions): MultiGroupFit {
  const G = groups.length;
  const J = opts.start.length;
  const free = opts.groupSpecific ?? new Set<number>();
  const tol = opts.tol ?? 1e-5;
  const maxIter = opts.maxIter ?? 2000;
  const nodes = equallySpacedNodes(opts.quadPoints ?? 61, 6);
  const Q = nodes.length;
  const layout: TableLayout = tableLayout(opts.start, Q);
  const rows: GroupRows[] = groups.map((d) => {
    const pat = compressPatterns(d);
    return {
      nRows: pat.nRows,
      nItems: pat.nItems,
      x: pat.x,
      weights: pat.nRows === d.nPersons ? null : pat.weights,
    };
  });

  // Parameter vector: shared items once, group-specific items once per group,
  // then (mean, variance) of every focal group.
  const sizes = opts.start.map((it) => itemToVector(it).length);
  const pack = (st: State): Float64Array => {
    const out: number[] = [];
    for (let j = 0; j < J; j++) {
      const copies = free.has(j) ? G : 1;
      for (let g = 0; g < copies; g++) out.push(...itemToVector(st.items[g][j]));
    }
    for (let g = 1; g < G; g++) out.push(st.means[g], st.variances[g]);
    return Float64Array.from(out);
  };
  const unpack = (v: Float64Array): State => {
    const items: ItemParams[][] = groups.map(() => new Array<ItemParams>(J));
    let at = 0;
    for (let j = 0; j < J; j++) {
      const copies = free.has(j) ? G : 1;
      for (let c = 0; c < copies; c++) {
        const it = vectorToItem(opts.start[j], v.subarray(at, at + sizes[j]));
        at += sizes[j];
        if (copies === 1) for (let g = 0; g < G; g++) items[g][j] = it;
        else items[c][j] = it;
      }
    }
    const means = [0];
    const variances = [1];
    for (let g = 1; g < G; g++) {
      means.push(v[at++]);
      variances.push(v[at++]);
    }
    return { items, means, variances };
  };
  const admissible = (v: Float64Array): boolean => {
    if (!v.every(Number.isFinite)) return false;
    const st = unpack(v);
    if (!st.variances.every((x) => x > 1e-4 && x < 1e4)) return false;
    return st.items.every((gi) =>
      gi.every((it) => it.model !== "grm" || it.d.every((d, k) => k === 0 || d < it.d[k - 1])),
    );
  };

  /** One EM cycle from v: the updated vector and the log-likelihood at v. */
  const update = (v: Float64Array): { next: Float64Array; logLik: number } => {
    const st = unpack(v);
    const e = groups.map((_, g) => {
      const logP = logProbTable(st.items[g], nodes, layout);
      const logPrior = normalWeights(nodes, st.means[g], Math.sqrt(st.variances[g])).map(Math.log);
      return eStep({ ...rows[g], logP, layout, logPrior });
    });
    const next: State = { items: groups.map(() => new Array<ItemParams>(J)), means: [0], variances: [1] };
    for (let j = 0; j < J; j++) {
      const off = layout.offsets[j];
      const len = layout.nCat[j] * Q;
      if (free.has(j)) {
        for (let g = 0; g < G; g++)
          next.items[g][j] = mStepItem(st.items[g][j], e[g].counts.subarray(off, off + len), nodes);
      } else {
        const sum = new Float64Array(len);
        for (let g = 0; g < G; g++) for (let i = 0; i < len; i++) sum[i] += e[g].counts[off + i];
        const shared = mStepItem(st.items[0][j], sum, nodes);
        for (let g = 0; g < G; g++) next.items[g][j] = shared;
      }
    }
    for (let g = 1; g < G; g++) {
      let n = 0;
      let s1 = 0;
      let s2 = 0;
      const totals = e[g].nodeTotals;
      for (let q = 0; q < Q; q++) {
        n += totals[q];
        s1 += totals[q] * nodes[q];
        s2 += totals[q] * nodes[q] * nodes[q];
      }
      const m = matchNormalMoments(nodes, s1 / n, s2 / n);
      next.means.push(m.mean);
      next.variances.push(m.variance);
    }
    return { next: pack(next), logLik: e.reduce((s, x) => s + x.logLik, 0) };
  };

  const startItems = groups.map(() => opts.start.slice());
  let v = pack({
    items: startItems,
    means: opts.startLatent ? opts.startLatent.means : new Array<number>(G).fill(0),
    variances: opts.startLatent ? opts.startLatent.variances : new Array<number>(G).fill(1),
  });
  // SQUAREM (Varadhan & Roland 2008, scheme S3) around the EM map, falling
  // back to the plain double EM step when the extrapolation is inadmissible
  // or lowers the likelihood.
  let converged = false;
  let iterations = 0;
  let logLik = Number.NEGATIVE_INFINITY;
  while (iterations < maxIter && !converged) {
    const f1 = update(v);
    iterations++;
    if (maxAbsDiff(f1.next, v) < tol) {
      v = f1.next;
      converged = true;
      break;
    }
    const f2 = update(f1.next);
    iterations++;
    const r = f1.next.map((x, i) => x - v[i]);
    const w = f2.next.map((x, i) => x - 2 * f1.next[i] + v[i]);
    const alpha = Math.min(-Math.sqrt(sumSq(r) / Math.max(sumSq(w), 1e-300)), -1);
    const jump = v.map((x, i) => x - 2 * alpha * r[i] + alpha * alpha * w[i]);
    let accepted = false;
    if (admissible(jump)) {
      const f3 = update(jump);
      iterations++;
      if (f3.logLik >= f1.logLik && admissible(f3.next)) {
        v = f3.next;
        logLik = f3.logLik;
        accepted = true;
      }
    }
    if (!accepted) {
      v = f2.next;
      logLik = f2.logLik;
    }
  }
  const final = unpack(v);
  logLik = update(v).logLik;
  return { ...final, logLik, iterations, converged };
}

interface State {
  items: ItemParams[][];
  means: number[];
  variances: number[];
}

function sumSq(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return s;
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
