import { describe, expect, it } from "vitest";
import { etsClass, mantelHaenszel } from "../src/dif/mantelHaenszel.ts";
import { responsesFromRows } from "../src/estimation/data.ts";
import type { ItemParams } from "../src/models/types.ts";
import { createRng } from "../src/util/random.ts";
import { normalThetas, random2pl, simulate } from "./fit-sim.ts";

/** Reference and focal samples; `shift` lowers the focal intercept of the listed items. */
function twoGroups(seed: number, J: number, nRef: number, nFoc: number, shift: Map<number, number>) {
  const rng = createRng(seed);
  const items = random2pl(J, rng);
  const focal: ItemParams[] = items.map((it, j) =>
    shift.has(j) ? { ...it, d: [it.d[0] - (shift.get(j) ?? 0)] } : it,
  );
  const r = simulate(items, normalThetas(nRef, rng), rng);
  const f = simulate(focal, normalThetas(nFoc, rng, -0.3, 1), rng);
  const rows: number[][] = [];
  const group: number[] = [];
  for (const [d, g] of [
    [r, 0],
    [f, 1],
  ] as const) {
    for (let p = 0; p < d.nPersons; p++) {
      rows.push(Array.from(d.x.subarray(p * J, (p + 1) * J)));
      group.push(g);
    }
  }
  return { data: responsesFromRows(rows), group };
}

describe("Mantel–Haenszel DIF", () => {
  it("agrees with R's mantelhaen.test (χ², common odds ratio, RBG confidence limit)", () => {
    const { data, group } = twoGroups(4242, 10, 600, 500, new Map([[3, 1]]));
    // from test/dif-mh-reference.R on this very sample: [χ²_MH, α_MH, log lower 95% limit]
    const R = [
      [0.00029118, 0.98749735, -0.29192392],
      [0.0720965, 0.95297484, -0.32604237],
      [0.34364864, 1.12195791, -0.21891855],
      [39.43673288, 2.80828988, 0.70791881],
      [2.77241138, 0.74582105, -0.62243417],
      [1.37074528, 0.81675627, -0.51932047],
      [0.40945115, 0.89563065, -0.41248269],
      [0.06053591, 0.94763246, -0.37594097],
      [0.38001312, 0.89490407, -0.42300139],
      [2.6228065, 0.7814312, -0.53218605],
    ];
    const res = mantelHaenszel(data, group, { purify: false });
    res.items.forEach((it, j) => {
      const [chi2, alpha, lower] = R[j];
      expect(it.chi2).toBeCloseTo(chi2, 6);
      expect(it.alphaMH).toBeCloseTo(alpha, 7);
      expect(Math.log(it.alphaMH) - (1.959963984540054 * it.seDelta) / 2.35).toBeCloseTo(lower, 7);
      expect(it.deltaMH).toBeCloseTo(-2.35 * Math.log(alpha), 6);
    });
    expect(res.persons).toBe(1100);
  });

  it("classifies planted DIF as C and keeps the false-positive rate of clean items near 5%", () => {
    // 30 items, 2 of them 1 logit harder for the focal group; N = 1000 + 1000
    const { data, group } = twoGroups(
      77,
      30,
      1000,
      1000,
      new Map([
        [4, 1],
        [17, 1],
      ]),
    );
    const res = mantelHaenszel(data, group);
    expect(res.items[4].ets).toBe("C");
    expect(res.items[17].ets).toBe("C");
    expect(res.items[4].deltaMH).toBeLessThan(-1.5); // favours the reference group
    expect(res.purifiedOut).toEqual(expect.arrayContaining([4, 17]));
    const clean = res.items.filter((it) => it.item !== 4 && it.item !== 17);
    expect(clean.filter((it) => it.ets !== "A").length).toBe(0);
    // measured at this seed: 1 of 28 clean items at p < .05
    expect(clean.filter((it) => it.p < 0.05).length).toBeLessThanOrEqual(3);
  });

  it("follows the ETS A/B/C rules", () => {
    expect(etsClass(-0.9, 0.2, 0.001)).toBe("A"); // small
    expect(etsClass(-1.6, 0.5, 0.2)).toBe("A"); // not significant
    expect(etsClass(-1.2, 0.2, 0.001)).toBe("B");
    expect(etsClass(1.6, 0.5, 0.001)).toBe("B"); // |D| not significantly above 1
    expect(etsClass(1.6, 0.2, 0.001)).toBe("C");
  });

  it("refuses polytomous items", () => {
    const data = responsesFromRows([
      [0, 2],
      [1, 1],
    ]);
    expect(() => mantelHaenszel(data, [0, 1])).toThrow(/dikotomis/);
  });
});
