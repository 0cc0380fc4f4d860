import type { ColumnType } from "kysely";

/** Kysely types of retention (migration 0093_data_saya.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface RetensiInstansiTable {
  instansi_id: string;
  otomatis: ColumnType<boolean, boolean | undefined, boolean>;
  bulan: Json;
  diubah_oleh: string | null;
  diubah: Waktu;
}

export interface RetensiLaporanTable {
  instansi_id: string;
  id: ColumnType<string, string | undefined, never>;
  nyata: boolean;
  oleh: string | null;
  rincian: Json;
  dibuat: Dibuat;
}

export interface TabelDataSaya {
  retensi_instansi: RetensiInstansiTable;
  retensi_laporan: RetensiLaporanTable;
}
