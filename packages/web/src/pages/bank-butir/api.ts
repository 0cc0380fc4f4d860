/** Types and calls of the item bank API (server `fitur/bank-butir/routes.ts`, docs/item-bank.md). */
import type { Pernyataan } from "@nurani/domain";
import { api } from "../../api/client.ts";
import type { Jawaban } from "../../api/klien.ts";

export type StatusVersi = "draf" | "tinjauan" | "terbit";

export interface VersiBank {
  id: string;
  versi: string;
  status: StatusVersi;
  bawaan: boolean;
  asalId: string | null;
  catatan: string | null;
  komentarTinjauan: string | null;
  dibuat: string;
  diubah: string;
  diajukan: string | null;
  diterbitkan: string | null;
}

export interface PenilaianDesain {
  formulir: string;
  layakTerbit: boolean;
  reliabilitas: Record<string, number>;
  reliabilitasFaktor: Record<string, number>;
  biasKorelasiRataRata: number;
  biasKorelasiMaks: number;
  pembalikanTanda: number;
  alasan: string[];
  parameter: string;
}

export interface StatusDesain {
  job: { status: string; selesai: number; total: number; galat: string | null } | null;
  mutakhir: boolean;
  layakTerbit: boolean | null;
  laporan: {
    dihitung: string;
    n: number;
    benih: number;
    durasiMs: number;
    formulir: PenilaianDesain[];
  } | null;
}

export interface DetailVersi extends VersiBank {
  /** The caller sees keys and desirability ratings (national evaluator only; docs/item-bank.md). */
  lihatKunci: boolean;
  bolehUbah: boolean;
  /** The caller submitted this version for review and may not publish it (four-eyes rule). */
  diajukanOlehSaya: boolean;
  jumlahPernyataan: number;
  jumlahFormulir: number;
  lint: { galat: number; peringatan: number };
  desain: StatusDesain;
}

/** Fields an agency never receives (the server strips them; docs/item-bank.md "Who sees the keys"). */
type IsianKunci = "kunci" | "keinginanSosial" | "penilaiKeinginanSosial" | "keyakinan" | "riwayat";

/** A statement as stored in a bank version (the domain's, plus an optional English text); keys only for key holders. */
export type PernyataanBank = Omit<Pernyataan, IsianKunci> &
  Partial<Pick<Pernyataan, IsianKunci>> & { teksEn?: string };

export interface Temuan {
  aturan: string;
  keparahan: "galat" | "peringatan";
  lokasi: string;
  pesan: string;
  rincian: string;
}

/** A form of a version with its blocks; keys and patterns only for key holders. */
export type FormulirPratinjau = Jawaban<"/api/bank-butir/versi/{id}/formulir">[number];

export const URL_BANK = "/api/bank-butir";

/** Query keys: everything of the bank starts with ["bank-butir"] (national, not per instansi). */
export const kunciBank = {
  semua: ["bank-butir"] as const,
  daftar: (page: number) => ["bank-butir", "versi", { page }] as const,
  versi: (id: string) => ["bank-butir", "versi", id] as const,
  aturan: ["bank-butir", "aturan"] as const,
};

export const ambilAturan = () => api<Record<string, { id: string; en: string }>>(`${URL_BANK}/aturan`);
