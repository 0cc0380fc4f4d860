import { describe, expect, it } from "vitest";
import { calibrate } from "../src/estimation/em.ts";
import { LINKING_METHODS, linkForms, linkingCriterion } from "../src/linking/link.ts";
import { transformItem, transformItems } from "../src/linking/transform.ts";
import { expectedScore } from "../src/models/items.ts";
import type { ItemParams } from "../src/models/types.ts";
import { createRng } from "../src/util/random.ts";
import { normalThetas, random2pl, randomGrm, simulate } from "./fit-sim.ts";

const TRUE = { A: 1.3, B: -0.4 };

describe("scale transformation", () => {
  it("keeps every category probability when θ is transformed along", () => {
    const rng = createRng(1);
    const items: ItemParams[] = [
      ...random2pl(2, rng),
      ...randomGrm(2, rng),
      { model: "3pl", a: 1.4, d: [-0.2], g: 0.2 },
      { model: "gpcm", a: 0.9, d: [0, 1.1, 0.7, -0.5], ak: [0, 1, 2, 3] },
    ];
    for (const it of items) {
      const moved = transformItem(it, TRUE);
      for (const theta of [-2, -0.3, 1.7]) {
        expect(expectedScore(moved, TRUE.A * theta + TRUE.B)).toBeCloseTo(expectedScore(it, theta), 12);
      }
    }
  });
});

describe("linking with a known transformation", () => {
  for (const kind of ["2pl", "grm"] as const) {
    it(`${kind}: every method recovers A and B from exactly transformed anchors`, () => {
      const rng = createRng(kind === "2pl" ? 21 : 22);
      const to = kind === "2pl" ? random2pl(12, rng) : randomGrm(8, rng);
      // parameters on the "from" scale: θ_from = (θ_to − B)/A
      const from = transformItems(to, { A: 1 / TRUE.A, B: -TRUE.B / TRUE.A });
      for (const method of LINKING_METHODS) {
        const r = linkForms(method, from, to);
        expect(r.A).toBeCloseTo(TRUE.A, 5);
        expect(r.B).toBeCloseTo(TRUE.B, 5);
        r.transformed.forEach((it, j) => {
          expect(it.a).toBeCloseTo(to[j].a, 5);
          it.d.forEach((d, k) => {
            expect(d).toBeCloseTo(to[j].d[k], 5);
          });
        });
      }
    });
  }

  it("recovers the group difference between two separately calibrated forms", () => {
    // Form X (base year) taken by N(0,1); form Y by a group at N(0.5, 1.2²) on the base
    // scale; 10 anchors shared, 10 unique items each. Calibrating Y alone puts its group
    // at N(0,1), so θ_X = 1.2·θ_Y + 0.5.
    const rng = createRng(314);
    const bank = random2pl(30, rng);
    const formX = bank.slice(0, 20);
    const formY = [...bank.slice(0, 10), ...bank.slice(20)];
    const fitX = calibrate(simulate(formX, normalThetas(3000, rng), rng), { model: "2pl", tol: 1e-5 });
    const fitY = calibrate(simulate(formY, normalThetas(3000, rng, 0.5, 1.2), rng), {
      model: "2pl",
      tol: 1e-5,
    });
    const anchorsY = fitY.items.slice(0, 10);
    const anchorsX = fitX.items.slice(0, 10);
    for (const method of LINKING_METHODS) {
      const r = linkForms(method, anchorsY, anchorsX, fitY.items);
      const tol = method.startsWith("mean") ? 0.15 : 0.1;
      expect(Math.abs(r.A - 1.2)).toBeLessThan(tol);
      expect(Math.abs(r.B - 0.5)).toBeLessThan(tol);
      if (method === "haebara" || method === "stocking-lord") {
        // the criterion is at its minimum: any small move of A or B increases it
        const f = linkingCriterion(method, anchorsY, anchorsX);
        expect(f(r.A, r.B)).toBeCloseTo(r.criterion, 14);
        for (const [dA, dB] of [
          [1e-3, 0],
          [-1e-3, 0],
          [0, 1e-3],
          [0, -1e-3],
          [7e-4, 7e-4],
          [-7e-4, 7e-4],
        ]) {
          expect(f(r.A + dA, r.B + dB)).toBeGreaterThan(r.criterion);
        }
      }
      // the unique items of Y land near their generating values
      const unique = r.transformed.slice(10);
      const err = unique.map((it, j) => Math.abs(it.d[0] / it.a - bank[20 + j].d[0] / bank[20 + j].a));
      expect(Math.max(...err)).toBeLessThan(0.35);
    }
  }, 60_000);

  it("links Rasch forms by a shift only", () => {
    const to: ItemParams[] = [0.5, -0.2, 1.1, -1.3].map((d) => ({ model: "rasch", a: 1, d: [d] }));
    const from = to.map((it) => ({ ...it, d: [it.d[0] + 0.7] }));
    for (const method of LINKING_METHODS) {
      const r = linkForms(method, from, to);
      expect(r.A).toBe(1);
      expect(r.B).toBeCloseTo(0.7, 6);
    }
  });

  it("refuses anchors that do not pair up", () => {
    const rng = createRng(5);
    expect(() => linkForms("mean-sigma", random2pl(3, rng), random2pl(4, rng))).toThrow(/berpasangan/);
    expect(() => linkForms("haebara", random2pl(2, rng), randomGrm(2, rng))).toThrow(/model/);
  });
});
