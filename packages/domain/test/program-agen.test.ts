import { describe, expect, it } from "vitest";
import { cakupanAgen, type KriteriaInstrumen, nilaiPenilaianAgen, periksaInstrumen } from "../src/index.ts";

const R = ["1", "2", "3", "4"];
const INS: KriteriaInstrumen[] = [
  { kode: "K1", nama: "Renaksi", bobot: 60, rubrik: R },
  { kode: "K2", nama: "Teladan", bobot: 40, rubrik: R },
];

describe("change-agent instrument and coverage (Tabel 2 I.2; Tabel 3 no. 6)", () => {
  it("accepts an instrument whose weights sum to 100 with four rubric levels, and says why otherwise", () => {
    expect(periksaInstrumen(INS)).toEqual([]);
    expect(periksaInstrumen([{ ...INS[0], bobot: 50 }]).map((g) => g.kode)).toEqual(["BOBOT_TIDAK_100"]);
    expect(periksaInstrumen([{ ...INS[0], bobot: 100, rubrik: ["a", "b", "c"] }]).map((g) => g.kode)).toEqual(
      ["RUBRIK_TIDAK_LENGKAP"],
    );
    expect(periksaInstrumen([INS[0], { ...INS[1], kode: "K1" }]).map((g) => g.kode)).toEqual([
      "KODE_KRITERIA_GANDA",
    ]);
    expect(periksaInstrumen([]).map((g) => g.kode)).toContain("INSTRUMEN_KOSONG");
  });

  it("scores the weighted mean level and refuses a missing level, an unknown criterion or missing evidence", () => {
    const ok = nilaiPenilaianAgen(INS, [
      { kode: "K1", level: 3, bukti: "laporan" },
      { kode: "K2", level: 4, bukti: "observasi" },
    ]);
    expect(ok).toEqual({ ok: true, nilai: 3.4 });
    const kurang = nilaiPenilaianAgen(INS, [{ kode: "K1", level: 3, bukti: "x" }]);
    expect(kurang.ok ? [] : kurang.galat.map((g) => g.kode)).toEqual(["SKOR_TIDAK_LENGKAP"]);
    const asing = nilaiPenilaianAgen(INS, [
      { kode: "K1", level: 3, bukti: "x" },
      { kode: "K2", level: 3, bukti: "x" },
      { kode: "K9", level: 3, bukti: "x" },
    ]);
    expect(asing.ok ? [] : asing.galat.map((g) => g.kode)).toContain("KRITERIA_TIDAK_DIKENAL");
    const tanpaBukti = nilaiPenilaianAgen(INS, [
      { kode: "K1", level: 3, bukti: " " },
      { kode: "K2", level: 5, bukti: "x" },
    ]);
    expect(tanpaBukti.ok ? [] : tanpaBukti.galat.map((g) => g.kode)).toEqual([
      "LEVEL_TIDAK_SAH",
      "BUKTI_WAJIB",
    ]);
  });

  it("requires agents only in units at or above the size threshold (default: one per unit of 20 or more)", () => {
    const h = cakupanAgen([
      { unitId: "a", pegawai: 25, agen: 1 },
      { unitId: "b", pegawai: 20, agen: 0 },
      { unitId: "c", pegawai: 19, agen: 0 },
    ]);
    expect(h.unit.map((u) => [u.wajib, u.memadai])).toEqual([
      [true, true],
      [true, false],
      [false, true],
    ]);
    expect([h.unitWajib, h.unitMemadai, h.memadai]).toEqual([2, 1, false]);
    expect(cakupanAgen([{ unitId: "a", pegawai: 25, agen: 1 }], { minPegawai: 10, minAgen: 2 }).memadai).toBe(
      false,
    );
  });
});
