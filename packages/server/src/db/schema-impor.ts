/** Kysely types of the employee import tables (migrations/0010_impor_pegawai.ts). */
import type { ColumnType, Generated } from "kysely";

export type StatusImpor = "memvalidasi" | "siap" | "ditolak" | "menulis" | "selesai" | "gagal";
type Angka = ColumnType<number, number | undefined, number>;

export interface ImporPegawaiTable {
  instansi_id: string;
  id: Generated<string>;
  pengguna_id: string | null;
  nama_berkas: string;
  ukuran: number;
  berkas: Buffer | null;
  format: "csv" | "xlsx" | null;
  enkoding: string | null;
  status: ColumnType<StatusImpor, StatusImpor | undefined, StatusImpor>;
  progres_selesai: Angka;
  progres_total: Angka;
  baris: Angka;
  valid: Angka;
  galat: Angka;
  baru: Angka;
  diperbarui: Angka;
  galat_berkas: ColumnType<unknown, string | null | undefined, string | null>;
  dibuat: ColumnType<Date, Date | string | undefined, never>;
  diubah: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ImporPegawaiGalatTable {
  instansi_id: string;
  impor_id: string;
  urutan: number;
  baris: number;
  kolom: string;
  kode: string;
  isian: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface ImporPegawaiBarisTable {
  instansi_id: string;
  impor_id: string;
  baris: number;
  nip: string;
  nama: string;
  unit_id: string;
  jabatan: string | null;
  jenis_jabatan: string | null;
  golongan: string | null;
  email: string | null;
  telepon: string | null;
  jenis_kelamin: "L" | "P";
  tanggal_lahir: ColumnType<string, string, string>;
  tmt_cpns: ColumnType<string, string, string>;
}

export interface TabelImpor {
  impor_pegawai: ImporPegawaiTable;
  impor_pegawai_galat: ImporPegawaiGalatTable;
  impor_pegawai_baris: ImporPegawaiBarisTable;
}
