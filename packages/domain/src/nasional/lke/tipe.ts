import type { Teks } from "../../kerangka/teks.ts";
import type { KunciSumber } from "./sumber.ts";

/**
 * The national evaluation worksheet (Lembar Kerja Evaluasi, LKE) with which
 * the Ministry assesses each agency's integrity building (BAB IV):
 * components → indicators → questions. Weights are relative within each
 * level: the components' weights sum to 100, the indicators' weights in a
 * component sum to 100, the questions' weights in an indicator sum to 100.
 * Every question scores 0…1 by its rule; see docs/nasional.md "Rumus".
 */
export const JENIS_JAWABAN = ["ya_tidak", "skala_ae", "persen", "angka"] as const;
export type JenisJawaban = (typeof JENIS_JAWABAN)[number];

export const HURUF_SKALA = ["A", "B", "C", "D", "E"] as const;
export type HurufSkala = (typeof HURUF_SKALA)[number];

/**
 * How an answer becomes a score in [0, 1]:
 *   - `ya_tidak`: ya → 1, tidak → 0;
 *   - `skala_ae`: A → 1, B → 0.75, C → 0.5, D → 0.25, E → 0;
 *   - `linier`: through the points (x, skor), x strictly increasing; flat
 *     beyond the first and last point;
 *   - `ambang`: the score of the highest step whose `minimal` the answer
 *     reaches; 0 below the first step.
 * `linier` and `ambang` are for `persen` and `angka` answers.
 */
export type AturanSkor =
  | { jenis: "ya_tidak" }
  | { jenis: "skala_ae" }
  | { jenis: "linier"; titik: readonly (readonly [number, number])[] }
  | { jenis: "ambang"; tangga: readonly { minimal: number; skor: number }[] };

export interface PertanyaanLke {
  /** Unique in the worksheet, e.g. "A1.1". */
  kode: string;
  teks: Teks;
  jenisJawaban: JenisJawaban;
  aturan: AturanSkor;
  /** Share within its indicator (the indicator's questions sum to 100). */
  bobot: number;
  /** The criterion of each letter, for `skala_ae`. */
  opsi?: Readonly<Record<HurufSkala, Teks>>;
  /** Unit of an `angka` answer, e.g. "poin derajat". */
  satuan?: Teks;
  /** Allowed range of an `angka` answer (a `persen` answer is 0–100). */
  rentang?: { min?: number; maks?: number };
  /**
   * Where the system reads the answer from. Required in a `dihitung`
   * indicator (the source must be available); in a `dijawab` indicator it
   * names the source that will feed the answer once available.
   */
  sumberData?: KunciSumber;
}

/** `dihitung`: filled in by the system from the agency's own data; `dijawab`: answered by the agency. */
export type Pengisian = "dihitung" | "dijawab";

/**
 * Evidence: `wajib` — the agency must upload at least one file;
 * `opsional`; `otomatis` — the system links the source records' own
 * documents (decree file, released campaign…) to a computed indicator.
 */
export type AturanBukti = "wajib" | "opsional" | "otomatis";

export interface IndikatorLke {
  /** Unique in the worksheet, e.g. "A1". */
  kode: string;
  nama: Teks;
  uraian?: Teks;
  /** Share within its component (the component's indicators sum to 100). */
  bobot: number;
  pengisian: Pengisian;
  bukti: AturanBukti;
  /** What evidence is asked for. */
  buktiDiminta?: Teks;
  /** Place in PermenPANRB 60/2020 (BAB, Tabel, Pasal) the indicator is written from. */
  sumber: string;
  pertanyaan: readonly PertanyaanLke[];
}

export interface KomponenLke {
  kode: string;
  nama: Teks;
  /** Share of the total (the components sum to 100). */
  bobot: number;
  sumber: string;
  indikator: readonly IndikatorLke[];
}

export interface IsiLke {
  komponen: readonly KomponenLke[];
}

/** Life of a worksheet version, as the item bank's (docs/item-bank.md): draft → under review → published. */
export const STATUS_VERSI_LKE = ["draf", "tinjauan", "terbit"] as const;
export type StatusVersiLke = (typeof STATUS_VERSI_LKE)[number];

export interface VersiLke {
  /** e.g. "1", "2027.1". */
  versi: string;
  status: StatusVersiLke;
  isi: IsiLke;
  /** User who submitted it for review (four eyes); null in draft. */
  diajukanOleh: string | null;
  /** User who started the draft (null for the built-in version and versions older than migration 0100). */
  dibuatOleh?: string | null;
  /** Everyone who changed the draft's content, the author first (four eyes: none of them publishes). */
  penyunting?: readonly string[];
  diterbitkanOleh: string | null;
  /** Publication date `YYYY-MM-DD`. */
  diterbitkan: string | null;
  catatan?: string;
}

/** One answer: ya/tidak, a letter A–E, or a number (a percentage is 0–100). */
export type NilaiJawaban = boolean | HurufSkala | number;

/** The evaluator's decision on one question's answer. */
export type KeputusanReviu =
  | { keputusan: "diterima" }
  | { keputusan: "disesuaikan"; skor: number; catatan: string };

/** An agency's worksheet for a period: answers per question, evidence per indicator, the review. */
export interface LembarJawaban {
  jawaban: Readonly<Record<string, NilaiJawaban>>;
  /** Evidence file ids per indicator code. */
  bukti: Readonly<Record<string, readonly string[]>>;
  reviu?: Readonly<Record<string, KeputusanReviu>>;
}
