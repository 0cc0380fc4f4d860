import type { ColumnType, Generated } from "kysely";

/** Kysely types of the national register's tables (migrations 0060–0064; 0060_nasional_register.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AktivasiPenggunaTable {
  pengguna_id: string;
  instansi_id: string;
  kode_hash: string;
  kedaluwarsa: Waktu;
  dipakai: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
}

export type TahapProgram = "persiapan" | "pelaksanaan" | "penilaian" | "selesai";

export interface RingkasanInstansiTable {
  instansi_id: string;
  basi: ColumnType<boolean, boolean | undefined, boolean>;
  tahap: TahapProgram | null;
  langkah_persiapan: ColumnType<number, number | undefined, number>;
  kegiatan_terlaksana: ColumnType<number, number | undefined, number>;
  kampanye_id: string | null;
  dirilis: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  indeks_nilai: number | null;
  indeks_bawah: number | null;
  indeks_atas: number | null;
  n: number | null;
  jumlah_pegawai: number | null;
  level: number[] | null;
  diperbarui: Generated<Date>;
}

export interface TabelNasional {
  aktivasi_pengguna: AktivasiPenggunaTable;
  impor_instansi: ImporInstansiTable;
  indeks_periode: IndeksPeriodeTable;
  ringkasan_instansi: RingkasanInstansiTable;
}

/** Migration 0061: a checked register import between preview and confirmation. */
export interface ImporInstansiTable {
  id: Generated<string>;
  pengguna_id: string | null;
  nama_berkas: string;
  nama_berkas_unit: string | null;
  status: "siap" | "ditolak" | "selesai";
  ringkasan: ColumnType<unknown, string, string>;
  galat: ColumnType<unknown, string, string>;
  galat_berkas: ColumnType<unknown, string | null, string | null>;
  data: ColumnType<unknown, string, string>;
  dibuat: Dibuat;
  ditulis: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Migration 0066: an agency's figures frozen when a period's rankings were published. */
export interface IndeksPeriodeTable {
  instansi_id: string;
  periode_id: string;
  kampanye_id: string | null;
  indeks_nilai: number | null;
  indeks_bawah: number | null;
  indeks_atas: number | null;
  level: number[] | null;
  n: number | null;
  jumlah_pegawai: number | null;
  status_lke: string | null;
  skor_lke: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  dicatat: Dibuat;
}
