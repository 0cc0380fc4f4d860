import { describe, expect, it } from "vitest";
import {
  gabungkanEkstensi,
  KERANGKA_NASIONAL,
  type KerangkaIntegritas,
  periksaIntiNasional,
} from "../src/kerangka/index.ts";

const ekstensiSah = {
  instansiId: "kemenkeu",
  versi: "2026.1",
  indikator: [
    {
      kode: "KD1.PJK1",
      subDimensi: "KD1",
      teks: {
        id: "Menolak imbalan dari wajib pajak yang dilayani",
        en: "Refuses rewards from taxpayers served",
      },
    },
    {
      kode: "KM4.PJK2",
      subDimensi: "KM4",
      teks: { id: "Tetap memeriksa wajib pajak besar tanpa rasa gentar" },
    },
  ],
};

const kodePelanggaran = (masukan: unknown) => {
  const h = gabungkanEkstensi(masukan);
  return h.ok ? [] : h.pelanggaran.map((p) => p.kode);
};

describe("gabungkanEkstensi", () => {
  it("adds an agency's indicators under national sub-dimensions and keeps the core intact", () => {
    const jumlahNasional = KERANGKA_NASIONAL.subDimensi.find((s) => s.kode === "KD1")?.indikator.length;
    const h = gabungkanEkstensi(ekstensiSah);
    if (!h.ok) throw new Error(JSON.stringify(h.pelanggaran));
    const kd1 = h.kerangka.subDimensi.find((s) => s.kode === "KD1");
    expect(kd1?.indikator.map((i) => i.kode)).toEqual(["KD1.1", "KD1.2", "KD1.3", "KD1.4", "KD1.PJK1"]);
    expect(kd1?.indikator.at(-1)).toMatchObject({ asal: "instansi", instansiId: "kemenkeu" });
    const km4 = h.kerangka.subDimensi.find((s) => s.kode === "KM4");
    // English falls back to the Indonesian text when the agency gives none.
    expect(km4?.indikator[0].teks).toEqual({
      id: "Tetap memeriksa wajib pajak besar tanpa rasa gentar",
      en: "Tetap memeriksa wajib pajak besar tanpa rasa gentar",
    });
    expect(h.kerangka.pemilik).toBe("kemenkeu");
    expect(periksaIntiNasional(h.kerangka)).toEqual([]);
    // The national framework itself is not mutated.
    expect(KERANGKA_NASIONAL.subDimensi.find((s) => s.kode === "KD1")?.indikator.length).toBe(jumlahNasional);
  });

  it("refuses an extension that tries to touch national elements", () => {
    expect(kodePelanggaran({ ...ekstensiSah, subDimensi: [] })).toEqual(["UBAH_INTI"]);
    expect(kodePelanggaran({ ...ekstensiSah, hapus: ["KD2"] })).toEqual(["UBAH_INTI"]);
    expect(kodePelanggaran({ ...ekstensiSah, ubahNama: { KD1: "Idealisme Fiskal" } })).toEqual(["UBAH_INTI"]);
  });

  it("refuses unknown sub-dimensions and unknown fields", () => {
    expect(
      kodePelanggaran({
        ...ekstensiSah,
        indikator: [{ kode: "XX1.A", subDimensi: "XX1", teks: { id: "Apa saja" } }],
      }),
    ).toContain("BENTUK_TIDAK_SAH");
    expect(kodePelanggaran({ ...ekstensiSah, bobot: { KD1: 2 } })).toContain("BENTUK_TIDAK_SAH");
    expect(kodePelanggaran("bukan objek")).toContain("BENTUK_TIDAK_SAH");
  });

  it("refuses indicator codes that are not namespaced or collide", () => {
    const dengan = (indikator: unknown[]) => ({ ...ekstensiSah, indikator });
    const teks = { id: "Indikator tambahan" };
    expect(kodePelanggaran(dengan([{ kode: "KD1.1", subDimensi: "KD1", teks }]))).toEqual([
      "KODE_TIDAK_SAH",
      "KODE_BENTROK",
    ]);
    expect(kodePelanggaran(dengan([{ kode: "KD1.X", subDimensi: "KD2", teks }]))).toEqual(["KODE_TIDAK_SAH"]);
    expect(
      kodePelanggaran(
        dengan([
          { kode: "KD2.A", subDimensi: "KD2", teks },
          { kode: "KD2.A", subDimensi: "KD2", teks },
        ]),
      ),
    ).toEqual(["KODE_BENTROK"]);
  });

  it("reports every violation in Bahasa Indonesia with its location", () => {
    const h = gabungkanEkstensi({ ...ekstensiSah, faktor: [] });
    expect(h.ok).toBe(false);
    if (!h.ok) {
      expect(h.pelanggaran[0].pesan).toMatch(/tidak boleh mengubah atau menghapus unsur kerangka nasional/);
      expect(h.pelanggaran[0].lokasi).toBe("faktor");
    }
  });
});

describe("periksaIntiNasional", () => {
  const salin = (): KerangkaIntegritas => structuredClone(KERANGKA_NASIONAL) as KerangkaIntegritas;

  it("accepts the national framework itself", () => {
    expect(periksaIntiNasional(salin())).toEqual([]);
  });

  it("finds a renamed sub-dimension, a changed definition and a removed level or indicator", () => {
    const k = salin();
    const ganti = k.subDimensi.map((s) =>
      s.kode === "DN3"
        ? { ...s, nama: { ...s.nama, id: "Disiplin" } }
        : s.kode === "KM1"
          ? { ...s, definisi: { ...s.definisi, id: "Peka." } }
          : s.kode === "KD4"
            ? { ...s, indikator: s.indikator.slice(1) }
            : s,
    );
    const hasil = periksaIntiNasional({ ...k, subDimensi: ganti, kematangan: k.kematangan.slice(0, 3) });
    expect(hasil.map((p) => `${p.kode}:${p.lokasi}`).sort()).toEqual(
      [
        "UNSUR_NASIONAL_DIUBAH:DN3",
        "UNSUR_NASIONAL_DIUBAH:KM1",
        "UNSUR_NASIONAL_HILANG:4",
        "UNSUR_NASIONAL_HILANG:KD4.1",
      ].sort(),
    );
  });

  it("finds a removed weakening belief and a removed factor", () => {
    const k = salin();
    const hasil = periksaIntiNasional({
      ...k,
      keyakinanPelemah: k.keyakinanPelemah.filter((x) => x !== "diskriminatif"),
      faktor: k.faktor.filter((f) => f.kode !== "KM"),
    });
    expect(hasil.map((p) => p.lokasi).sort()).toEqual(["KM", "diskriminatif"]);
  });
});
