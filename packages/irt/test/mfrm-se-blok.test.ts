/**
 * Block-wise standard errors (se.ts) against the exact inverse of the full
 * cross-product, on a design with many raters (a 360 where raters are about
 * as many as persons): 1,200 persons, 240 raters (> 200, so the rater facet
 * goes diagonal when forced), 4 items, each person rated by 3 colleagues on
 * every item. The exact path is the default for this size (≤ 400 free
 * parameters); `seExactMax: 0` forces the block-wise one. Estimates are
 * unchanged and item SEs agree within 20 % (measured ≤ 12 %). Rater SEs are local: they leave
 * out the linkage uncertainty of a sparse chain of raters, so they are
 * smaller than the exact ones for raters far along the chain — measured
 * here median ≈ 0.8 of the exact, range ≈ 0.4–1.1; asserted: median in
 * 0.75–1.05 and none above 1.25.
 */
import { describe, expect, it } from "vitest";
import { ratingScaleProbs } from "../src/mfrm/ratingScale.ts";
import { calibrateRatings, type Rating } from "../src/mfrm/ratings.ts";
import { createRng } from "../src/util/random.ts";

describe("MFRM standard errors: block-wise information for a large rater facet", () => {
  it("is close to the full inverse (local rater SEs) and leaves the estimates unchanged", () => {
    const rng = createRng(77);
    const tau = [-1.2, 0, 1.2];
    const N = 1200;
    const J = 240;
    const theta = Array.from({ length: N }, () => rng.normal());
    const sev = Array.from({ length: J }, () => 0.5 * rng.normal());
    const dif = [-0.4, -0.1, 0.2, 0.3];
    const p = new Float64Array(4);
    const ratings: Rating[] = [];
    for (let n = 0; n < N; n++)
      for (const j of [n % J, (n + 1) % J, (n + 13) % J])
        dif.forEach((d, i) => {
          ratingScaleProbs(theta[n] - d - sev[j], tau, p);
          let u = rng.uniform();
          let x = 0;
          while (x < 3 && u >= p[x]) u -= p[x++];
          ratings.push({ person: `P${n}`, rater: `R${j}`, item: `I${i}`, score: x });
        });
    const exact = calibrateRatings(ratings);
    const blok = calibrateRatings(ratings, { seExactMax: 0 });
    expect(blok.raters.map((r) => r.severity)).toEqual(exact.raters.map((r) => r.severity));
    const rasio = exact.raters.map((r, k) => blok.raters[k].se / r.se);
    for (const x of rasio) expect(x > 0 && x < 1.25).toBe(true);
    const med = [...rasio].sort((a, b) => a - b)[Math.floor(rasio.length / 2)];
    expect(med).toBeGreaterThan(0.75);
    expect(med).toBeLessThan(1.05);
    exact.items.forEach((it, k) => {
      expect(Math.abs(blok.items[k].se / it.se - 1)).toBeLessThan(0.2);
    });
    console.log(
      `mfrm SE block-wise / exact, raters: median ${med.toFixed(3)}, range ${Math.min(...rasio).toFixed(3)}–${Math.max(...rasio).toFixed(3)}`,
    );
  }, 300_000);
});
