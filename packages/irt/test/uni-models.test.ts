import { describe, expect, it } from "vitest";
import {
  categoryDerivs,
  categoryProbs,
  fromTraditional,
  type ItemParams,
  itemInfo,
  logProbDerivs,
  makeScratch,
  nCategories,
  toTraditional,
} from "../src/models/index.ts";

const items: ItemParams[] = [
  { model: "rasch", a: 1, d: [0.4] },
  { model: "2pl", a: 1.7, d: [-0.8] },
  { model: "3pl", a: 1.3, d: [0.2], g: 0.2 },
  { model: "grm", a: 1.1, d: [2.5, 0.3, -1.9] },
  { model: "gpcm", a: 0.9, d: [0, 1.2, 1.5, -0.4], ak: [0, 1, 2, 3] },
];

describe("item models", () => {
  it("category probabilities sum to one and match the defining formulas", () => {
    for (const item of items) {
      const K = nCategories(item);
      for (const th of [-5, -1.3, 0, 0.7, 4]) {
        const p = categoryProbs(item, th, new Float64Array(K));
        expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (const x of p) expect(x).toBeGreaterThanOrEqual(0);
      }
    }
    const p = categoryProbs(items[3], 0.5, new Float64Array(4));
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    expect(p[0]).toBeCloseTo(1 - s(1.1 * 0.5 + 2.5), 14);
    expect(p[2]).toBeCloseTo(s(1.1 * 0.5 + 0.3) - s(1.1 * 0.5 - 1.9), 14);
    const q = categoryProbs(items[2], 0.5, new Float64Array(2));
    expect(q[1]).toBeCloseTo(0.2 + 0.8 * s(1.3 * 0.5 + 0.2), 14);
    const g = categoryProbs(items[4], 0.5, new Float64Array(4));
    const z = [0, 0.9 * 0.5 + 1.2, 2 * 0.9 * 0.5 + 1.5, 3 * 0.9 * 0.5 - 0.4].map(Math.exp);
    expect(g[3]).toBeCloseTo(z[3] / z.reduce((a, b) => a + b, 0), 14);
  });

  it("derivatives in θ agree with finite differences; information is Σ P'^2/P", () => {
    const h = 1e-5;
    for (const item of items) {
      const K = nCategories(item);
      const s = makeScratch(K);
      const lo = new Float64Array(K);
      const hi = new Float64Array(K);
      const out = new Float64Array(2);
      for (const th of [-2.2, 0.1, 1.9]) {
        categoryDerivs(item, th, s.p, s.dp, s.d2p);
        categoryProbs(item, th - h, lo);
        categoryProbs(item, th + h, hi);
        let info = 0;
        for (let k = 0; k < K; k++) {
          expect(s.dp[k]).toBeCloseTo((hi[k] - lo[k]) / (2 * h), 7);
          info += ((hi[k] - lo[k]) / (2 * h)) ** 2 / s.p[k];
          logProbDerivs(item, th, k, makeScratch(K), out);
          expect(out[0]).toBeCloseTo((Math.log(hi[k]) - Math.log(lo[k])) / (2 * h), 6);
          const pk = categoryProbs(item, th, new Float64Array(K))[k];
          const d2num = (Math.log(hi[k]) - 2 * Math.log(pk) + Math.log(lo[k])) / (h * h);
          expect(out[1]).toBeCloseTo(d2num, 3);
        }
        expect(itemInfo(item, th)).toBeCloseTo(info, 6);
      }
    }
  });

  it("2PL information is a²P(1−P)", () => {
    const it2 = items[1];
    const p = categoryProbs(it2, 0.3, new Float64Array(2))[1];
    expect(itemInfo(it2, 0.3)).toBeCloseTo(1.7 * 1.7 * p * (1 - p), 12);
  });

  it("traditional a/b conversion round-trips and has the textbook meaning", () => {
    for (const item of items) {
      const back = fromTraditional(toTraditional(item));
      expect(back.a).toBeCloseTo(item.a, 12);
      back.d.forEach((d, i) => {
        expect(d).toBeCloseTo(item.d[i], 12);
      });
    }
    // At θ = b the 2PL probability is one half.
    const b = toTraditional(items[1]).b[0];
    expect(categoryProbs(items[1], b, new Float64Array(2))[1]).toBeCloseTo(0.5, 12);
    // GPCM: at θ = b_k adjacent categories k−1 and k are equally likely.
    const t = toTraditional(items[4]);
    const p = categoryProbs(items[4], t.b[1], new Float64Array(4));
    expect(p[2]).toBeCloseTo(p[1], 12);
  });
});
