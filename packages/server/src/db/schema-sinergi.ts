import type { ColumnType, Generated } from "kysely";

/** Tables of institutional synergy (migrations 0070–0079): the whistleblowing system (0070). */
type Tanggal = ColumnType<string, string | undefined, string>;
type TanggalOpsional = ColumnType<string | null, string | null | undefined, string | null>;
type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Bawaan<T> = ColumnType<T, T | undefined, T>;

export type StatusWbs = "diterima" | "diverifikasi" | "investigasi" | "ditutup";
export type HasilWbs = "terbukti" | "tidak_terbukti" | "dilimpahkan" | "tidak_dapat_ditindaklanjuti";

export interface WbsLaporanTable {
  instansi_id: string;
  id: Generated<string>;
  nomor_tiket: string;
  hash_kode: string;
  kunci_id: string;
  kunci_data: Buffer;
  judul_sandi: Buffer;
  isi_sandi: Buffer;
  status: Bawaan<StatusWbs>;
  hasil: Opsional<HasilWbs>;
  tanggal: Tanggal;
  tanggal_ditutup: TanggalOpsional;
}

export interface WbsPesanTable {
  instansi_id: string;
  id: Generated<string>;
  laporan_id: string;
  urutan: Generated<string>;
  dari: "pelapor" | "pengelola";
  pengguna_id: Opsional<string>;
  tanggal: Tanggal;
  isi_sandi: Buffer;
}

export interface WbsLampiranTable {
  instansi_id: string;
  id: Generated<string>;
  laporan_id: string;
  nama_sandi: Buffer;
  jenis: "application/pdf" | "image/png" | "image/jpeg" | "text/plain";
  ukuran: number;
  isi_sandi: Buffer;
}

export interface WbsPengecualianTable {
  instansi_id: string;
  laporan_id: string;
  pengguna_id: string;
}

export interface TabelSinergi {
  wbs_laporan: WbsLaporanTable;
  wbs_pesan: WbsPesanTable;
  wbs_lampiran: WbsLampiranTable;
  wbs_pengecualian: WbsPengecualianTable;
}
