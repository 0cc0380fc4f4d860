import type { JawabanBlok } from "./jawaban.ts";

/**
 * Aberrant-response flags for review (docs/penilaian.md "3. Aberrance flags":
 * flagged for review rather than silently scored). A flag never changes the
 * score; it marks the result for a reviewer, with the reason in Bahasa
 * Indonesia. See docs/penilaian.md "Tanda pola jawaban".
 */
export type KodeTanda = "kecocokan-pola" | "terlalu-cepat" | "posisi-seragam" | "sering-mengubah";

export interface TandaAberan {
  kode: KodeTanda;
  alasan: string;
  nilai: number;
  ambang: number;
}

export interface OpsiAberan {
  /** A block answered in fewer seconds than this counts as fast (default 3). */
  detikMinPerBlok: number;
  /** Flag when at least this share of timed blocks is fast (default 0.5). */
  proporsiCepatMaks: number;
  /** Flag when the same displayed position is chosen as most (or as least) like me in at least this share of blocks (default 0.8). */
  proporsiPosisiSamaMaks: number;
  /** The position rule needs at least this many answered blocks (default 8). */
  blokMinPosisi: number;
  /** Flag when answer changes per answered block exceed this (default 1). */
  perubahanPerBlokMaks: number;
}

export const OPSI_ABERAN_BAKU: OpsiAberan = {
  detikMinPerBlok: 3,
  proporsiCepatMaks: 0.5,
  proporsiPosisiSamaMaks: 0.8,
  blokMinPosisi: 8,
  perubahanPerBlokMaks: 1,
};

const persen = (x: number) => `${Math.round(100 * x)}%`;

/**
 * - Person fit: lz (engine `tirtPersonFit`) below the critical value of its
 *   simulated null distribution (`ambangLz`, from the reference calibration).
 * - Implausibly fast responding: share of timed blocks answered faster than
 *   `detikMinPerBlok`.
 * - Identical-position pattern: with statement order randomised per person,
 *   each displayed position is chosen about a third of the time; a modal
 *   position share ≥ `proporsiPosisiSamaMaks` for "paling sesuai" or for
 *   "paling tidak sesuai" means answering by position, not content.
 * - Too many changes of answer: changes per answered block.
 */
export function periksaAberan(
  urutanFormulir: ReadonlyMap<string, readonly string[]>,
  jawaban: readonly JawabanBlok[],
  lz: number,
  ambangLz: number,
  opsi: OpsiAberan = OPSI_ABERAN_BAKU,
): TandaAberan[] {
  const tanda: TandaAberan[] = [];
  if (Number.isFinite(lz) && lz < ambangLz)
    tanda.push({
      kode: "kecocokan-pola",
      alasan: `Pola jawaban tidak cocok dengan model (lz = ${lz.toFixed(2)} di bawah ambang ${ambangLz.toFixed(2)}); kemungkinan menjawab acak atau tidak konsisten.`,
      nilai: lz,
      ambang: ambangLz,
    });

  const berwaktu = jawaban.filter((j) => j.detik !== undefined);
  if (berwaktu.length > 0) {
    const cepat = berwaktu.filter((j) => (j.detik as number) < opsi.detikMinPerBlok).length / berwaktu.length;
    if (cepat >= opsi.proporsiCepatMaks)
      tanda.push({
        kode: "terlalu-cepat",
        alasan: `${persen(cepat)} blok dijawab kurang dari ${opsi.detikMinPerBlok} detik per blok; terlalu cepat untuk membaca tiga pernyataan.`,
        nilai: cepat,
        ambang: opsi.proporsiCepatMaks,
      });
  }

  if (jawaban.length >= opsi.blokMinPosisi) {
    for (const [pilihan, nama] of [
      ["palingSesuai", "paling sesuai"],
      ["palingTidakSesuai", "paling tidak sesuai"],
    ] as const) {
      const hitung = new Map<number, number>();
      for (const j of jawaban) {
        const urutan = j.urutanTampil ?? urutanFormulir.get(j.blok) ?? [];
        const pos = urutan.indexOf(j[pilihan]);
        hitung.set(pos, (hitung.get(pos) ?? 0) + 1);
      }
      const [pos, n] = [...hitung].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
      const bagian = n / jawaban.length;
      if (pos >= 0 && bagian >= opsi.proporsiPosisiSamaMaks)
        tanda.push({
          kode: "posisi-seragam",
          alasan: `Pernyataan urutan ke-${pos + 1} dipilih sebagai "${nama}" pada ${persen(bagian)} blok; jawaban tampaknya mengikuti posisi, bukan isi.`,
          nilai: bagian,
          ambang: opsi.proporsiPosisiSamaMaks,
        });
    }
  }

  const tercatat = jawaban.filter((j) => j.perubahan !== undefined);
  if (tercatat.length > 0) {
    const rerata = tercatat.reduce((s, j) => s + (j.perubahan as number), 0) / tercatat.length;
    if (rerata > opsi.perubahanPerBlokMaks)
      tanda.push({
        kode: "sering-mengubah",
        alasan: `Rata-rata ${rerata.toFixed(1)} kali mengubah jawaban per blok (batas ${opsi.perubahanPerBlokMaks}); perlu ditinjau.`,
        nilai: rerata,
        ambang: opsi.perubahanPerBlokMaks,
      });
  }
  return tanda;
}
