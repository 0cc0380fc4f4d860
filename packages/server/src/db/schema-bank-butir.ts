import type { ColumnType, Generated } from "kysely";

/** Kysely types of the bank-butir tables (migrations 0040–0049). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export type StatusVersiBank = "draf" | "tinjauan" | "terbit";

export interface BankButirVersiTable {
  id: Generated<string>;
  versi: string;
  status: ColumnType<StatusVersiBank, StatusVersiBank | undefined, StatusVersiBank>;
  bawaan: ColumnType<boolean, boolean | undefined, boolean>;
  asal_id: string | null;
  catatan: string | null;
  komentar_tinjauan: string | null;
  laporan_desain: ColumnType<unknown, string | null | undefined, string | null>;
  sidik_desain: string | null;
  job_desain_id: string | null;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
  diubah: Waktu;
  diajukan: Date | null;
  /** Who submitted it for review (migration 0042; the four-eyes rule). */
  diajukan_oleh: ColumnType<string | null, string | null | undefined, string | null>;
  diterbitkan: Date | null;
  diterbitkan_oleh: string | null;
}

export interface BankButirPernyataanTable {
  versi_id: string;
  id: string;
  urutan: number;
  sub_dimensi: string;
  teks: string;
  isi: Json;
}

export interface BankButirFormulirTable {
  versi_id: string;
  id: string;
  urutan: number;
  isi: Json;
}

/** Expert panel review (migration 0043, docs/panel-ahli.md). */
export interface BankButirPanelTable {
  id: Generated<string>;
  versi_id: string;
  judul: string;
  status: ColumnType<"terbuka" | "selesai", "terbuka" | "selesai" | undefined, "terbuka" | "selesai">;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
  ditutup: Date | null;
}

export interface BankButirPanelPernyataanTable {
  panel_id: string;
  id: string;
  urutan: number;
  sub_dimensi: string;
  teks: string;
}

export interface BankButirPanelAhliTable {
  id: Generated<string>;
  panel_id: string;
  nama: string;
  kode_hash: string | null;
  kode_kedaluwarsa: Date | string | null;
  token_hash: string | null;
  masuk: Date | string | null;
  dibuat: Dibuat;
}

export interface BankButirPanelNilaiTable {
  ahli_id: string;
  panel_id: string;
  pernyataan_id: string;
  relevansi: "esensial" | "berguna" | "tidak_perlu";
  keinginan_sosial: number;
  diubah: Waktu;
}

export interface TabelBankButir {
  bank_butir_versi: BankButirVersiTable;
  bank_butir_pernyataan: BankButirPernyataanTable;
  bank_butir_formulir: BankButirFormulirTable;
  bank_butir_panel: BankButirPanelTable;
  bank_butir_panel_pernyataan: BankButirPanelPernyataanTable;
  bank_butir_panel_ahli: BankButirPanelAhliTable;
  bank_butir_panel_nilai: BankButirPanelNilaiTable;
}
