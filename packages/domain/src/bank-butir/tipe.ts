import type { KodeSubDimensi } from "../kerangka/faktor.ts";
import type { Keyakinan } from "../kerangka/keyakinan.ts";
import type { KodeSituasi } from "./situasi.ts";

/** +1: agreeing shows more of the sub-dimension; −1: agreeing shows less. */
export type Kunci = 1 | -1;

/** Life cycle of a statement (ITEM-WRITING.md "Review"). */
export type StatusPernyataan = "draf" | "tinjauan" | "terbit" | "ditarik";

export interface CatatanPerubahan {
  versi: string;
  tanggal: string;
  catatan: string;
}

/** One first-person statement of the national forced-choice item bank. */
export interface Pernyataan {
  /** Stable id, "<sub-dimensi>-<nn>", e.g. "KD1-07". A new text gets a new id. */
  id: string;
  subDimensi: KodeSubDimensi;
  kunci: Kunci;
  teks: string;
  /** Social desirability on 1–5 (half steps), for matching within a block. */
  keinginanSosial: number;
  /** Who gave the desirability rating. */
  penilaiKeinginanSosial: string;
  situasi: KodeSituasi;
  /** The strengthening (positive key) or weakening (negative key) belief sampled (BAB II.C). */
  keyakinan: Keyakinan;
  /** Where the definition the statement was written from sits in the regulation, e.g. "BAB II.C.1.a". */
  sumberDefinisi: string;
  status: StatusPernyataan;
  riwayat: CatatanPerubahan[];
  /** Reason an absolute word ("selalu", "tidak pernah") is genuinely meant, if one is used. */
  absolutSah?: string;
}

/** Three statements shown together; the test taker ranks them (most / least like me). */
export interface Blok {
  id: string;
  pernyataan: [string, string, string];
}

export type JenisFormulir = "lengkap" | "penyaringan";

export interface Formulir {
  id: string;
  nama: { id: string; en: string };
  jenis: JenisFormulir;
  versi: string;
  blok: Blok[];
  /** Ids of the blocks shared with the parallel forms for linking. */
  jangkar: string[];
}

export interface BankButir {
  versi: string;
  pernyataan: Pernyataan[];
  formulir: Formulir[];
}
