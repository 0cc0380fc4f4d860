/**
 * Editing a worksheet's content in the browser: the domain's shapes with
 * writable arrays, empty components/indicators/questions with fresh codes,
 * the default scoring rule of each answer type, and moving items. Pure
 * functions; the editor clones, applies one, and keeps the result.
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

/** Moves item `i` one place up (-1) or down (+1); nothing at the ends. */
export function pindah<T>(xs: T[], i: number, arah: -1 | 1): void {
  const j = i + arah;
  if (j < 0 || j >= xs.length) return;
  [xs[i], xs[j]] = [xs[j], xs[i]];
}

/** Sum of weights, rounded for display (the rule's tolerance is the domain's). */
export const jumlahBobot = (xs: readonly { bobot: number }[]) =>
  Math.round(xs.reduce((a, x) => a + (Number.isFinite(x.bobot) ? x.bobot : 0), 0) * 1e6) / 1e6;
