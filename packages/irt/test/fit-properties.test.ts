import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mantelHaenszel } from "../src/dif/mantelHaenszel.ts";
import { responsesFromRows } from "../src/estimation/data.ts";
import { itemFitSX2 } from "../src/fit/sx2.ts";
import { transformItem } from "../src/linking/transform.ts";
import type { ItemParams } from "../src/models/types.ts";
import { createRng } from "../src/util/random.ts";
import { normalThetas, random2pl, simulate } from "./fit-sim.ts";

const item = fc.oneof(
  fc
    .record({
      a: fc.double({ min: 0.2, max: 3, noNaN: true }),
      d: fc.double({ min: -3, max: 3, noNaN: true }),
    })
    .map(({ a, d }): ItemParams => ({ model: "2pl", a, d: [d] })),
  fc
    .record({
      a: fc.double({ min: 0.2, max: 3, noNaN: true }),
      d: fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 1, maxLength: 4 }),
    })
    .map(({ a, d }): ItemParams => ({ model: "grm", a, d: [...d].sort((x, y) => y - x) })),
  fc
    .record({
      a: fc.double({ min: 0.2, max: 3, noNaN: true }),
      d: fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 2, maxLength: 4 }),
    })
    .map(({ a, d }): ItemParams => ({ model: "gpcm", a, d: [0, ...d.slice(1)], ak: d.map((_, k) => k) })),
);
const scale = fc.record({
  A: fc.double({ min: 0.3, max: 3, noNaN: true }),
  B: fc.double({ min: -2, max: 2, noNaN: true }),
});

describe("properties of the diagnostics", () => {
  it("a scale transformation followed by its inverse returns the item", () => {
    fc.assert(
      fc.property(item, scale, (it, { A, B }) => {
        const back = transformItem(transformItem(it, { A, B }), { A: 1 / A, B: -B / A });
        expect(back.a).toBeCloseTo(it.a, 9);
        back.d.forEach((d, k) => {
          expect(d).toBeCloseTo(it.d[k], 9);
        });
      }),
    );
  });

  it("S-X2 does not depend on the order of the rows", () => {
    const rng = createRng(12);
    const items = random2pl(8, rng);
    const data = simulate(items, normalThetas(400, rng), rng);
    const rows = Array.from({ length: data.nPersons }, (_, p) =>
      Array.from(data.x.subarray(p * 8, p * 8 + 8)),
    );
    const base = itemFitSX2(items, data).items.map((r) => r.sx2);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        (shuffled) => {
          const again = itemFitSX2(items, responsesFromRows(shuffled)).items.map((r) => r.sx2);
          again.forEach((v, j) => {
            expect(v).toBeCloseTo(base[j], 9);
          });
        },
      ),
      { numRuns: 10 },
    );
  });

  it("swapping reference and focal groups flips the sign of MH D-DIF and keeps χ²", () => {
    const rng = createRng(13);
    const items = random2pl(6, rng);
    const a = simulate(items, normalThetas(300, rng), rng);
    const b = simulate(items, normalThetas(300, rng, 0.4, 1), rng);
    const rows = [a, b].flatMap((d) =>
      Array.from({ length: d.nPersons }, (_, p) => Array.from(d.x.subarray(p * 6, p * 6 + 6))),
    );
    const data = responsesFromRows(rows);
    const group = rows.map((_, i) => (i < 300 ? 0 : 1));
    const one = mantelHaenszel(data, group, { purify: false });
    const other = mantelHaenszel(
      data,
      group.map((g) => 1 - g),
      { purify: false },
    );
    one.items.forEach((it, j) => {
      expect(other.items[j].deltaMH).toBeCloseTo(-it.deltaMH, 10);
      expect(other.items[j].chi2).toBeCloseTo(it.chi2, 10);
      expect(other.items[j].ets).toBe(it.ets);
    });
  });
});
