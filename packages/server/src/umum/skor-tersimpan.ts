/**
 * The stored form of a scored assessment result (`skor_asesmen`, migration
 * 0120; docs/hasil.md "Scoring job"). The scoring job writes the compact
 * record — `skor`: the 16 normed scores in a fixed order, each as (θ, SE, T,
 * percentile, derajat), plus a few columns — and rows written before it keep
 * the keyed JSON in `hasil`. Every reader goes through this module, which
 * gives both forms the same shape: the domain result plus the cuts used.
 * Shared by the results area, the non-test evidence, the development plan and
 * the "Data saya" export, so none of them imports another for it.
 */
import { FAKTOR, KODE_SUBDIMENSI } from "@nurani/domain";
import { type RawBuilder, sql } from "kysely";

/** The 16 scores in stored order: 12 sub-dimensions, 3 factors, integrity (keys from the framework). */
export const JALUR_SKOR: readonly (readonly string[])[] = [
  ...KODE_SUBDIMENSI.map((k) => ["subDimensi", k]),
  ...FAKTOR.map((f) => ["faktor", f.kode]),
  ["integritas"],
];
/** The fields of each score, in stored order. */
export const MEDAN_SKOR = ["theta", "se", "t", "persentil", "derajat"] as const;
export type MedanSkor = (typeof MEDAN_SKOR)[number];
export const PANJANG_SKOR = JALUR_SKOR.length * MEDAN_SKOR.length;

type Skor = Record<MedanSkor, number>;
/** What the compact record is written from (the domain's HasilSkor with the cuts used). */
export interface HasilUntukDisimpan {
  subDimensi: Record<string, Skor>;
  faktor: Record<string, Skor>;
  integritas: Skor;
}

/** Writes the 80 numbers of `h` in stored order into `keluar` from `awal`. */
export function ratakanSkor(h: HasilUntukDisimpan, keluar: Float64Array, awal: number): void {
  let o = awal;
  for (const s of KODE_SUBDIMENSI) for (const m of MEDAN_SKOR) keluar[o++] = h.subDimensi[s][m];
  for (const f of FAKTOR) for (const m of MEDAN_SKOR) keluar[o++] = h.faktor[f.kode][m];
  for (const m of MEDAN_SKOR) keluar[o++] = h.integritas[m];
}

/** 1-based position in `skor` of a score's field. */
function posisi(jalur: readonly string[], medan: MedanSkor): number {
  const i = JALUR_SKOR.findIndex((j) => j.join() === jalur.join());
  if (i < 0) throw new Error(`skor tidak dikenal: ${jalur.join(".")}`);
  return i * MEDAN_SKOR.length + MEDAN_SKOR.indexOf(medan) + 1;
}

/** Identifier checked before it is written into SQL (table aliases are the caller's constants). */
function alias(a: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(a)) throw new Error(`alias tidak sah: ${a}`);
  return a;
}

/**
 * One field of one score as float8, from either form: e.g.
 * `nilaiSkor("s", ["faktor", "KD"], "t")`.
 */
export function nilaiSkor(a: string, jalur: readonly string[], medan: MedanSkor): RawBuilder<number | null> {
  const t = alias(a);
  // constant paths and positions (codes of the framework), written as literals
  return sql<number | null>`(case when ${sql.raw(t)}.skor is null then (${sql.raw(
    `${t}.hasil #>> '{${[...jalur, medan].join(",")}}'`,
  )})::float8 else ${sql.raw(`${t}.skor[${posisi(jalur, medan)}]`)} end)`;
}

/** The cuts the result was scored with (`{versi, skala, batas, metode}`), from either form. */
export function batasSkor(a: string): RawBuilder<unknown> {
  const t = alias(a);
  return sql.raw(`coalesce(${t}.batas, ${t}.hasil -> 'batas')`);
}

/** The keyed object of one score from the compact record. */
function objekSkor(t: string, i: number): string {
  const medan = MEDAN_SKOR.map((m, j) => `'${m}', ${t}.skor[${i * MEDAN_SKOR.length + j + 1}]`);
  return `jsonb_build_object(${medan.join(", ")})`;
}

/**
 * The stored result as jsonb in the shape the job wrote before the compact
 * record (the domain's HasilSkor plus `batas`), from either form; the driver
 * parses it like the old column. Its keys, values and their order are those
 * of the old column (jsonb orders keys itself).
 */
export function hasilSkorJson(a: string): RawBuilder<unknown> {
  const t = alias(a);
  const kelompok = (awal: number, kode: readonly string[]) =>
    `jsonb_build_object(${kode.map((k, i) => `'${k}', ${objekSkor(t, awal + i)}`).join(", ")})`;
  const faktor = FAKTOR.map((f) => f.kode);
  return sql.raw(`(case when ${t}.skor is null then ${t}.hasil else jsonb_build_object(
    'pegawaiId', ${t}.pegawai_id, 'formulir', ${t}.formulir_id, 'versiParameter', ${t}.parameter_versi,
    'norma', ${t}.norma, 'blokDijawab', ${t}.blok_dijawab, 'konvergen', ${t}.konvergen,
    'subDimensi', ${kelompok(0, KODE_SUBDIMENSI)},
    'faktor', ${kelompok(KODE_SUBDIMENSI.length, faktor)},
    'integritas', ${objekSkor(t, JALUR_SKOR.length - 1)},
    'levelTes', ${t}.level, 'metodeLevel', ${t}.batas ->> 'metode', 'lz', ${t}.lz,
    'tanda', coalesce(${t}.tanda, '[]'::jsonb), 'batas', ${t}.batas) end)`);
}
