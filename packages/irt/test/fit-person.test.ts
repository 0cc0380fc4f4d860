import { describe, expect, it } from "vitest";
import { responsesFromRows } from "../src/estimation/data.ts";
import { personFit } from "../src/fit/personFit.ts";
import { logistic } from "../src/models/items.ts";
import { scorePersons } from "../src/scoring/scores.ts";
import { createRng } from "../src/util/random.ts";
import { mapScores, normalThetas, random2pl, randomGrm, simulate } from "./fit-sim.ts";

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v: number[]) => {
  const m = mean(v);
  return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
};
const lowerTail = (v: number[]) => v.filter((x) => x < -1.645).length / v.length;

describe("person fit lz / lz*", () => {
  it("reduces to Snijders' (2001) dichotomous formula for 2PL items", () => {
    const rng = createRng(11);
    const items = random2pl(15, rng);
    const data = simulate(items, normalThetas(50, rng), rng);
    const thetas = mapScores(items, data);
    const got = personFit(items, data, thetas, { estimator: "map" });
    for (let n = 0; n < data.nPersons; n++) {
      // Snijders: w_i = logit p_i, r_i = p'_i/(p_i(1-p_i)), r0 = −θ (N(0,1) prior)
      const t = thetas[n];
      let W = 0;
      let varW = 0;
      let num = 0;
      let den = 0;
      const parts = items.map((it, i) => {
        const p = logistic(it.a * t + it.d[0]);
        const dp = it.a * p * (1 - p);
        const w = Math.log(p / (1 - p));
        const r = dp / (p * (1 - p));
        const x = data.x[n * items.length + i];
        W += (x - p) * w;
        varW += p * (1 - p) * w * w;
        num += dp * w;
        den += dp * r;
        return { p, w, r };
      });
      const c = num / den;
      const varStar = parts.reduce((s, { p, w, r }) => s + p * (1 - p) * (w - c * r) ** 2, 0);
      expect(got[n].lz).toBeCloseTo(W / Math.sqrt(varW), 10);
      expect(got[n].lzStar).toBeCloseTo((W + c * -t) / Math.sqrt(varStar), 10);
    }
  });

  for (const kind of ["2pl", "grm"] as const) {
    it(`${kind}: lz* is close to N(0,1) under the model and flags random responders`, () => {
      const rng = createRng(7);
      const items = kind === "2pl" ? random2pl(40, rng) : randomGrm(40, rng);
      const data = simulate(items, normalThetas(3000, rng), rng);
      const fit = personFit(items, data, mapScores(items, data), { estimator: "map" });
      const lzStar = fit.map((r) => r.lzStar);
      const lz = fit.map((r) => r.lz);
      // measured at this seed: 2PL mean 0.04, sd 0.99, 5.6% below −1.645; GRM 0.06, 1.01, 5.3%
      expect(Math.abs(mean(lzStar))).toBeLessThan(0.12);
      expect(sd(lzStar)).toBeGreaterThan(0.93);
      expect(sd(lzStar)).toBeLessThan(1.07);
      expect(lowerTail(lzStar)).toBeGreaterThan(0.03);
      expect(lowerTail(lzStar)).toBeLessThan(0.08);
      // the correction matters: raw lz is too narrow (sd 0.79 for the 2PL here)
      expect(Math.abs(sd(lzStar) - 1)).toBeLessThan(Math.abs(sd(lz) - 1));
      // Warm's WLE (core scoring) with its own r0 = J/(2I) correction: 2PL 0.04/1.00, GRM 0.06/1.02
      const wle = scorePersons(items, data, { method: "wle" }).theta;
      const wleStar = personFit(items, data, wle, { estimator: "wle" }).map((r) => r.lzStar);
      expect(Math.abs(mean(wleStar))).toBeLessThan(0.12);
      expect(Math.abs(sd(wleStar) - 1)).toBeLessThan(0.07);

      const K = kind === "2pl" ? 2 : 4;
      const random = responsesFromRows(Array.from({ length: 300 }, () => items.map(() => rng.int(K))));
      const aberrant = personFit(items, random, mapScores(items, random), { estimator: "map" });
      expect(lowerTail(aberrant.map((r) => r.lzStar))).toBeGreaterThan(0.75);
    }, 60_000);
  }

  it("skips missing responses and gives NaN for an infinite ML estimate", () => {
    const items = random2pl(5, createRng(3));
    const data = responsesFromRows([
      [1, Number.NaN, 0, 1, 0],
      [1, 1, 1, 1, 1],
    ]);
    const fit = personFit(items, data, [0.2, Number.POSITIVE_INFINITY], { estimator: "ml" });
    expect(fit[0].answered).toBe(4);
    expect(Number.isFinite(fit[0].lzStar)).toBe(true);
    expect(Number.isNaN(fit[1].lzStar)).toBe(true);
  });
});
