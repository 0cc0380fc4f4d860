import {
  buildNormTable,
  NormTable,
  type NormTableJson,
  scoreTirtMap,
  TIRT_MISSING,
  type TirtModel,
  type TirtScores,
  tirtLayout,
  tirtModelFromParams,
  tirtPersonFit,
} from "@nurani/irt";
import { PERNYATAAN_NASIONAL } from "../bank-butir/pernyataan/index.ts";
import type { Formulir, Pernyataan } from "../bank-butir/tipe.ts";
import { toTirtDesign } from "../bank-butir/tirt.ts";
import { FAKTOR, KODE_SUBDIMENSI, type KodeFaktor, type KodeSubDimensi } from "../kerangka/faktor.ts";
import type { LevelKematangan } from "../kerangka/kematangan.ts";
import { OPSI_ABERAN_BAKU, type OpsiAberan, periksaAberan, type TandaAberan } from "./aberan.ts";
import type { ParameterAcuan } from "./acuan.ts";
import { PenilaianError } from "./galat.ts";
import { type JawabanPegawai, tulisHasilPasangan } from "./jawaban.ts";
import { BOBOT_FAKTOR, BOBOT_INTEGRITAS, gabung, variansGabungan } from "./komposit.ts";
import { type BatasLevel, levelDariSkor, periksaBatas } from "./level.ts";

/**
 * Scoring a pegawai (docs/penilaian.md "2. Scoring a pegawai"; BAB III.B.3.a:
 * forced choice, IRT, scores transformed into norms and into the "derajat
 * Integritas"). MAP scores of the 12 sub-dimensions with posterior SEs from
 * the Thurstonian IRT engine, factor and integrity composites (komposit.ts),
 * each normed against a reference norm table: linear T = 50 + 10(θ − m)/s,
 * mid-point percentile rank, derajat = 100·Φ((θ − m)/s) (packages/irt
 * norms). The reference is the MAP distribution of the reference sample,
 * so a pegawai is compared with people scored the same way.
 */

/** Norm tables of one reference group for every reported score. */
export interface NormaAcuan {
  label: string;
  /** Parameter version the reference scores were computed with; norms only apply to scores of the same version. */
  versiParameter: string;
  subDimensi: Record<KodeSubDimensi, NormTableJson>;
  faktor: Record<KodeFaktor, NormTableJson>;
  integritas: NormTableJson;
}

export interface SkorTernorma {
  theta: number;
  se: number;
  /** Linear T-score against the reference. */
  t: number;
  /** Mid-point percentile rank in the reference, 0–100. */
  persentil: number;
  /** 0–100 scale, 100·Φ((θ − m)/s). */
  derajat: number;
}

export interface HasilSkor {
  pegawaiId: string;
  formulir: string;
  versiParameter: string;
  norma: string;
  blokDijawab: number;
  /** False when the MAP iteration did not converge (the result then needs review). */
  konvergen: boolean;
  subDimensi: Record<KodeSubDimensi, SkorTernorma>;
  faktor: Record<KodeFaktor, SkorTernorma>;
  /** The integrity score; its `derajat` is the person's "derajat integritas". */
  integritas: SkorTernorma;
  /** Maturity level from the test alone (combine with non-test evidence by `levelAkhir`). */
  levelTes: LevelKematangan;
  metodeLevel: string;
  /** Person fit lz (engine `tirtPersonFit`). */
  lz: number;
  /** Aberrance flags for review; empty for a clean pattern. */
  tanda: TandaAberan[];
}

export interface OpsiSkor {
  /** Reference group for T, percentile and derajat; default the national reference of `acuan`. */
  norma?: NormaAcuan;
  /** Cut scores; default those of `acuan`. */
  batasLevel?: BatasLevel;
  aberan?: OpsiAberan;
  pernyataan?: readonly Pernyataan[];
}

/** MAP scores of pairwise outcomes with the factor and integrity composites. */
export interface SkorKomposit {
  persons: number;
  map: TirtScores;
  /** persons × 3 (KODE_FAKTOR order) and their SEs. */
  faktor: Float64Array;
  faktorSe: Float64Array;
  integritas: Float64Array;
  integritasSe: Float64Array;
}

export function skorKomposit(
  model: TirtModel,
  outcomes: Int8Array,
  persons: number,
  map: TirtScores = scoreTirtMap(model, outcomes, persons),
): SkorKomposit {
  const T = KODE_SUBDIMENSI.length;
  const F = FAKTOR.length;
  const out: SkorKomposit = {
    persons,
    map,
    faktor: new Float64Array(persons * F),
    faktorSe: new Float64Array(persons * F),
    integritas: new Float64Array(persons),
    integritasSe: new Float64Array(persons),
  };
  for (let p = 0; p < persons; p++) {
    FAKTOR.forEach((f, i) => {
      out.faktor[p * F + i] = gabung(BOBOT_FAKTOR[f.kode], map.theta, p * T);
      out.faktorSe[p * F + i] = Math.sqrt(variansGabungan(BOBOT_FAKTOR[f.kode], map.covariance, p * T * T));
    });
    out.integritas[p] = gabung(BOBOT_INTEGRITAS, map.theta, p * T);
    out.integritasSe[p] = Math.sqrt(variansGabungan(BOBOT_INTEGRITAS, map.covariance, p * T * T));
  }
  return out;
}

