import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BarisValid,
  type DataInstansi,
  type DataUnit,
  periksaBerkasInstansi,
  periksaPohonUnit,
  pesanGalatBarisImpor,
  urutanTulisUnit,
} from "../src/nasional/index.ts";

const instansi = (kode: string, lain: Partial<DataInstansi> = {}): DataInstansi => ({
  kode,
  nama: kode,
  jenis: "kementerian",
  provinsi: null,
  kodeWilayah: null,
  zonaWaktu: "Asia/Jakarta",
  ...lain,
});
const KOSONG = { provinsiTerdaftar: new Map(), kodeWilayahTerdaftar: new Map() };

describe("periksaBerkasInstansi", () => {
  it("flags the later of two rows with the same agency code, naming the first row", () => {
    const g = periksaBerkasInstansi(
      [
        { baris: 2, data: instansi("A") },
        { baris: 3, data: instansi("B") },
        { baris: 7, data: instansi("A") },
      ],
      KOSONG,
      { kode: "Kode Instansi" },
    );
    expect(g).toEqual([
      { baris: 7, kolom: "Kode Instansi", kode: "KODE_INSTANSI_GANDA", isian: { barisPertama: "2" } },
    ]);
    expect(pesanGalatBarisImpor(g[0])).toContain("lihat baris 2");
    expect(pesanGalatBarisImpor(g[0], "en")).toContain("see row 2");
  });

  it("allows one provincial government per province, in the file and against the register", () => {
    const prov = (kode: string, p: string) =>
      instansi(kode, { jenis: "provinsi", provinsi: p, kodeWilayah: p });
    const register = {
      provinsiTerdaftar: new Map([["32", "PROV-JABAR"]]),
      kodeWilayahTerdaftar: new Map([["32", "PROV-JABAR"]]),
    };
    const g = periksaBerkasInstansi(
      [
        { baris: 2, data: prov("PROV-JABAR", "32") }, // updates itself: fine
        { baris: 3, data: prov("PROV-33", "33") },
        { baris: 4, data: prov("PROV-33B", "33") },
        { baris: 5, data: prov("JABAR2", "32") },
      ],
      register,
    );
    expect(g.map((x) => [x.baris, x.kolom, x.kode, x.isian])).toEqual([
      [4, "provinsi", "PROVINSI_GANDA", { barisPertama: "3" }],
      [4, "kodeWilayah", "KODE_WILAYAH_GANDA", { barisPertama: "3" }],
      [5, "provinsi", "PROVINSI_GANDA", { barisPertama: "2" }],
      [5, "kodeWilayah", "KODE_WILAYAH_GANDA", { barisPertama: "2" }],
    ]);
    const g2 = periksaBerkasInstansi([{ baris: 2, data: prov("JABAR2", "32") }], register);
    expect(g2.map((x) => [x.kode, x.isian])).toEqual([
      ["PROVINSI_GANDA", { instansi: "PROV-JABAR" }],
      ["KODE_WILAYAH_GANDA", { instansi: "PROV-JABAR" }],
    ]);
    expect(pesanGalatBarisImpor(g2[0])).toContain("(PROV-JABAR)");
  });
});

const unit = (
  baris: number,
  kode: string,
  kodeInduk: string | null,
  eselon: number | null = null,
  kodeInstansi = "KEMEN",
): BarisValid<DataUnit> => ({
  baris,
  data: { kodeInstansi, kode, nama: kode, eselon, kodeInduk },
});

describe("periksaPohonUnit", () => {
  const konteks = {
    instansi: new Set(["KEMEN"]),
    unitTerdaftar: new Map([
      [
        "KEMEN",
        [
          { kode: "SETJEN", eselon: 1, kodeInduk: null },
          { kode: "SETJEN.SDM", eselon: 2, kodeInduk: "SETJEN" },
        ],
      ],
    ]),
  };

  it("accepts a parent given later in the file or already registered, matching codes case-insensitively", () => {
    expect(periksaPohonUnit([unit(2, "SDM.1", "sdm", 3), unit(3, "SDM", "setjen", 2)], konteks)).toEqual([]);
  });

  it("refuses an unknown agency, a repeated unit code, an unknown parent and an eselon not below its parent", () => {
    const g = periksaPohonUnit(
      [
        unit(2, "X", null, null, "LAIN"),
        unit(3, "BIRO", "SETJEN", 2),
        unit(4, "biro", "SETJEN", 2),
        unit(5, "Y", "TIDAK.ADA"),
        unit(6, "Z", "SETJEN", 1),
      ],
      konteks,
      { kodeInduk: "Kode Induk" },
    );
    expect(g.map((x) => [x.baris, x.kolom, x.kode])).toEqual([
      [2, "kodeInstansi", "INSTANSI_TIDAK_DIKENAL"],
      [4, "kode", "KODE_UNIT_GANDA"],
      [5, "Kode Induk", "INDUK_TIDAK_DIKENAL"],
      [6, "eselon", "ESELON_TIDAK_DI_BAWAH_INDUK"],
    ]);
  });

  it("refuses cycles, in the file and when a row moves a registered unit under its own descendant", () => {
    expect(
      periksaPohonUnit([unit(2, "P", "Q"), unit(3, "Q", "P")], konteks).map((x) => [x.baris, x.kode]),
    ).toEqual([
      [2, "INDUK_MELINGKAR"],
      [3, "INDUK_MELINGKAR"],
    ]);
    expect(periksaPohonUnit([unit(2, "SETJEN", "SETJEN.SDM", null)], konteks).map((x) => x.kode)).toEqual([
      "INDUK_MELINGKAR",
    ]);
  });
});

describe("urutanTulisUnit", () => {
  it("puts every parent from the file before its children, keeping all rows of an acyclic file", () => {
    // A random forest: unit i's parent is a unit j < i or none; rows are then shuffled.
    const hutan = fc
      .array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 60 })
      .map((induk) => induk.map((p, i) => unit(i + 2, `U${i}`, p === null || i === 0 ? null : `u${p % i}`)))
      .chain((rows) => fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }));
    fc.assert(
      fc.property(hutan, (rows) => {
        const urut = urutanTulisUnit(rows);
        expect(urut).toHaveLength(rows.length);
        const posisi = new Map(urut.map((r, i) => [r.data.kode.toUpperCase(), i]));
        for (const r of urut)
          if (r.data.kodeInduk !== null)
            expect(posisi.get(r.data.kodeInduk.toUpperCase())).toBeLessThan(
              posisi.get(r.data.kode) as number,
            );
      }),
    );
  });

  it("leaves out rows on a cycle", () => {
    expect(
      urutanTulisUnit([unit(2, "A", null), unit(3, "P", "Q"), unit(4, "Q", "P")]).map((r) => r.data.kode),
    ).toEqual(["A"]);
  });
});
