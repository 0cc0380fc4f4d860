import type { Teks } from "../kerangka/teks.ts";

/**
 * Change agents (Tabel 2 I.1–2; Tabel 3 no. 6): the instrument that assesses
 * them, the weighted score of one assessment, and coverage per unit.
 *
 * - The instrument (Tabel 2 I.2 (i) "Persiapan (membangun instrumen
 *   penilaian)"): criteria, each with a weight (whole percent, summing to
 *   100) and a rubric of four levels (1 = lowest … 4 = highest) describing
 *   what each level looks like. Levels 1–4 follow the maturity scale used
 *   elsewhere; the regulation names no scale (our design).
 * - An assessment (Tabel 2 I.2 (ii)) gives every criterion a level with its
 *   evidence; the score is the weighted mean level, 1–4, two decimals.
 * - Coverage ("dalam jumlah yang memadai", Tabel 3 no. 6 keluaran): the
 *   regulation leaves the number to the agency; the default rule is at least
 *   one appointed agent in every unit of 20 or more employees.
 */
export interface KriteriaInstrumen {
  kode: string;
  nama: string;
  /** Whole percent; the criteria's weights sum to 100. */
  bobot: number;
  /** Four descriptions: level 1 … level 4. */
  rubrik: string[];
}

export interface GalatAgen {
  kode: string;
  pesan: Teks;
}

/** Why an instrument cannot be used (empty: it can). */
export function periksaInstrumen(kriteria: readonly KriteriaInstrumen[]): GalatAgen[] {
  const galat: GalatAgen[] = [];
  if (kriteria.length === 0)
    galat.push({
      kode: "INSTRUMEN_KOSONG",
      pesan: {
        id: "Instrumen memerlukan paling sedikit satu kriteria.",
        en: "The instrument needs at least one criterion.",
      },
    });
  const kode = kriteria.map((k) => k.kode.trim());
  if (new Set(kode).size !== kode.length || kode.some((k) => k === ""))
    galat.push({
      kode: "KODE_KRITERIA_GANDA",
      pesan: { id: "Setiap kriteria memerlukan kode yang unik.", en: "Every criterion needs a unique code." },
    });
  const total = kriteria.reduce((s, k) => s + k.bobot, 0);
  if (kriteria.length > 0 && total !== 100)
    galat.push({
      kode: "BOBOT_TIDAK_100",
      pesan: {
        id: `Jumlah bobot kriteria harus 100 (sekarang ${total}).`,
        en: `The criteria's weights must sum to 100 (now ${total}).`,
      },
    });
  if (kriteria.some((k) => !Number.isInteger(k.bobot) || k.bobot <= 0))
    galat.push({
      kode: "BOBOT_TIDAK_SAH",
      pesan: {
        id: "Bobot setiap kriteria berupa bilangan bulat positif.",
        en: "Each weight is a positive whole number.",
      },
    });
  if (kriteria.some((k) => k.rubrik.length !== 4 || k.rubrik.some((r) => r.trim() === "")))
    galat.push({
      kode: "RUBRIK_TIDAK_LENGKAP",
      pesan: {
        id: "Setiap kriteria memerlukan uraian rubrik untuk level 1 sampai 4.",
        en: "Every criterion needs a rubric description for levels 1 to 4.",
      },
    });
  return galat;
}

export interface SkorKriteria {
  kode: string;
  level: number;
  bukti: string;
}

/** The weighted mean level of an assessment, or the reasons it is incomplete. */
export function nilaiPenilaianAgen(
  kriteria: readonly KriteriaInstrumen[],
  skor: readonly SkorKriteria[],
): { ok: true; nilai: number } | { ok: false; galat: GalatAgen[] } {
  const galat: GalatAgen[] = [];
  const per = new Map(skor.map((s) => [s.kode, s]));
  const kurang = kriteria.filter((k) => !per.has(k.kode)).map((k) => k.kode);
  if (kurang.length > 0 || per.size !== skor.length)
    galat.push({
      kode: "SKOR_TIDAK_LENGKAP",
      pesan: {
        id: `Beri satu level untuk setiap kriteria instrumen (belum: ${kurang.join(", ") || "ganda"}).`,
        en: `Give one level for every criterion of the instrument (missing: ${kurang.join(", ") || "duplicate"}).`,
      },
    });
  if (skor.some((s) => !kriteria.some((k) => k.kode === s.kode)))
    galat.push({
      kode: "KRITERIA_TIDAK_DIKENAL",
      pesan: {
        id: "Ada skor untuk kriteria yang tidak ada di instrumen.",
        en: "A score names a criterion not in the instrument.",
      },
    });
  if (skor.some((s) => !Number.isInteger(s.level) || s.level < 1 || s.level > 4))
    galat.push({
      kode: "LEVEL_TIDAK_SAH",
      pesan: { id: "Level setiap kriteria adalah 1 sampai 4.", en: "Each criterion's level is 1 to 4." },
    });
  if (skor.some((s) => s.bukti.trim() === ""))
    galat.push({
      kode: "BUKTI_WAJIB",
      pesan: {
        id: "Setiap level memerlukan bukti (uraian, tautan, atau rujukan dokumen).",
        en: "Every level needs its evidence (a description, link or document reference).",
      },
    });
  if (galat.length > 0) return { ok: false, galat };
  const total = kriteria.reduce((s, k) => s + k.bobot, 0);
  const jumlah = kriteria.reduce((s, k) => s + k.bobot * (per.get(k.kode)?.level ?? 0), 0);
  return { ok: true, nilai: Math.round((jumlah / total) * 100) / 100 };
}

export interface AturanCakupan {
  /** Units with at least this many employees need agents (default 20). */
  minPegawai: number;
  /** How many appointed agents such a unit needs (default 1). */
  minAgen: number;
}

export const ATURAN_CAKUPAN_BAKU: AturanCakupan = { minPegawai: 20, minAgen: 1 };

export interface CakupanUnit {
  unitId: string;
  pegawai: number;
  agen: number;
  wajib: boolean;
  memadai: boolean;
}

/** Coverage per unit: a unit at or above the size threshold needs `minAgen` agents. */
export function cakupanAgen(
  unit: readonly { unitId: string; pegawai: number; agen: number }[],
  aturan: AturanCakupan = ATURAN_CAKUPAN_BAKU,
): { unit: CakupanUnit[]; unitWajib: number; unitMemadai: number; memadai: boolean } {
  const hasil = unit.map((u) => {
    const wajib = u.pegawai >= aturan.minPegawai;
    return { ...u, wajib, memadai: !wajib || u.agen >= aturan.minAgen };
  });
  const wajib = hasil.filter((u) => u.wajib);
  const cukup = wajib.filter((u) => u.memadai).length;
  return { unit: hasil, unitWajib: wajib.length, unitMemadai: cukup, memadai: cukup === wajib.length };
}
