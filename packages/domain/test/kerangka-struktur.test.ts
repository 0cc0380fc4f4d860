import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  FAKTOR,
  faktorDari,
  KEYAKINAN_PELEMAH,
  KEYAKINAN_PENGUAT,
  KODE_SUBDIMENSI,
  KUALITAS_PRIBADI,
  SUB_DIMENSI,
  TINGKAT_KEMATANGAN,
  tingkatKematangan,
} from "../src/kerangka/index.ts";

// The regulation text ships with the repository (docs/regulasi/), so this check always runs.
const REGULASI = fileURLToPath(new URL("../../../docs/regulasi/permenpanrb-60-2020.txt", import.meta.url));

describe("kerangka integritas (PermenPANRB 60/2020)", () => {
  it("has the four personal qualities of Pasal 3 ayat (1), a–d in order", () => {
    expect(KUALITAS_PRIBADI.map((k) => k.kode)).toEqual([
      "kejujuran",
      "kepatuhan",
      "kerjaSama",
      "pengabdian",
    ]);
    expect(KUALITAS_PRIBADI.map((k) => k.sumber.slice(-1))).toEqual(["a", "b", "c", "d"]);
  });

  it("has three factors of four sub-dimensions each, with stable codes", () => {
    expect(FAKTOR.map((f) => f.kode)).toEqual(["KD", "DN", "KM"]);
    expect(SUB_DIMENSI.map((s) => s.kode)).toEqual([...KODE_SUBDIMENSI]);
    for (const f of FAKTOR) {
      expect(f.subDimensi).toHaveLength(4);
      for (const k of f.subDimensi) expect(faktorDari(k)).toBe(f.kode);
    }
    const nama = SUB_DIMENSI.map((s) => s.nama.id);
    expect(nama).toEqual([
      "Idealisme",
      "Penerimaan Diri",
      "Kemandirian",
      "Bermartabat",
      "Fokus Perhatian dan Tanggung Jawab",
      "Terencana dan Antisipatif",
      "Disiplin Pribadi",
      "Evaluasi Diri",
      "Pengenalan Situasi Moral",
      "Pilihan Moral",
      "Individualitas",
      "Pengelolaan Rasa Takut",
    ]);
  });

  it("traces every sub-dimension to its letter in BAB II.C and names it in both languages", () => {
    SUB_DIMENSI.forEach((s, i) => {
      const faktor = Math.floor(i / 4) + 1;
      const huruf = "abcd"[i % 4];
      expect(s.sumber).toBe(`BAB II.C.${faktor}.${huruf}`);
      expect(s.definisi.en.length).toBeGreaterThan(40);
      expect(s.nama.en.length).toBeGreaterThan(3);
    });
  });

  it.skipIf(!existsSync(REGULASI))(
    "quotes each sub-dimension definition verbatim from the regulation",
    () => {
      const rapikan = (t: string) => t.replace(/\s+/g, " ").toLowerCase();
      // The published text has the typo "Keberpikah" for "Keberpihakan" (KM2).
      const teks = rapikan(readFileSync(REGULASI, "utf8")).replace("keberpikah", "keberpihakan");
      for (const s of SUB_DIMENSI) expect(teks).toContain(rapikan(s.definisi.id));
    },
  );

  it("lists the strengthening and weakening beliefs of BAB II.C", () => {
    expect(KEYAKINAN_PENGUAT).toEqual(["jujur", "adil", "idealisme", "independen", "bermartabat"]);
    expect(KEYAKINAN_PELEMAH).toEqual([
      "curang",
      "pragmatisSempit",
      "kepentinganPribadiKelompok",
      "diskriminatif",
    ]);
  });

  it("has four maturity levels with 4, 4, 8 and 10 achievement criteria (BAB III.B.2 a–d)", () => {
    expect(TINGKAT_KEMATANGAN.map((t) => t.nama.id)).toEqual([
      "Kesadaran",
      "Pemahaman",
      "Penerimaan",
      "Kepemilikan",
    ]);
    expect(TINGKAT_KEMATANGAN.map((t) => t.subtahap.kriteria.length)).toEqual([4, 4, 8, 10]);
    expect(TINGKAT_KEMATANGAN.map((t) => t.sumber)).toEqual([
      "BAB II.D.1",
      "BAB II.D.2",
      "BAB II.D.3",
      "BAB II.D.4",
    ]);
    for (const t of TINGKAT_KEMATANGAN) {
      t.subtahap.kriteria.forEach((k, i) => {
        expect(k.nomor).toBe(i + 1);
        expect(k.sumber).toBe(`${t.subtahap.sumber} angka ${i + 1}`);
      });
    }
    // Lettered sub-items: a) … e) under criterion 2 of awareness, a) … g) under criterion 1 of understanding.
    expect(tingkatKematangan(1).subtahap.kriteria[1].rincian).toHaveLength(5);
    expect(tingkatKematangan(2).subtahap.kriteria[0].rincian).toHaveLength(7);
  });
});
