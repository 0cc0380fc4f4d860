import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LevelKematangan } from "../src/kerangka/kematangan.ts";
import {
  akhirTenggat,
  capaianTarget,
  nilaiIndikator,
  petaLevelDariHasil,
  type TargetSmart,
  validasiTargetSmart,
} from "../src/program/index.ts";
import { PETA, RENAKSI } from "./program-fixture.ts";

const T = RENAKSI.target[0] as TargetSmart;
const K = { tanggalRencana: "2026-03-01", peta: PETA };
const kode = (x: unknown, k = K) => validasiTargetSmart(x, k).map((g) => g.kode);

describe("validasi target SMART (Tabel 3 no. 4)", () => {
  it("accepts the issue's example: by 2027-06 at least 60% of unit A at level ≥ 2", () => {
    expect(kode(T)).toEqual([]);
    expect(
      kode(
        {
          ...T,
          indikator: { jenis: "rerata_level" },
          garisDasar: 1.85,
          nilaiTarget: 2.2,
          sasaran: ["A", "B"],
        },
        K,
      ),
    ).toEqual([]);
  });

  it("refuses vague targets, each with its reason", () => {
    expect(kode({ kode: "X", uraian: "Meningkatkan integritas pegawai" })).toEqual([
      "TARGET_TIDAK_TERUKUR",
      "TARGET_SASARAN_KOSONG",
      "TARGET_TANPA_GARIS_DASAR",
      "TARGET_TANPA_NILAI",
      "TARGET_TANPA_TENGGAT",
      "TARGET_TANPA_PENANGGUNG_JAWAB",
    ]);
    expect(kode(null)).toEqual(["TARGET_KOSONG"]);
    expect(kode({ ...T, tenggat: "secepatnya" })).toEqual(["TARGET_TANPA_TENGGAT"]);
    expect(kode({ ...T, tenggat: "2027-13" })).toEqual(["TARGET_TANPA_TENGGAT"]);
    expect(kode({ ...T, tenggat: "2026-02" })).toEqual(["TARGET_TENGGAT_LAMPAU"]);
    expect(kode({ ...T, nilaiTarget: 0.4 })).toEqual(["TARGET_TIDAK_MENINGKAT"]);
    expect(kode({ ...T, nilaiTarget: 60 })).toEqual(["TARGET_DI_LUAR_RENTANG"]);
    expect(kode({ ...T, indikator: { jenis: "proporsi_minimal_level", levelMinimal: 1 } })).toContain(
      "TARGET_LEVEL_1_TIDAK_BERMAKNA",
    );
    expect(kode({ ...T, indikator: { jenis: "proporsi_minimal_level", levelMinimal: 5 } })).toContain(
      "TARGET_LEVEL_TIDAK_DIKENAL",
    );
    expect(kode({ ...T, penanggungJawab: { peran: "bos" } })).toEqual(["TARGET_TANPA_PENANGGUNG_JAWAB"]);
    expect(kode({ ...T, garisDasar: 0.5 })).toEqual(["TARGET_GARIS_DASAR_TIDAK_SESUAI"]);
    const peta = [...PETA, { unitKerjaId: "C", jumlahPerLevel: { 1: 0, 2: 0, 3: 0, 4: 0 } }];
    expect(kode({ ...T, sasaran: ["C"], garisDasar: 0 }, { ...K, peta })).toEqual([
      "TARGET_SASARAN_TANPA_DATA",
    ]);
  });

  it("gives messages in Bahasa Indonesia and English", () => {
    const g = validasiTargetSmart({ ...T, tenggat: "2026-02" }, K)[0];
    expect(g?.pesan.id).toContain("Tenggat 2026-02 tidak jatuh setelah");
    expect(g?.pesan.en).toContain("Deadline 2026-02 is not after");
    expect(g?.bidang).toBe("target.tenggat");
  });

  it("reads month deadlines as their last day", () => {
    expect(akhirTenggat("2027-06")).toBe("2027-06-30");
    expect(akhirTenggat("2028-02")).toBe("2028-02-29");
    expect(akhirTenggat("2027-02-29")).toBeUndefined();
  });
});

describe("capaian target dari data", () => {
  it("computes value, progress and status", () => {
    // Unit A later: 3 at level 1, 7 at ≥ 2 → 0.7 ≥ 0.6.
    const later = [{ unitKerjaId: "A", jumlahPerLevel: { 1: 3, 2: 5, 3: 2, 4: 0 } }];
    expect(capaianTarget(T, later, "2027-01-01")).toEqual({
      status: "tercapai",
      nilai: 0.7,
      jumlahPegawai: 10,
      kemajuan: expect.closeTo(1.5, 12),
    });
    const sedikit = [{ unitKerjaId: "A", jumlahPerLevel: { 1: 5, 2: 5, 3: 0, 4: 0 } }];
    expect(capaianTarget(T, sedikit, "2027-06-30").status).toBe("berjalan");
    expect(capaianTarget(T, sedikit, "2027-07-01").status).toBe("terlewat");
    expect(capaianTarget(T, sedikit, "2027-01-01").kemajuan).toBeCloseTo(0.5, 12);
    expect(capaianTarget(T, [], "2027-01-01").status).toBe("tanpa_data");
  });

  it("matches a direct count over individual employees (fast-check)", () => {
    const orang = fc.array(
      fc.record({
        unitId: fc.constantFrom("A", "B", "C"),
        level: fc.constantFrom<LevelKematangan>(1, 2, 3, 4),
      }),
      { minLength: 1, maxLength: 200 },
    );
    fc.assert(
      fc.property(
        orang,
        fc.constantFrom<LevelKematangan>(2, 3, 4),
        fc.subarray(["A", "B", "C"], { minLength: 1 }),
        (xs, k, units) => {
          const peta = petaLevelDariHasil(xs);
          const dalam = xs.filter((x) => units.includes(x.unitId));
          const p = nilaiIndikator({ jenis: "proporsi_minimal_level", levelMinimal: k }, peta, units);
          const r = nilaiIndikator({ jenis: "rerata_level" }, peta, units);
          expect(p.jumlahPegawai).toBe(dalam.length);
          if (dalam.length === 0) {
            expect(p.nilai).toBeUndefined();
            return;
          }
          expect(p.nilai).toBeCloseTo(dalam.filter((x) => x.level >= k).length / dalam.length, 12);
          expect(r.nilai).toBeCloseTo(dalam.reduce((s, x) => s + x.level, 0) / dalam.length, 12);
          expect(nilaiIndikator({ jenis: "rerata_level" }, peta, "instansi").jumlahPegawai).toBe(xs.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
