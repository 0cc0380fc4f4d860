import type { ColumnType, Generated } from "kysely";

/**
 * Tables of the integrity registers (migrations 0075–0079; docs/gratifikasi.md):
 * gratification control (0075) and the national holiday calendar.
 */
type Tanggal = ColumnType<string, string | undefined, string>;
type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Bawaan<T> = ColumnType<T, T | undefined, T>;

export type StatusGratifikasi = "dilaporkan" | "diteruskan_kpk" | "ditangani_upg" | "ditetapkan";
export type PenetapanGratifikasi = "milik_negara" | "milik_penerima";

export interface HariLiburTable {
  tanggal: string;
  keterangan: string;
  jenis: Bawaan<"libur_nasional" | "cuti_bersama">;
}

export interface GratifikasiTable {
  instansi_id: string;
  id: Generated<string>;
  nomor: string;
  pegawai_id: string;
  jenis: "diterima" | "ditolak";
  pemberi: string;
  hubungan: string;
  hubungan_keterangan: Opsional<string>;
  bentuk: string;
  uraian: string;
  /** bigint: read as a string by pg, a number by PGlite — convert with Number() */
  nilai_rupiah: ColumnType<number, number, number>;
  tanggal_terima: string;
  tanggal_lapor: Tanggal;
  tempat: Opsional<string>;
  foto: Opsional<Buffer>;
  foto_jenis: Opsional<"image/png" | "image/jpeg">;
  status: Bawaan<StatusGratifikasi>;
  tanggal_triase: Opsional<string>;
  catatan_upg: Opsional<string>;
  penetapan: Opsional<PenetapanGratifikasi>;
  nomor_sk_kpk: Opsional<string>;
  tanggal_penetapan: Opsional<string>;
}

export interface TabelIntegritas {
  hari_libur: HariLiburTable;
  gratifikasi: GratifikasiTable;
}