/** Norm tables from composite scores (every person weighted 1). */
export function normaDariSkor(s: SkorKomposit, label: string, versiParameter: string): NormaAcuan {
  const T = KODE_SUBDIMENSI.length;
  const F = FAKTOR.length;
  const kolom = (arr: Float64Array, width: number, j: number) =>
    Float64Array.from({ length: s.persons }, (_, p) => arr[p * width + j]);
  return {
    label,
    versiParameter,
    subDimensi: Object.fromEntries(
      KODE_SUBDIMENSI.map((k, a) => [k, buildNormTable(kolom(s.map.theta, T, a), undefined, label).toJSON()]),
    ) as Record<KodeSubDimensi, NormTableJson>,
    faktor: Object.fromEntries(
      FAKTOR.map((f, i) => [f.kode, buildNormTable(kolom(s.faktor, F, i), undefined, label).toJSON()]),
    ) as Record<KodeFaktor, NormTableJson>,
    integritas: buildNormTable(s.integritas, undefined, label).toJSON(),
  };
}

/** The engine model and outcome rows of a batch of answers. */
export function hasilPasangan(
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  pernyataan: readonly Pernyataan[] = PERNYATAAN_NASIONAL,
): { model: TirtModel; outcomes: Int8Array; blok: number[] } {
  if (acuan.formulir !== formulir.id)
    throw new PenilaianError(
      `Parameter ${acuan.versi} milik formulir ${acuan.formulir}, bukan ${formulir.id}.`,
      `parameters ${acuan.versi} belong to form ${acuan.formulir}, not ${formulir.id}`,
    );
  const design = toTirtDesign(formulir, pernyataan);
  const model = tirtModelFromParams(design, acuan.parameter);
  const layout = tirtLayout(design);
  const P = layout.pairs.length;
  const outcomes = new Int8Array(data.length * P).fill(TIRT_MISSING);
  const blok = data.map((d, i) => {
    const n = tulisHasilPasangan(formulir, layout, d, outcomes, i * P);
    if (n === 0)
      throw new PenilaianError(
        `${d.pegawaiId} tidak menjawab satu blok pun; tidak dapat diskor.`,
        `${d.pegawaiId} answered no block and cannot be scored`,
      );
    return n;
  });
  return { model, outcomes, blok };
}

/** A batch checked and turned into pairwise outcomes, ready for the MAP pass (`siapkanSkor`). */
interface PersiapanSkor {
  acuan: ParameterAcuan;
  formulir: Formulir;
  data: readonly JawabanPegawai[];
  norma: NormaAcuan;
  batas: BatasLevel;
  aberan: OpsiAberan;
  model: TirtModel;
  outcomes: Int8Array;
  blok: number[];
}

/**
 * First half of `skorPegawai`: checks the norm version and the cuts and
 * turns the answers into the engine's pairwise outcomes. Throws
 * `PenilaianError` for a record the domain refuses. The MAP pass and
 * `selesaikanSkor` complete it (`skorPegawaiLengkap`).
 */
function siapkanSkor(
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  opsi: OpsiSkor = {},
): PersiapanSkor {
  const norma = opsi.norma ?? acuan.norma;
  if (norma.versiParameter !== acuan.versi)
    throw new PenilaianError(
      `Tabel norma "${norma.label}" dibuat dengan parameter ${norma.versiParameter}, bukan ${acuan.versi}.`,
      `norm table "${norma.label}" was built with parameters ${norma.versiParameter}, not ${acuan.versi}`,
    );
  const batas = opsi.batasLevel ?? acuan.batasLevel;
  periksaBatas(batas);
  const { model, outcomes, blok } = hasilPasangan(acuan, formulir, data, opsi.pernyataan);
  return {
    acuan,
    formulir,
    data,
    norma,
    batas,
    aberan: opsi.aberan ?? OPSI_ABERAN_BAKU,
    model,
    outcomes,
    blok,
  };
}

