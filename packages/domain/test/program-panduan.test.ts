import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVEL_KEMATANGAN, type LevelKematangan } from "../src/kerangka/kematangan.ts";
import {
  capaianSubtahap,
  draftModulPelatihan,
  itemDaftarPeriksa,
  panduanSubtahap,
  periksaRencanaPelatihan,
  subtahapDibutuhkan,
  subtahapUnit,
} from "../src/program/index.ts";
import { PETA } from "./program-fixture.ts";

const unit = (a: number, b: number, c: number, d: number) => ({
  unitKerjaId: "U",
  jumlahPerLevel: { 1: a, 2: b, 3: c, 4: d },
});

describe("panduan subtahap dari peta asesmen", () => {
  it("places each unit by the default rule (half reached) and proposes that sub-stage's table", () => {
    const p = panduanSubtahap(PETA);
    expect(p.map((x) => (x.status === "ada" ? x.subtahap : 0))).toEqual([1, 2]);
    const a = p[0];
    expect(a?.status === "ada" && a.usulanKegiatan.map((k) => k.kode)).toEqual(["T5-1.1", "T5-2.1"]);
    const b = p[1];
    expect(b?.status === "ada" && b.usulanKegiatan.every((k) => k.tabel === 6)).toBe(true);
    expect(b?.status === "ada" && b.sumber).toBe("BAB III.B.2.b; Tabel 6");
    expect(subtahapDibutuhkan(PETA)).toEqual([1, 2]);
  });

  it("applies the threshold and modal rules as documented", () => {
    expect(subtahapUnit(unit(4, 3, 3, 0))).toBe(2); // 60% at ≥ 2, 30% at ≥ 3
    expect(subtahapUnit(unit(4, 3, 3, 0), { aturan: "ambang", proporsi: 0.7 })).toBe(1);
    expect(subtahapUnit(unit(4, 3, 3, 0), { aturan: "modus" })).toBe(1);
    expect(subtahapUnit(unit(1, 3, 3, 3), { aturan: "modus" })).toBe(2); // tie → lower
    expect(subtahapUnit(unit(0, 0, 0, 5))).toBe(4);
    expect(() => subtahapUnit(unit(1, 1, 1, 1), { aturan: "ambang", proporsi: 0 })).toThrow(RangeError);
  });

  it("threshold rule: the highest level L with share(≥ L) ≥ p (fast-check)", () => {
    const n = fc.nat({ max: 30 });
    fc.assert(
      fc.property(n, n, n, n, fc.double({ min: 0.01, max: 1, noNaN: true }), (a, b, c, d, p) => {
        fc.pre(a + b + c + d > 0);
        const u = unit(a, b, c, d);
        const total = a + b + c + d;
        const bagian = (l: LevelKematangan) =>
          LEVEL_KEMATANGAN.filter((x) => x >= l).reduce((s, x) => s + u.jumlahPerLevel[x], 0) / total;
        const L = subtahapUnit(u, { aturan: "ambang", proporsi: p });
        expect(L === 1 || bagian(L) >= p - 1e-12).toBe(true);
        if (L < 4) expect(bagian((L + 1) as LevelKematangan)).toBeLessThan(p + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it("drafts training modules from the guide that pass the training-plan check once scheduled", () => {
    const draf = draftModulPelatihan(PETA);
    expect(draf.map((m) => m.templat)).toEqual(["T5-1.1", "T5-2.1", "T6-1.1", "T6-2.1", "T6-2.2", "T6-2.3"]);
    expect(draf[0]?.sasaranUnit).toEqual(["A"]);
    expect(draf[2]?.sasaranUnit).toEqual(["B"]);
    const modul = draf.map((m) => ({ ...m, jadwal: { mulai: "2026-04-01", selesai: "2026-04-02" } }));
    const p = periksaRencanaPelatihan(
      { dokumenId: "kurikulum.pdf", tanggal: "2026-03-15", modul },
      { hariIni: "2026-12-31", peta: PETA },
    );
    expect(p).toEqual({ galat: [], peringatan: [] });
  });

  it("marks units with too few assessed employees instead of guessing", () => {
    const p = panduanSubtahap([unit(1, 1, 0, 0), { ...unit(0, 0, 0, 0), unitKerjaId: "V" }], {
      minimalPegawai: 3,
    });
    expect(p.map((x) => x.status)).toEqual(["data_kurang", "data_kurang"]);
  });
});

describe("daftar periksa kriteria pencapaian (BAB III.B.2 a–d)", () => {
  it("has one item per criterion or lettered sub-item, in the regulation's order", () => {
    expect(itemDaftarPeriksa(1).map((i) => i.kode)).toEqual([
      "1.1",
      "1.2.a",
      "1.2.b",
      "1.2.c",
      "1.2.d",
      "1.2.e",
      "1.3",
      "1.4",
    ]);
    expect(itemDaftarPeriksa(2)).toHaveLength(7 + 3);
    expect(itemDaftarPeriksa(3)).toHaveLength(8);
    expect(itemDaftarPeriksa(4)).toHaveLength(10);
    expect(itemDaftarPeriksa(1)[2]?.sumber).toBe("BAB III.B.2.a angka 2 huruf b");
  });

  it("counts a criterion met only when every item has verified evidence of an accepted kind", () => {
    const bukti = [
      { kodeItem: "1.1", jenis: "hasil_asesmen" as const, berkasId: "f1" },
      ...["a", "b", "c", "d"].map((h) => ({
        kodeItem: `1.2.${h}`,
        jenis: "catatan_wawancara" as const,
        berkasId: `w${h}`,
      })),
      { kodeItem: "1.3", jenis: "catatan_observasi" as const, berkasId: "o1" },
    ];
    const verif = new Set(["1.1", "1.2.a", "1.2.b", "1.2.c", "1.2.d", "1.2.e", "1.3"]);
    const c = capaianSubtahap(1, bukti, verif);
    expect(c.kriteriaTerpenuhi).toBe(2); // 1 and 3; 2 lacks 2.e evidence; 4 lacks everything
    expect(c.jumlahKriteria).toBe(4);
    expect(c.proporsiKriteria).toBe(0.5);
    expect(c.proporsiItem).toBe(6 / 8);
    const lengkap = capaianSubtahap(
      1,
      [...bukti, { kodeItem: "1.2.e", jenis: "catatan_wawancara", berkasId: "we" }],
      verif,
    );
    expect(lengkap.kriteriaTerpenuhi).toBe(3);
    // evidence without verification does not count; neither does a kind the agency does not accept
    expect(capaianSubtahap(1, bukti, new Set()).kriteriaTerpenuhi).toBe(0);
    expect(capaianSubtahap(1, bukti, verif, { buktiDiterima: ["hasil_asesmen"] }).kriteriaTerpenuhi).toBe(1);
    // the same file twice is one piece of evidence
    const dua = bukti.slice(0, 1).concat(bukti.slice(0, 1));
    expect(capaianSubtahap(1, dua, verif, { minimalBukti: 2 }).item[0]?.terpenuhi).toBe(false);
  });
});
