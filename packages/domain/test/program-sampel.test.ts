import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alokasiSampel, ambilSampelAcak, type PegawaiPopulasi } from "../src/program/index.ts";

function populasi(ukuran: Record<string, number>): PegawaiPopulasi[] {
  return Object.entries(ukuran).flatMap(([u, n]) =>
    Array.from({ length: n }, (_, i) => ({ pegawaiId: `${u}-${i}`, unitKerjaId: u })),
  );
}

function ambil(pop: PegawaiPopulasi[], benih: number, ukuran: number, minimalPerUnit?: number) {
  const h = ambilSampelAcak(pop, { benih, ukuran, minimalPerUnit });
  if (!h.ok) throw new Error(h.galat.map((g) => g.kode).join(", "));
  return h;
}

const POP = populasi({ keuangan: 40, umum: 25, hukum: 8, arsip: 2 });

describe("sampel wawancara acak (Tabel 4 no. 5)", () => {
  it("is the same for the same seed, whatever the input order (fast-check)", () => {
    const dasar = ambil(POP, 2026, 15).terpilih;
    fc.assert(
      fc.property(fc.shuffledSubarray(POP, { minLength: POP.length, maxLength: POP.length }), (acak) => {
        expect(ambil(acak, 2026, 15).terpilih).toEqual(dasar);
      }),
      { numRuns: 50 },
    );
  });

  it("changes with the seed", () => {
    const sampel = new Set(
      Array.from({ length: 30 }, (_, s) =>
        ambil(POP, s, 15)
          .terpilih.map((x) => x.pegawaiId)
          .sort()
          .join(","),
      ),
    );
    expect(sampel.size).toBe(30);
  });

  it("draws within each unit exactly its allocation, proportional with a minimum of one", () => {
    // Shares 15·N_h/75: arsip 0.4, hukum 1.6, keuangan 8, umum 5. Arsip's minimum place is the one
    // hukum would have got by rounding up, so hukum keeps 1.
    const h = ambil(POP, 7, 15);
    expect(h.alokasi.map((a) => [a.unitKerjaId, a.jatah])).toEqual([
      ["arsip", 1],
      ["hukum", 1],
      ["keuangan", 8],
      ["umum", 5],
    ]);
    expect(ambil(POP, 7, 15, 0).alokasi.map((a) => a.jatah)).toEqual([0, 2, 8, 5]);
    for (const a of h.alokasi) {
      const dari = h.terpilih.filter((t) => t.unitKerjaId === a.unitKerjaId);
      expect(dari).toHaveLength(a.jatah);
      expect(dari.every((t) => t.pegawaiId.startsWith(`${a.unitKerjaId}-`))).toBe(true);
      expect(dari.map((t) => t.urutan)).toEqual(Array.from({ length: a.jatah }, (_, i) => i + 1));
    }
    expect(new Set(h.terpilih.map((t) => t.pegawaiId)).size).toBe(15);
  });

  it("allocation: sums to n, within unit sizes, at least the minimum, and proportional within one when no minimum binds (fast-check)", () => {
    const ukuranUnit = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(ukuranUnit, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 3 }), (ns, f, m) => {
        const total = ns.reduce((s, n) => s + n, 0);
        const minimal = ns.reduce((s, n) => s + Math.min(m, n), 0);
        const n = Math.max(1, minimal, Math.round(f * total));
        const a = alokasiSampel(new Map(ns.map((x, i) => [`u${String(i).padStart(2, "0")}`, x])), n, m);
        expect(a.reduce((s, x) => s + x.jatah, 0)).toBe(n);
        for (const x of a) {
          expect(x.jatah).toBeLessThanOrEqual(x.populasi);
          expect(x.jatah).toBeGreaterThanOrEqual(Math.min(m, x.populasi));
          if (m === 0) expect(Math.abs(x.jatah - x.bagianProporsional)).toBeLessThan(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives every employee of a unit the same chance across seeds (simulation)", () => {
    // Unit of 10, 3 drawn: each inclusion probability is 0.3. 3000 seeds → SE ≈ 0.0084; allow 5 SE.
    const pop = populasi({ x: 10 });
    const hitung = new Map<string, number>();
    const R = 3000;
    for (let s = 0; s < R; s++)
      for (const t of ambil(pop, s * 7919 + 1, 3).terpilih)
        hitung.set(t.pegawaiId, (hitung.get(t.pegawaiId) ?? 0) + 1);
    for (const p of pop) expect(Math.abs((hitung.get(p.pegawaiId) ?? 0) / R - 0.3)).toBeLessThan(0.042);
  });

  it("refuses impossible requests with reasons", () => {
    const kode = (pop: PegawaiPopulasi[], o: Parameters<typeof ambilSampelAcak>[1]) => {
      const h = ambilSampelAcak(pop, o);
      return h.ok ? [] : h.galat.map((g) => g.kode);
    };
    expect(kode(POP, { benih: 1, ukuran: 76 })).toEqual(["SAMPEL_UKURAN"]);
    expect(kode(POP, { benih: 1, ukuran: 0 })).toEqual(["SAMPEL_UKURAN"]);
    expect(kode(POP, { benih: 1, ukuran: 3 })).toEqual(["SAMPEL_KURANG_DARI_MINIMAL"]);
    expect(kode(POP, { benih: 1.5, ukuran: 10 })).toEqual(["SAMPEL_BENIH"]);
    expect(kode([...POP, ...POP.slice(0, 1)], { benih: 1, ukuran: 10 })).toEqual(["SAMPEL_PEGAWAI_GANDA"]);
    expect(kode(POP, { benih: 1, ukuran: 3, minimalPerUnit: 0 })).toEqual([]);
  });
});
