import type { ColumnType, Generated } from "kysely";

/** Kysely types of the roles-from-decrees tables (migration 0032_peran_sk.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type TanggalOpsional = ColumnType<string | null, string | null | undefined, string | null>;

export type LangkahSk = "pembentukan_tim" | "agen_perubahan";
export type AlasanRiwayatPeran = "sk_dicatat" | "sk_diganti" | "sk_dicabut" | "siklus_ditutup" | "admin";

export interface PeranSkTable {
  instansi_id: string;
  siklus_id: string;
  langkah: LangkahSk;
  pegawai_id: string;
  peran: "tim_supervisi" | "agen_perubahan";
  nomor_sk: string;
  tanggal_sk: TanggalOpsional;
  dicatat_oleh: string | null;
  dicatat: Dibuat;
}

export interface RiwayatPeranTable {
  id: Generated<string>;
  instansi_id: string;
  pengguna_id: string | null;
  pegawai_id: string | null;
  peran: string;
  aksi: "diberikan" | "dicabut";
  sumber: "sk" | "admin";
  alasan: AlasanRiwayatPeran;
  siklus_id: string | null;
  langkah: string | null;
  nomor_sk: string | null;
  oleh: string | null;
  waktu: Dibuat;
}

export interface TabelPeran {
  peran_sk: PeranSkTable;
  riwayat_peran: RiwayatPeranTable;
}
