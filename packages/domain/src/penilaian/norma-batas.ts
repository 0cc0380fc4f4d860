import { buildNormTable, type NormTableJson } from "@nurani/irt";
import { FAKTOR, KODE_SUBDIMENSI, type KodeFaktor, type KodeSubDimensi } from "../kerangka/faktor.ts";
import { PenilaianError } from "./galat.ts";
import { periksaBatas } from "./level.ts";
import type { NormaAcuan } from "./skor.ts";

/**
 * Norms per reference group and national standard setting (docs/norma-batas.md;
 * docs/norma-batas.md). BAB III.B.3.a.3 asks that test scores be transformed into
 * norms; BAB II.D names the four levels the cuts separate.
 */

/**
 * THE rule for publishing a group's norms: at least this many persons with a
 * real scored result in the group. Below it the group's percentiles would move
 * with every new campaign, so a result is normed against the broader group.
 * Every reader of the rule imports this constant.
 */
export const NORMA_MIN_KELOMPOK = 1000;

/** Points of a compact norm table: a large group is summarised by this many equally weighted quantiles. */
export const TITIK_NORMA = 1000;

/**
 * A norm table of `skor` that stays small for a large group: with at most
 * `titik` scores, the exact table (`buildNormTable`); above, the mid-point
 * quantiles x((i + ½)/titik), i = 0…titik−1 (the sorted score at 0-based
 * rank ⌊(i + ½)·n/titik⌋), each weighing 1/titik, with the exact n, mean and
 * population SD of all scores. Percentile ranks then err by at most ~1/titik
 * (0.1 point); T-scores and derajat use the exact mean and SD.
 */
export function tabelNormaRingkas(
  skor: ArrayLike<number>,
  label: string,
  titik = TITIK_NORMA,
): NormTableJson {
  const n = skor.length;
  if (n <= titik) return buildNormTable(skor, undefined, label).toJSON();
  const urut = Float64Array.from(skor).sort();
  let jumlah = 0;
  for (const x of urut) jumlah += x;
  const rerata = jumlah / n;
  let kk = 0;
  for (const x of urut) kk += (x - rerata) ** 2;
  const titikNilai = Array.from({ length: titik }, (_, i) => urut[Math.floor(((i + 0.5) * n) / titik)]);
  const t = buildNormTable(titikNilai, undefined, label).toJSON();
  return { ...t, n, mean: rerata, sd: Math.sqrt(kk / n) };
}

/** Scores of a reference group, column by column (θ of each sub-dimension, factor and the integrity composite). */
export interface KolomSkor {
  subDimensi: Record<KodeSubDimensi, ArrayLike<number>>;
  faktor: Record<KodeFaktor, ArrayLike<number>>;
  integritas: ArrayLike<number>;
}

/** The group's norm tables (compact, see `tabelNormaRingkas`), for scores of one parameter version. */
export function normaDariKolom(kolom: KolomSkor, label: string, versiParameter: string): NormaAcuan {
  if (kolom.integritas.length < 2)
    throw new PenilaianError("Kelompok acuan minimal 2 orang.", "a reference group needs at least 2 persons");
  return {
    label,
    versiParameter,
    subDimensi: Object.fromEntries(
      KODE_SUBDIMENSI.map((k) => [k, tabelNormaRingkas(kolom.subDimensi[k], label)]),
    ) as Record<KodeSubDimensi, NormTableJson>,
    faktor: Object.fromEntries(
      FAKTOR.map((f) => [f.kode, tabelNormaRingkas(kolom.faktor[f.kode], label)]),
    ) as Record<KodeFaktor, NormTableJson>,
    integritas: tabelNormaRingkas(kolom.integritas, label),
  };
}

/** How judges' cuts are combined. */
export type CaraGabung = "rerata" | "median";

export interface BatasGabungan {
  cara: CaraGabung;
  /** Judges counted. */
  n: number;
  /** Combined cuts (levels 1|2, 2|3, 3|4) on the integrity θ scale. */
  batas: [number, number, number];
  /** Standard error of each cut across judges: SD/√n (sample SD, n − 1). */
  se: [number, number, number];
  /** Judges' spread per cut: sample SD, lowest and highest. */
  sd: [number, number, number];
  min: [number, number, number];
  max: [number, number, number];
}

/** Minimum judges for a combined cut with an SE (an SD needs two). */
export const HAKIM_MIN = 2;

const median = (x: number[]) => {
  const u = [...x].sort((a, b) => a - b);
  const m = u.length >> 1;
  return u.length % 2 ? u[m] : (u[m - 1] + u[m]) / 2;
};

/**
 * Combines the cuts judges set independently (a modified bookmark / Angoff
 * judgement on the θ scale; Cizek & Bunch 2007 ch. 6 and 10): per cut the
 * mean (or median) across judges, its standard error SD/√n (the judge-sampling
 * SE, Cizek & Bunch §3 "Standard error of the cut score"; for the median the
 * same SD/√n is reported, the SE of the mean, as a lower bound), and the
 * spread. Each judge's three cuts must increase (then so do the mean and the
 * coordinate-wise median).
 */
export function gabungBatasHakim(
  hakim: readonly (readonly [number, number, number])[],
  cara: CaraGabung = "rerata",
): BatasGabungan {
  if (hakim.length < HAKIM_MIN)
    throw new PenilaianError(
      `Penetapan batas memerlukan minimal ${HAKIM_MIN} penilai, baru ${hakim.length}.`,
      `standard setting needs at least ${HAKIM_MIN} judges`,
    );
  for (const b of hakim) periksaBatas({ skala: "theta", batas: [b[0], b[1], b[2]], metode: "" });
  const n = hakim.length;
  const per = (j: number) => hakim.map((b) => b[j]);
  const tiga = <T>(f: (x: number[]) => T) => [f(per(0)), f(per(1)), f(per(2))] as [T, T, T];
  const rerata = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
  const sd = tiga((x) => {
    const m = rerata(x);
    return Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / (x.length - 1));
  });
  const batas = tiga(cara === "median" ? median : rerata);
  return {
    cara,
    n,
    batas,
    se: [sd[0] / Math.sqrt(n), sd[1] / Math.sqrt(n), sd[2] / Math.sqrt(n)],
    sd,
    min: tiga((x) => Math.min(...x)),
    max: tiga((x) => Math.max(...x)),
  };
}
