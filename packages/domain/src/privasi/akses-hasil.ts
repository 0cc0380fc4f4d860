/**
 * Who may read an employee's assessment result, in what form and on what
 * conditions: the one statement of these rules (docs/data-saya.md). The
 * server's result routes take their roles from here (`peranBaca`), and the
 * consent text a participant agrees to is written from the same list
 * (`teksAksesHasil`), so what the text says is what the code does
 * (UU 27/2022 Pasal 20–22: consent for a stated purpose; PermenPANRB 60/2020
 * BAB III.B.3: results map individual profiles for the programme).
 */
import type { Peran } from "../peran.ts";

/** Why named results are opened (hasil drill-down); labels in the web's `hasil.tujuanRinci`. */
export const TUJUAN_RINCI = [
  "pendampingan",
  "rencana_pengembangan",
  "tindak_lanjut_monev",
  "verifikasi_data",
] as const;
export type TujuanRinci = (typeof TUJUAN_RINCI)[number];

export const NAMA_TUJUAN_RINCI: Record<TujuanRinci, { id: string; en: string }> = {
  pendampingan: { id: "pendampingan/konseling", en: "mentoring/counselling" },
  rencana_pengembangan: { id: "rencana pengembangan", en: "development plan" },
  tindak_lanjut_monev: { id: "tindak lanjut monev", en: "M&E follow-up" },
  verifikasi_data: { id: "verifikasi data", en: "data verification" },
};

/** The forms a result is read in. */
export type BentukBaca =
  /** name and scores of each person of a unit (hasil drill-down), with a purpose chosen from TUJUAN_RINCI */
  | "bernama"
  /** name, NIP and scores of answer patterns flagged for review (hasil review queue) */
  | "tinjauan"
  /** unit and agency summaries without names, groups smaller than k hidden (map, index, export) */
  | "rekap";

export interface AturanBacaHasil {
  bentuk: BentukBaca;
  peran: readonly Peran[];
  /** "instansi": every unit; "unit_sendiri": the reader's own unit and those below it. */
  cakupan: "instansi" | "unit_sendiri";
  /** Only after the campaign's results are released. */
  setelahRilis: boolean;
  /** Only a group of at least k reported results (the agency's minimum group size). */
  minimalK: boolean;
}

/** The rules in force. Changing one changes both the access check and the consent text. */
export const ATURAN_BACA_HASIL: readonly AturanBacaHasil[] = [
  { bentuk: "bernama", peran: ["tim_supervisi"], cakupan: "instansi", setelahRilis: false, minimalK: false },
  { bentuk: "bernama", peran: ["pimpinan"], cakupan: "unit_sendiri", setelahRilis: true, minimalK: true },
  {
    bentuk: "tinjauan",
    peran: ["tim_supervisi", "admin_instansi"],
    cakupan: "instansi",
    setelahRilis: false,
    minimalK: false,
  },
  {
    bentuk: "rekap",
    peran: ["pimpinan", "tim_supervisi", "admin_instansi", "ppk"],
    cakupan: "instansi",
    setelahRilis: false,
    minimalK: true,
  },
];

/** The roles that may read results in form `bentuk` (the union over its rules). */
export function peranBaca(bentuk: BentukBaca): Peran[] {
  return [...new Set(ATURAN_BACA_HASIL.filter((a) => a.bentuk === bentuk).flatMap((a) => a.peran))];
}

/** The rule that applies to a reader holding `peran` (the widest one when several do). */
export function aturanBagi(bentuk: BentukBaca, peran: readonly string[]): AturanBacaHasil | null {
  const cocok = ATURAN_BACA_HASIL.filter(
    (a) => a.bentuk === bentuk && a.peran.some((p) => peran.includes(p)),
  );
  return cocok.find((a) => a.cakupan === "instansi") ?? cocok[0] ?? null;
}

const NAMA_PERAN_TEKS: Partial<Record<Peran, { id: string; en: string }>> = {
  tim_supervisi: { id: "Tim Supervisi", en: "the supervision team" },
  pimpinan: { id: "pimpinan unit Anda", en: "the leaders of your unit" },
  admin_instansi: { id: "admin instansi", en: "the agency administrator" },
  ppk: { id: "PPK/PyB", en: "the appointing official (PPK/PyB)" },
};

const gabung = (xs: string[], dan: string) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} ${dan} ${xs[xs.length - 1]}`;

export interface OpsiTeksAkses {
  /** The agency's minimum group size k. */
  kMinimum: number;
  /** Months results are kept after the campaign closes (retention). */
  retensiBulan: number;
  bahasa: "id" | "en";
}

/**
 * The paragraph of the consent text that says who sees the result, written
 * from ATURAN_BACA_HASIL and the agency's settings in force.
 */
export function teksAksesHasil(o: OpsiTeksAkses): string {
  const b = o.bahasa;
  const id = b === "id";
  const peran = (a: AturanBacaHasil) =>
    gabung(
      a.peran.map((p) => NAMA_PERAN_TEKS[p]?.[b] ?? p),
      id ? "dan" : "and",
    );
  const kalimat: string[] = [];
  for (const a of ATURAN_BACA_HASIL) {
    const syarat: string[] = [];
    if (a.cakupan === "unit_sendiri")
      syarat.push(
        id ? "hanya untuk unitnya sendiri dan sub-unitnya" : "only for their own unit and its sub-units",
      );
    if (a.setelahRilis) syarat.push(id ? "setelah hasil dirilis" : "after the results are released");
    if (a.minimalK)
      syarat.push(
        id
          ? `hanya bila unit itu memiliki sedikitnya ${o.kMinimum} hasil`
          : `only when the unit has at least ${o.kMinimum} results`,
      );
    const s = syarat.length ? ` (${syarat.join("; ")})` : "";
    const tujuan = gabung(
      TUJUAN_RINCI.map((t) => NAMA_TUJUAN_RINCI[t][b]),
      id ? "atau" : "or",
    );
    if (a.bentuk === "bernama")
      kalimat.push(
        id
          ? `${cap(peran(a))} dapat membuka hasil Anda dengan nama${s}, hanya dengan menyebut tujuan (${tujuan}).`
          : `${cap(peran(a))} may open your result with your name${s}, only stating a purpose (${tujuan}).`,
      );
    else if (a.bentuk === "tinjauan")
      kalimat.push(
        id
          ? `${cap(peran(a))} dapat melihat nama, NIP dan skor Anda bila pola jawaban Anda ditandai untuk ditinjau.`
          : `${cap(peran(a))} may see your name, NIP and scores if your answer pattern is flagged for review.`,
      );
    else
      kalimat.push(
        id
          ? `${cap(peran(a))} melihat rekap unit dan instansi tanpa nama${a.minimalK ? `; unit dengan kurang dari ${o.kMinimum} hasil disembunyikan` : ""}.`
          : `${cap(peran(a))} see unit and agency summaries without names${a.minimalK ? `; units with fewer than ${o.kMinimum} results are hidden` : ""}.`,
      );
  }
  kalimat.push(
    id
      ? "Setiap pembukaan hasil bernama dicatat di log audit dan dapat Anda lihat di halaman Data saya."
      : "Every opening of a named result is recorded in the audit log, and you can see it on the My data page.",
  );
  kalimat.push(
    id
      ? `Hasil per orang disimpan ${o.retensiBulan} bulan setelah kampanye ditutup, lalu dihapus; rekap unit tanpa nama tetap disimpan.`
      : `Individual results are kept for ${o.retensiBulan} months after the campaign closes, then deleted; unnamed unit summaries are kept.`,
  );
  return kalimat.join(" ");
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
