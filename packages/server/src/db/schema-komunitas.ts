import type { ColumnType, Generated } from "kysely";

/** Kysely types of the komunitas tables: mentoring, diary, renaksi, rewards, posts, forum, M&E, public survey (migrations 0050–0059). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as `YYYY-MM-DD` strings (see factory.ts). */
type Tanggal = ColumnType<string, string, string>;
type TanggalOpsional = ColumnType<string | null, string | null | undefined, string | null>;
type Json = ColumnType<unknown, string | undefined, string>;
type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Bawaan<T> = ColumnType<T, T | undefined, T>;

export type JenisPendampingan = "mentoring" | "coaching" | "konseling";

export interface SesiPendampinganTable {
  instansi_id: string;
  id: Generated<string>;
  pendamping_id: string;
  pegawai_id: string;
  jenis: JenisPendampingan;
  tanggal: Tanggal;
  topik: string;
  tindakan: Opsional<string>;
  tindak_lanjut: Opsional<string>;
  tanggal_tindak_lanjut: TanggalOpsional;
  catatan: Opsional<string>;
  dibuat_oleh: Opsional<string>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface EvaluasiDiriTable {
  instansi_id: string;
  id: Generated<string>;
  pegawai_id: string;
  tanggal: Tanggal;
  judul: string;
  isi: string;
  subdimensi: Bawaan<string[]>;
  dibagikan_ke: Opsional<string>;
  dibagikan_pada: Opsional<Date>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface TabelKomunitas {
  sesi_pendampingan: SesiPendampinganTable;
  evaluasi_diri: EvaluasiDiriTable;
}

export type { Json };
