import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  berbedaNyata,
  type NilaiBerinterval,
  peringkatDenganInterval,
  peringkatPerKelompok,
  teksRentangPeringkat,
} from "../src/index.ts";

const x = (id: string, nilai: number, setengah: number): NilaiBerinterval => ({
  id,
  nilai,
  bawah: nilai - setengah,
  atas: nilai + setengah,
});

/** Agencies with a value and an interval around it (possibly zero-width, possibly tied). */
const daftarAgensi = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 15 }),
      fc.integer({ min: 0, max: 15 }),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((xs) =>
    xs.map(([v, kiri, kanan], i) => ({ id: `i${i}`, nilai: v, bawah: v - kiri, atas: v + kanan })),
  );

describe("peringkatDenganInterval", () => {
  it("ranks a worked example: overlapping agencies share ranges, separated ones do not", () => {
    // Median 63: B's interval [63, 69] touches it, so B is not banded above.
    const p = peringkatDenganInterval([x("A", 70, 3), x("B", 66, 3), x("C", 60, 1), x("D", 40, 5)]);
    expect(p.map((q) => [q.id, q.peringkat, teksRentangPeringkat(q), q.pita])).toEqual([
      ["A", 1, "1–2", "atas"],
      ["B", 2, "1–2", "tengah"],
      ["C", 3, "3", "bawah"],
      ["D", 4, "4", "bawah"],
    ]);
  });

  it("gives tied values the better rank and equal ranges", () => {
    const p = peringkatDenganInterval([x("A", 50, 0), x("B", 50, 0), x("C", 40, 0)]);
    expect(p.map((q) => [q.peringkat, q.terbaik, q.terburuk])).toEqual([
      [1, 1, 2],
      [1, 1, 2],
      [3, 3, 3],
    ]);
  });

  it("contains the point rank in every rank range", () => {
    fc.assert(
      fc.property(daftarAgensi, (d) => {
        for (const p of peringkatDenganInterval(d)) {
          expect(p.terbaik).toBeLessThanOrEqual(p.peringkat);
          expect(p.peringkat).toBeLessThanOrEqual(p.terburuk);
          expect(p.terbaik).toBeGreaterThanOrEqual(1);
          expect(p.terburuk).toBeLessThanOrEqual(d.length);
        }
      }),
    );
  });

  it("orders both ends of the ranges of two agencies whose intervals do not overlap", () => {
    fc.assert(
      fc.property(daftarAgensi, (d) => {
        const p = peringkatDenganInterval(d);
        for (const a of p)
          for (const b of p)
            if (a.bawah > b.atas) {
              expect(berbedaNyata(a, b)).toBe(true);
              expect(a.terbaik).toBeLessThan(b.terbaik);
              expect(a.terburuk).toBeLessThan(b.terburuk);
              expect(a.peringkat).toBeLessThan(b.peringkat);
            }
      }),
    );
  });

  it("widens a range by exactly the number of others whose intervals overlap", () => {
    fc.assert(
      fc.property(daftarAgensi, (d) => {
        for (const p of peringkatDenganInterval(d)) {
          const tumpang = d.filter((o) => o.id !== p.id && !berbedaNyata(o, p)).length;
          expect(p.terburuk - p.terbaik).toBe(tumpang);
        }
      }),
    );
  });

  it("gives disjoint singletons to pairwise separated agencies and the whole range when all overlap", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 30 }), (vs) => {
        const pisah = peringkatDenganInterval(vs.map((v, i) => x(`i${i}`, v * 2, 0.4)));
        for (const p of pisah) expect([p.terbaik, p.terburuk]).toEqual([p.peringkat, p.peringkat]);
        const semua = peringkatDenganInterval(
          vs.map((v, i) => ({ id: `i${i}`, nilai: v, bawah: -1, atas: 51 })),
        );
        for (const p of semua) expect([p.terbaik, p.terburuk]).toEqual([1, vs.length]);
      }),
    );
  });

  it("does not depend on the order of the list", () => {
    fc.assert(
      fc.property(
        daftarAgensi.chain((d) =>
          fc.tuple(fc.constant(d), fc.shuffledSubarray(d, { minLength: d.length, maxLength: d.length })),
        ),
        ([d, acak]) => {
          const perId = (xs: NilaiBerinterval[]) =>
            new Map(peringkatDenganInterval(xs).map((p) => [p.id, p]));
          expect(perId(acak)).toEqual(perId(d));
        },
      ),
    );
  });

  it("bands an agency above or below the reference only when its whole interval is", () => {
    fc.assert(
      fc.property(daftarAgensi, fc.integer({ min: 0, max: 100 }), (d, acuan) => {
        for (const p of peringkatDenganInterval(d, { acuan })) {
          if (p.pita === "atas") expect(p.bawah).toBeGreaterThan(acuan);
          if (p.pita === "bawah") expect(p.atas).toBeLessThan(acuan);
          if (p.pita === "tengah") expect(p.bawah <= acuan && acuan <= p.atas).toBe(true);
        }
      }),
    );
  });

  it("refuses an interval that does not contain its value", () => {
    expect(() => peringkatDenganInterval([{ id: "A", nilai: 5, bawah: 6, atas: 9 }])).toThrow(RangeError);
    expect(() => peringkatDenganInterval([{ id: "A", nilai: Number.NaN, bawah: 0, atas: 9 }])).toThrow(
      RangeError,
    );
  });
});

describe("peringkatPerKelompok", () => {
  it("ranks each category on its own", () => {
    const h = peringkatPerKelompok([
      { ...x("K1", 60, 1), kelompok: "kementerian" },
      { ...x("P1", 50, 1), kelompok: "provinsi" },
      { ...x("K2", 70, 1), kelompok: "kementerian" },
    ]);
    expect(h.get("kementerian")?.map((p) => [p.id, p.peringkat])).toEqual([
      ["K1", 2],
      ["K2", 1],
    ]);
    expect(h.get("provinsi")?.map((p) => [p.id, p.peringkat, p.terburuk])).toEqual([["P1", 1, 1]]);
  });
});
