/**
 * Editing a worksheet's content in the browser: the domain's shapes with
 * writable arrays, empty components/indicators/questions with fresh codes,
 * the default scoring rule of each answer type, and adding, moving and
 * removing an item at any level. Pure functions; the editor clones, applies
 * one, and keeps the result.
 */
import {
  type AturanSkor,
  HURUF_SKALA,
  type IndikatorLke,
  type IsiLke,
  type JenisJawaban,
  type KomponenLke,
  type PertanyaanLke,
} from "@nurani/domain";

export type Pertanyaan = { -readonly [K in keyof PertanyaanLke]: PertanyaanLke[K] };
export type Indikator = Omit<IndikatorLke, "pertanyaan"> & { pertanyaan: Pertanyaan[] };
export type Komponen = Omit<KomponenLke, "indikator"> & { indikator: Indikator[] };
export interface Isi {
  komponen: Komponen[];
}

export const salinIsi = (isi: IsiLke): Isi => structuredClone(isi) as Isi;

const kosong = () => ({ id: "", en: "" });

function kodeDipakai(isi: Isi): Set<string> {
  const s = new Set<string>();
  for (const k of isi.komponen) {
    s.add(k.kode);
    for (const i of k.indikator) {
      s.add(i.kode);
      for (const p of i.pertanyaan) s.add(p.kode);
    }
  }
  return s;
}

/** The first of `calon(1)`, `calon(2)`, … not used anywhere in the worksheet. */
function kodeBebas(isi: Isi, calon: (n: number) => string): string {
  const dipakai = kodeDipakai(isi);
  for (let n = 1; ; n++) if (!dipakai.has(calon(n))) return calon(n);
}

export function komponenBaru(isi: Isi): Komponen {
  const huruf = (n: number) => (n <= 26 ? String.fromCharCode(64 + n) : `K${n}`);
  return {
    kode: kodeBebas(isi, (n) => huruf(isi.komponen.length + n)),
    nama: kosong(),
    bobot: 0,
    sumber: "",
    indikator: [],
  };
}

export function indikatorBaru(isi: Isi, k: Komponen): Indikator {
  return {
    kode: kodeBebas(isi, (n) => `${k.kode}${k.indikator.length + n}`),
    nama: kosong(),
    bobot: 0,
    pengisian: "dijawab",
    bukti: "opsional",
    sumber: "",
    pertanyaan: [],
  };
}

export function pertanyaanBaru(isi: Isi, ind: Indikator): Pertanyaan {
  return {
    kode: kodeBebas(isi, (n) => `${ind.kode}.${ind.pertanyaan.length + n}`),
    teks: kosong(),
    jenisJawaban: "ya_tidak",
    aturan: { jenis: "ya_tidak" },
    bobot: 0,
  };
}

/** The rule a new answer type starts with: its own for yes/no and A–E, a straight line 0 → 100 otherwise. */
export function aturanAwal(jenis: JenisJawaban): AturanSkor {
  if (jenis === "ya_tidak") return { jenis: "ya_tidak" };
  if (jenis === "skala_ae") return { jenis: "skala_ae" };
  return {
    jenis: "linier",
    titik: [
      [0, 0],
      [100, 1],
    ],
  };
}

/** Changes a question's answer type, with the fitting rule, A–E criteria and no unit/range left over. */
export function gantiJenis(p: Pertanyaan, jenis: JenisJawaban): void {
  if (p.jenisJawaban === jenis) return;
  p.jenisJawaban = jenis;
  p.aturan = aturanAwal(jenis);
  if (jenis === "skala_ae")
    p.opsi = p.opsi ?? (Object.fromEntries(HURUF_SKALA.map((h) => [h, kosong()])) as Pertanyaan["opsi"]);
  else delete p.opsi;
  if (jenis !== "angka") {
    delete p.satuan;
    delete p.rentang;
  }
  delete p.sumberData;
}

/** Where an item stands in the worksheet, by position: its component, then its indicator, then its question. */
export type Letak = readonly [number] | readonly [number, number] | readonly [number, number, number];
/** Where a new item is added: the worksheet (a component), a component (an indicator), an indicator (a question). */
export type LetakInduk = readonly [] | readonly [number] | readonly [number, number];
export type ButirDi<L extends Letak> = L extends readonly [number]
  ? Komponen
  : L extends readonly [number, number]
    ? Indikator
    : Pertanyaan;

/** The list that holds the item at `l`, and its place in it. */
function tempat(isi: Isi, l: Letak): [unknown[], number] {
  const [ki, ii, qi] = l;
  if (ii === undefined) return [isi.komponen, ki];
  if (qi === undefined) return [isi.komponen[ki].indikator, ii];
  return [isi.komponen[ki].indikator[ii].pertanyaan, qi];
}

export function butirDi<L extends Letak>(isi: Isi, l: L): ButirDi<L> {
  const [xs, i] = tempat(isi, l);
  return xs[i] as ButirDi<L>;
}

/** The item's path in the check's findings (galat-isi.ts): `k.0`, `k.0.i.1`, `k.0.i.1.p.2`. */
export const pathDi = (l: Letak): string => l.map((x, j) => `${"kip"[j]}.${x}`).join(".");

/** Moves the item at `l` one place up (-1) or down (+1) in its list; nothing at the ends. */
export function pindahDi(isi: Isi, l: Letak, arah: -1 | 1): void {
  const [xs, i] = tempat(isi, l);
  const j = i + arah;
  if (j < 0 || j >= xs.length) return;
  [xs[i], xs[j]] = [xs[j], xs[i]];
}

export function hapusDi(isi: Isi, l: Letak): void {
  const [xs, i] = tempat(isi, l);
  xs.splice(i, 1);
}

/** Adds an empty item with a fresh code at the end of what `induk` holds. */
export function tambahDi(isi: Isi, induk: LetakInduk): void {
  if (induk.length === 0) isi.komponen.push(komponenBaru(isi));
  else if (induk.length === 1) {
    const k = butirDi(isi, induk);
    k.indikator.push(indikatorBaru(isi, k));
  } else {
    const ind = butirDi(isi, induk);
    ind.pertanyaan.push(pertanyaanBaru(isi, ind));
  }
}

/** Sum of weights, rounded for display (the rule's tolerance is the domain's). */
export const jumlahBobot = (xs: readonly { bobot: number }[]) =>
  Math.round(xs.reduce((a, x) => a + (Number.isFinite(x.bobot) ? x.bobot : 0), 0) * 1e6) / 1e6;
