import { LEVEL_KEMATANGAN, type LevelKematangan } from "../kerangka/kematangan.ts";
import { PenilaianError } from "./galat.ts";

/**
 * Maturity level 1–4 of a pegawai (BAB II.D.1–4: Kesadaran, Pemahaman,
 * Penerimaan, Kepemilikan) from the integrity score and three cut scores.
 * The levels are cumulative (each description contains the one below), so
 * they are read as ordered bands of one continuum (BAB III.B.3.a.2: interval
 * scale, "variabel yang bersifat kontinum"): level = 1 + the number of cuts
 * at or below the score. See docs/penilaian.md "Level kematangan".
 */
export interface BatasLevel {
  /** Scale of the cuts: the 0–100 derajat integritas, or θ of the integrity score. */
  skala: "derajat" | "theta";
  /** Lower bounds of levels 2, 3 and 4, strictly increasing. */
  batas: [number, number, number];
  /** How the cuts were set (shown to users next to the level). */
  metode: string;
}

export function periksaBatas(b: BatasLevel): void {
  const [c2, c3, c4] = b.batas;
  if (![c2, c3, c4].every(Number.isFinite) || !(c2 < c3 && c3 < c4))
    throw new PenilaianError(
      `Batas level harus tiga angka yang naik tegas, diperoleh ${b.batas.join(", ")}.`,
      "level cuts must be three strictly increasing numbers",
    );
  if (b.skala === "derajat" && !(c2 > 0 && c4 < 100))
    throw new PenilaianError(
      "Batas level pada skala derajat harus di antara 0 dan 100.",
      "cuts on the derajat scale must lie between 0 and 100",
    );
}

/** Level for a score on the cuts' scale: 1 below the first cut, 4 at or above the last. */
export function levelDariSkor(skor: number, b: BatasLevel): LevelKematangan {
  let level = 1;
  for (const c of b.batas) if (skor >= c) level++;
  return level as LevelKematangan;
}

/** Cumulative shares of the reference below levels 2, 3, 4 in the default procedure. */
export const PROPORSI_KUMULATIF_BAKU: [number, number, number] = [0.25, 0.5, 0.75];

/**
 * DEFAULT, PROVISIONAL standard setting (norm-referenced): the cuts are the
 * derajat of the reference sample's integrity scores at the empirical
 * quantiles `proporsi` (default quartiles, so a quarter of the national
 * reference falls in each level). The regulation describes the levels
 * (BAB II.D) but gives no score for them, and there is no panel yet; this
 * default only orders people, it does not certify that a pegawai at level 4
 * shows the behaviour of BAB II.D.4. Agencies replace it with
 * `batasKelompokKontras` (contrasting groups judged on the BAB II.D
 * descriptions). Cut for share p: the midpoint between the ⌈pn⌉-th and the
 * next sorted reference score, so exactly ⌈pn⌉ reference persons fall below.
 */
export function batasNormatif(
  derajatAcuan: readonly number[],
  proporsi: [number, number, number] = PROPORSI_KUMULATIF_BAKU,
): BatasLevel {
  if (derajatAcuan.length < 20)
    throw new PenilaianError(
      "Sampel acuan untuk penetapan batas minimal 20 orang.",
      "the reference sample for standard setting needs at least 20 persons",
    );
  const urut = [...derajatAcuan].sort((a, b) => a - b);
  const n = urut.length;
  const q = (p: number) => {
    const j = Math.min(n - 1, Math.max(1, Math.ceil(p * n)));
    return (urut[j - 1] + urut[j]) / 2;
  };
  const b: BatasLevel = {
    skala: "derajat",
    batas: [q(proporsi[0]), q(proporsi[1]), q(proporsi[2])],
    metode: `normatif sementara: kuantil ${proporsi.map((p) => p * 100).join("/")} % sampel acuan`,
  };
  periksaBatas(b);
  return b;
}

/** One pegawai judged by a panel against the BAB II.D descriptions, with their score. */
export interface PenilaianPanel {
  skor: number;
  level: LevelKematangan;
}

export interface HasilKelompokKontras {
  batas: BatasLevel;
  /** Per cut (levels 1|2, 2|3, 3|4): how many judged below were scored above it and vice versa. */
  salahKlasifikasi: [number, number, number];
}

/**
 * Guided standard setting by contrasting groups (Livingston & Zieky 1982;
 * Cizek & Bunch 2007, ch. 8): a panel assigns each of a set of pegawai to
 * a level from the BAB II.D descriptions using non-test evidence (BAB
 * III.B.3.b: rekam jejak, observasi, wawancara), blind to the scores. The
 * cut between level l and l+1 is the score that minimises the number of
 * people judged ≤ l scoring at or above it plus those judged ≥ l+1 scoring
 * below it. Candidates are the midpoints between adjacent observed scores
 * (and one point beyond each end); among equally good candidates the lowest
 * is taken. Cuts that are not strictly increasing are refused: the panel's
 * groups do not separate on the test, which the screen must show, not hide.
 */
export function batasKelompokKontras(
  panel: readonly PenilaianPanel[],
  skala: BatasLevel["skala"],
): HasilKelompokKontras {
  for (const l of LEVEL_KEMATANGAN)
    if (!panel.some((p) => p.level === l))
      throw new PenilaianError(
        `Tidak ada pegawai yang dinilai panel pada level ${l}; setiap level perlu contoh.`,
        `no pegawai judged at level ${l}; every level needs examples`,
      );
  const skor = [...new Set(panel.map((p) => p.skor))].sort((a, b) => a - b);
  const kandidat = [
    skor[0] - 1,
    ...skor.slice(1).map((s, i) => (s + skor[i]) / 2),
    skor[skor.length - 1] + 1,
  ];
  const batas: number[] = [];
  const salah: number[] = [];
  for (const l of [1, 2, 3]) {
    let terbaik = Number.NaN;
    let minSalah = Number.POSITIVE_INFINITY;
    for (const c of kandidat) {
      let e = 0;
      for (const p of panel) if (p.level <= l === p.skor >= c) e++;
      if (e < minSalah) {
        minSalah = e;
        terbaik = c;
      }
    }
    batas.push(terbaik);
    salah.push(minSalah);
  }
  const hasil: BatasLevel = {
    skala,
    batas: batas as [number, number, number],
    metode: `kelompok kontras (panel ${panel.length} pegawai)`,
  };
  periksaBatas(hasil);
  return { batas: hasil, salahKlasifikasi: salah as [number, number, number] };
}

/**
 * Non-test evidence (BAB III.B.3.b): the seam for a later issue. When it
 * is absent the level is the test level. The default rule when present is
 * conjunctive: the lower of the two levels, because the higher levels
 * describe behaviour shown in daily work "baik ada atau tidak ada
 * pengawasan" (BAB II.D.3–4), which a self-report test alone cannot attest.
 * A different rule can be passed to `levelAkhir`.
 */
export interface BuktiNonTes {
  level: LevelKematangan;
  sumber: "rekam-jejak" | "observasi" | "wawancara";
  keterangan?: string;
}

export type AturanGabung = (levelTes: LevelKematangan, bukti: readonly BuktiNonTes[]) => LevelKematangan;

export const aturanGabungBaku: AturanGabung = (levelTes, bukti) =>
  Math.min(levelTes, ...bukti.map((b) => b.level)) as LevelKematangan;

export function levelAkhir(
  levelTes: LevelKematangan,
  bukti: readonly BuktiNonTes[] = [],
  aturan: AturanGabung = aturanGabungBaku,
): LevelKematangan {
  return bukti.length === 0 ? levelTes : aturan(levelTes, bukti);
}
