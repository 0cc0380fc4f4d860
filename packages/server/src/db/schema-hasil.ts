import type { ColumnType } from "kysely";

/** Kysely types of the results tables (migrations/0025_hasil.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface PengaturanHasilTable {
  instansi_id: string;
  k_minimum: ColumnType<number, number | undefined, number>;
  diubah_oleh: string | null;
  diubah: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface BatasLevelInstansiTable {
  instansi_id: string;
  versi: number;
  batas: Json | null;
  metode: "baku" | "kelompok_kontras" | "manual";
  rincian: ColumnType<unknown, string | undefined, string>;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
}

export interface RingkasanPetaTable {
  instansi_id: string;
  kampanye_id: string;
  unit_id: string;
  n: ColumnType<number, number | undefined, number>;
  level: ColumnType<number[], number[] | undefined, number[]>;
  faktor: ColumnType<number[], number[] | undefined, number[]>;
  s: ColumnType<number[], number[] | undefined, number[]>;
  ss: ColumnType<number[], number[] | undefined, number[]>;
  jumlah_pegawai: ColumnType<number, number | undefined, number>;
}

export interface TabelHasil {
  ringkasan_peta: RingkasanPetaTable;
  pengaturan_hasil: PengaturanHasilTable;
  batas_level_instansi: BatasLevelInstansiTable;
}
