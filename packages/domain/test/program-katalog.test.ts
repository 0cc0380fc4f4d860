import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  KEGIATAN_SUBTAHAP,
  KEGIATAN_UTAMA,
  KOMPONEN_STRATEGI,
  kegiatanSubtahap,
  LANGKAH_PERSIAPAN,
} from "../src/program/index.ts";

const TEKS = readFileSync(new URL("../../../docs/regulasi/permenpanrb-60-2020.txt", import.meta.url), "utf8");

/** Lower-case words of ≥ 4 letters, HTML tags and punctuation removed. */
function kata(s: string): string[] {
  return s
    .replace(/<[^>]+>/g, " ")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4);
}

function bagian(dari: string, sampai: string): Set<string> {
  const a = TEKS.indexOf(dari);
  const b = TEKS.indexOf(sampai, a + dari.length);
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  return new Set(kata(TEKS.slice(a, b)));
}

/** Our spelling → the regulation's, for the regulation's own typos we correct in display text. */
const EJAAN_REGULASI: Record<string, string> = {
  pencanangan: "pencaanangan",
  rekrutmen: "rekrutment",
  pemantapan: "pementapan",
};

/** Every word of our Indonesian text occurs in the table's own section of the regulation. */
function setia(teks: string, kosakata: Set<string>): string[] {
  return kata(teks).filter((w) => !kosakata.has(EJAAN_REGULASI[w] ?? w));
}

describe("katalog kegiatan ditranskripsi dari regulasi", () => {
  it("Tabel 5–8 rows use only the words of their own table", () => {
    const batas: Record<number, [string, string]> = {
      5: ["Tabel 5:", "b. Subtahap Membangun Pemahaman"],
      6: ["Tabel 6:", "c. Kegiatan Subtahap"],
      7: ["Tabel 7:", "d. Kegiatan Membangun Kepemilikan"],
      8: ["Tabel 8:", "Gambar: 4"],
    };
    for (const k of KEGIATAN_SUBTAHAP) {
      const [a, b] = batas[k.tabel] as [string, string];
      const kosakata = bagian(a, b);
      for (const t of [k.kegiatan, ...k.tujuan, ...k.cara, ...k.media])
        expect({ kode: k.kode, asing: setia(t.id, kosakata) }).toEqual({ kode: k.kode, asing: [] });
    }
  });

  it("has the rows of each table, tied to their sub-stage and Tabel 4 activity", () => {
    expect([1, 2, 3, 4].map((l) => kegiatanSubtahap(l as 1 | 2 | 3 | 4).length)).toEqual([2, 4, 5, 2]);
    for (const k of KEGIATAN_SUBTAHAP) {
      expect(k.subtahap).toBe(k.tabel - 4);
      expect(k.kegiatanUtama).toBe(k.no === 1 ? "penguatan_kepemimpinan" : "penguatan_kapasitas");
      expect(k.tujuan.length * k.cara.length * k.media.length).toBeGreaterThan(0);
    }
    expect(new Set(KEGIATAN_SUBTAHAP.map((k) => k.kode)).size).toBe(KEGIATAN_SUBTAHAP.length);
    expect(KEGIATAN_SUBTAHAP.find((k) => k.kode === "T8-2.1")?.media.at(-1)?.id).toBe(
      "Evaluasi diri (diary)",
    );
  });

  it("Tabel 4 and Tabel 2 use only the words of their tables", () => {
    const t4 = bagian("Tabel 4:", "Sedangkan kegiatan pada tahapan pelaksanaan");
    for (const k of KEGIATAN_UTAMA)
      for (const t of [k.nama, ...k.tujuan, ...k.cara, ...(k.catatan ? [k.catatan] : [])])
        expect({ kode: k.kode, asing: setia(t.id, t4) }).toEqual({ kode: k.kode, asing: [] });
    expect(KEGIATAN_UTAMA.map((k) => k.no)).toEqual([1, 2, 3, 4, 5]);
    const t2 = bagian("Tabel 2:", "B. IMPLEMENTASI");
    for (const k of KOMPONEN_STRATEGI)
      for (const t of [
        k.nama,
        k.indikatorKeberhasilan,
        ...k.metode.flatMap((m) => [m.teks, ...(m.rincian ?? []).map((r) => r.teks)]),
      ])
        expect({ kode: k.kode, asing: setia(t.id, t2) }).toEqual({ kode: k.kode, asing: [] });
    expect(KOMPONEN_STRATEGI.map((k) => k.metode.length)).toEqual([5, 4, 4]);
    expect(KOMPONEN_STRATEGI[1]?.metode[3]?.rincian).toHaveLength(6);
  });

  it("Tabel 3 steps use the words of Tabel 3 and follow its numbering", () => {
    const t3 = bagian("Tabel 3:", "2. Tahap Pelaksanaan");
    expect(LANGKAH_PERSIAPAN.map((l) => l.no)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const l of LANGKAH_PERSIAPAN)
      for (const t of [l.kegiatan, l.tujuan, l.keluaran])
        expect({ no: l.no, asing: setia(t.id, t3) }).toEqual({ no: l.no, asing: [] });
  });
});
