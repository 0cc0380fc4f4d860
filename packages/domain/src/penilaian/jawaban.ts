import { rankToOutcomes, TIRT_MISSING, type TirtLayout } from "@nurani/irt";
import type { Formulir } from "../bank-butir/tipe.ts";
import { PenilaianError } from "./galat.ts";

/**
 * One answered block as captured by test delivery (docs/asesmen.md
 * "Flow"): the statement chosen as "paling sesuai" (most
 * like me) and as "paling tidak sesuai" (least like me). With three
 * statements this is a full ranking; the third is in between.
 */
export interface JawabanBlok {
  blok: string;
  palingSesuai: string;
  palingTidakSesuai: string;
  /** Statement ids in the order shown to this pegawai (randomised per person); default the form's order. */
  urutanTampil?: readonly string[];
  /** Seconds spent on the block, when captured. */
  detik?: number;
  /** How many times the answer was changed before moving on, when captured. */
  perubahan?: number;
}

/** All answers of one pegawai on one form. */
export interface JawabanPegawai {
  pegawaiId: string;
  jawaban: readonly JawabanBlok[];
}

/**
 * Writes one person's answers as the engine's pairwise outcomes (layout
 * order) into `row` from `offset`; blocks not answered stay missing.
 * Refuses answers for blocks not on the form, a block answered twice,
 * statements not in the block, the same statement chosen as most and
 * least, a display order that is not a permutation of the block, and
 * negative or non-numeric times and change counts. Returns the number of blocks answered.
 */
export function tulisHasilPasangan(
  formulir: Formulir,
  layout: TirtLayout,
  data: JawabanPegawai,
  row: Int8Array,
  offset: number,
): number {
  const indeksBlok = indeksBlokFormulir(formulir);
  row.fill(TIRT_MISSING, offset, offset + layout.pairs.length);
  const sudah = new Set<string>();
  for (const j of data.jawaban) {
    const b = indeksBlok.get(j.blok);
    if (b === undefined)
      tolak(data, j, `blok tidak ada di formulir ${formulir.id}.`, `block not on form ${formulir.id}`);
    if (sudah.has(j.blok)) tolak(data, j, "blok dijawab lebih dari sekali.", "block answered more than once");
    sudah.add(j.blok);
    const isi = formulir.blok[b as number].pernyataan;
    const atas = isi.indexOf(j.palingSesuai);
    const bawah = isi.indexOf(j.palingTidakSesuai);
    if (atas < 0 || bawah < 0)
      tolak(data, j, "pernyataan yang dipilih bukan isi blok ini.", "chosen statement is not in this block");
    if (atas === bawah)
      tolak(
        data,
        j,
        "pernyataan yang sama dipilih sebagai paling sesuai dan paling tidak sesuai.",
        "the same statement was chosen as most and least like me",
      );
    if (j.urutanTampil !== undefined && !permutasi(j.urutanTampil, isi))
      tolak(
        data,
        j,
        "urutan tampil harus memuat tepat pernyataan blok ini.",
        "the display order must list exactly this block's statements",
      );
    if (j.detik !== undefined && !(Number.isFinite(j.detik) && j.detik >= 0))
      tolak(data, j, "waktu menjawab harus angka ≥ 0 detik.", "answer time must be a number ≥ 0 seconds");
    if (j.perubahan !== undefined && !(Number.isInteger(j.perubahan) && j.perubahan >= 0))
      tolak(
        data,
        j,
        "jumlah perubahan jawaban harus bilangan bulat ≥ 0.",
        "answer changes must be an integer ≥ 0",
      );
    const rank = new Array<number>(isi.length);
    for (let pos = 0; pos < isi.length; pos++) rank[pos] = pos === atas ? 0 : pos === bawah ? 2 : 1;
    rankToOutcomes(layout, b as number, rank, row, offset);
  }
  return sudah.size;
}

// Written once per form and per module, not per person or per answer: this runs for every
// answered block of every person scored (the scoring job's hot path).

/** Block id → position on the form, kept per form object. */
const INDEKS_BLOK = new WeakMap<Formulir, Map<string, number>>();
function indeksBlokFormulir(formulir: Formulir): Map<string, number> {
  let m = INDEKS_BLOK.get(formulir);
  if (!m) {
    m = new Map(formulir.blok.map((b, i) => [b.id, i]));
    INDEKS_BLOK.set(formulir, m);
  }
  return m;
}

/** Whether `urutan` lists exactly the block's statements. */
function permutasi(urutan: readonly string[], isi: readonly string[]): boolean {
  if (urutan.length !== isi.length) return false;
  for (const id of isi) if (!urutan.includes(id)) return false;
  return true;
}

function tolak(data: JawabanPegawai, j: JawabanBlok, id: string, en: string): never {
  throw new PenilaianError(
    `Jawaban ${data.pegawaiId} pada blok ${j.blok}: ${id}`,
    `answer of ${data.pegawaiId} on block ${j.blok}: ${en}`,
  );
}