/** Second half of `skorPegawai`: composites, norms, level, person fit and flags from the MAP of the batch. */
function selesaikanSkor(siap: PersiapanSkor, map: TirtScores): HasilSkor[] {
  const { acuan, formulir, data, norma, batas, model, outcomes, blok } = siap;
  const s = skorKomposit(model, outcomes, data.length, map);
  const lz = tirtPersonFit(model, outcomes, data.length, s.map.theta);
  const tabel = {
    sub: KODE_SUBDIMENSI.map((k) => new NormTable(norma.subDimensi[k])),
    faktor: FAKTOR.map((f) => new NormTable(norma.faktor[f.kode])),
    integritas: new NormTable(norma.integritas),
  };
  const urutan = new Map(formulir.blok.map((b) => [b.id, b.pernyataan as readonly string[]]));
  const T = KODE_SUBDIMENSI.length;
  const F = FAKTOR.length;
  const normakan = (tb: NormTable, theta: number, se: number): SkorTernorma => ({
    theta,
    se,
    t: tb.tLinear(theta),
    persentil: tb.percentile(theta),
    derajat: tb.derajat(theta),
  });
  return data.map((d, p) => {
    const integritas = normakan(tabel.integritas, s.integritas[p], s.integritasSe[p]);
    return {
      pegawaiId: d.pegawaiId,
      formulir: formulir.id,
      versiParameter: acuan.versi,
      norma: norma.label,
      blokDijawab: blok[p],
      konvergen: s.map.converged[p] === 1,
      subDimensi: Object.fromEntries(
        KODE_SUBDIMENSI.map((k, a) => [
          k,
          normakan(tabel.sub[a], s.map.theta[p * T + a], s.map.se[p * T + a]),
        ]),
      ) as Record<KodeSubDimensi, SkorTernorma>,
      faktor: Object.fromEntries(
        FAKTOR.map((f, i) => [f.kode, normakan(tabel.faktor[i], s.faktor[p * F + i], s.faktorSe[p * F + i])]),
      ) as Record<KodeFaktor, SkorTernorma>,
      integritas,
      levelTes: levelDariSkor(batas.skala === "derajat" ? integritas.derajat : integritas.theta, batas),
      metodeLevel: batas.metode,
      lz: lz[p],
      tanda: periksaAberan(urutan, d.jawaban, lz[p], acuan.ambangLz.nilai, siap.aberan),
    };
  });
}

/**
 * `skorPegawai` with its engine model, pairwise outcomes and MAP pass (modes
 * and Laplace covariances), which `derajatPlausible` reuses (`opsi.skor`)
 * instead of scoring again.
 */
export function skorPegawaiLengkap(
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  opsi: OpsiSkor = {},
): { hasil: HasilSkor[]; model: TirtModel; outcomes: Int8Array; map: TirtScores } {
  const siap = siapkanSkor(acuan, formulir, data, opsi);
  const map = scoreTirtMap(siap.model, siap.outcomes, data.length);
  return { hasil: selesaikanSkor(siap, map), model: siap.model, outcomes: siap.outcomes, map };
}

/**
 * `skorPegawaiLengkap` with the MAP pass run by `petakan` — the engine's
 * worker pool (`createTirtScoringPool`), so the caller's thread is free while
 * it runs. Each person is scored on its own by the same code, so the result
 * is the same; a record the domain refuses rejects with `PenilaianError`.
 */
export async function skorPegawaiLengkapDengan(
  petakan: (model: TirtModel, outcomes: Int8Array, persons: number) => Promise<TirtScores>,
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  opsi: OpsiSkor = {},
): Promise<ReturnType<typeof skorPegawaiLengkap>> {
  const siap = siapkanSkor(acuan, formulir, data, opsi);
  const map = await petakan(siap.model, siap.outcomes, data.length);
  return { hasil: selesaikanSkor(siap, map), model: siap.model, outcomes: siap.outcomes, map };
}

/**
 * Scores a batch of pegawai who took `formulir`, with the parameter
 * version of `acuan`. Deterministic (MAP has no random draws).
 */
export function skorPegawai(
  acuan: ParameterAcuan,
  formulir: Formulir,
  data: readonly JawabanPegawai[],
  opsi: OpsiSkor = {},
): HasilSkor[] {
  return skorPegawaiLengkap(acuan, formulir, data, opsi).hasil;
}

/**
 * A reference group of one's own (a configurable reference group, docs/penilaian.md "2. Scoring a pegawai"):
 * norm tables from already scored pegawai, e.g. an agency or a job family,
 * all scored with the same parameter version.
 */
export function normaKelompok(hasil: readonly HasilSkor[], label: string): NormaAcuan {
  if (hasil.length < 2)
    throw new PenilaianError("Kelompok acuan minimal 2 orang.", "a reference group needs at least 2 persons");
  const versi = hasil[0].versiParameter;
  if (hasil.some((h) => h.versiParameter !== versi))
    throw new PenilaianError(
      "Kelompok acuan berisi skor dari versi parameter yang berbeda.",
      "the reference group mixes parameter versions",
    );
  const tabel = (f: (h: HasilSkor) => number) =>
    buildNormTable(
      hasil.map((h) => f(h)),
      undefined,
      label,
    ).toJSON();
  return {
    label,
    versiParameter: versi,
    subDimensi: Object.fromEntries(
      KODE_SUBDIMENSI.map((k) => [k, tabel((h) => h.subDimensi[k].theta)]),
    ) as Record<KodeSubDimensi, NormTableJson>,
    faktor: Object.fromEntries(FAKTOR.map((f) => [f.kode, tabel((h) => h.faktor[f.kode].theta)])) as Record<
      KodeFaktor,
      NormTableJson
    >,
    integritas: tabel((h) => h.integritas.theta),
  };
}
