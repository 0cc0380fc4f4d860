/** Small simulation and EAP helpers for the diagnostics tests (seeded). */
import { type ResponseData, responsesFromRows } from "../src/estimation/data.ts";
import {
  categoryProbs,
  logProbDerivs,
  makeScratch,
  maxCategories,
  nCategories,
} from "../src/models/items.ts";
import type { ItemParams } from "../src/models/types.ts";
import { normalQuadrature } from "../src/numeric/quadrature.ts";
import type { Rng } from "../src/util/random.ts";

/** Draws one response of `item` at θ. */
export function drawResponse(item: ItemParams, theta: number, rng: Rng, p: Float64Array): number {
  categoryProbs(item, theta, p);
  let u = rng.uniform();
  const K = nCategories(item);
  for (let k = 0; k < K - 1; k++) {
    u -= p[k];
    if (u < 0) return k;
  }
  return K - 1;
}

export function simulate(items: readonly ItemParams[], thetas: ArrayLike<number>, rng: Rng): ResponseData {
  const p = new Float64Array(maxCategories(items));
  const rows: number[][] = [];
  for (let n = 0; n < thetas.length; n++) rows.push(items.map((it) => drawResponse(it, thetas[n], rng, p)));
  return responsesFromRows(
    rows,
    items.map((it, i) => it.name ?? `item${i + 1}`),
  );
}

export function normalThetas(n: number, rng: Rng, mean = 0, sd = 1): Float64Array {
  return Float64Array.from({ length: n }, () => mean + sd * rng.normal());
}

/** EAP θ under N(0,1) on 61 nodes (missing responses skipped). */
export function eapScores(items: readonly ItemParams[], data: ResponseData): Float64Array {
  const { nodes, weights } = normalQuadrature();
  const Q = nodes.length;
  const J = items.length;
  const logP = items.map((it) => {
    const K = nCategories(it);
    const t = new Float64Array(K * Q);
    const p = new Float64Array(K);
    for (let q = 0; q < Q; q++) {
      categoryProbs(it, nodes[q], p);
      for (let k = 0; k < K; k++) t[k * Q + q] = Math.log(p[k]);
    }
    return t;
  });
  const out = new Float64Array(data.nPersons);
  const acc = new Float64Array(Q);
  for (let n = 0; n < data.nPersons; n++) {
    for (let q = 0; q < Q; q++) acc[q] = Math.log(weights[q]);
    for (let j = 0; j < J; j++) {
      const x = data.x[n * J + j];
      if (x >= 0) for (let q = 0; q < Q; q++) acc[q] += logP[j][x * Q + q];
    }
    const max = Math.max(...acc);
    let s = 0;
    let m = 0;
    for (let q = 0; q < Q; q++) {
      const w = Math.exp(acc[q] - max);
      s += w;
      m += w * nodes[q];
    }
    out[n] = m / s;
  }
  return out;
}

/** 2PL items with slopes in [0.8, 2] and intercepts in [-1.5, 1.5], seeded. */
export function random2pl(J: number, rng: Rng): ItemParams[] {
  return Array.from({ length: J }, (_, i) => ({
    model: "2pl" as const,
    name: `B${i + 1}`,
    a: 0.8 + 1.2 * rng.uniform(),
    d: [-1.5 + 3 * rng.uniform()],
  }));
}

/** GRM items with 4 categories, seeded. */
export function randomGrm(J: number, rng: Rng): ItemParams[] {
  return Array.from({ length: J }, (_, i) => {
    const a = 0.8 + 1.2 * rng.uniform();
    const b = [-1.5 + 0.6 * rng.normal(), 0.2 * rng.normal(), 1.5 + 0.6 * rng.normal()].sort((x, y) => x - y);
    return { model: "grm" as const, name: `G${i + 1}`, a, d: b.map((bk) => -a * bk) };
  });
}

/** MAP θ under N(0,1) (ML when prior = false) by Newton–Raphson from the EAP start. */
export function mapScores(items: readonly ItemParams[], data: ResponseData, prior = true): Float64Array {
  const J = items.length;
  const start = eapScores(items, data);
  const scratch = makeScratch(maxCategories(items));
  const d = new Float64Array(2);
  return start.map((t0, n) => {
    let t = t0;
    for (let it = 0; it < 50; it++) {
      let g = prior ? -t : 0;
      let h = prior ? -1 : 0;
      for (let j = 0; j < J; j++) {
        const x = data.x[n * J + j];
        if (x < 0) continue;
        logProbDerivs(items[j], t, x, scratch, d);
        g += d[0];
        h += d[1];
      }
      const step = g / h;
      t -= Math.max(-1, Math.min(1, step));
      if (Math.abs(step) < 1e-10) break;
    }
    return t;
  });
}
