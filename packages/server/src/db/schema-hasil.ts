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

/** Norm tables per reference group (migration 0115; docs/norma-batas.md). */
export interface NormaKelompokTable {
  id: ColumnType<string, string | undefined, never>;
  formulir_id: string;
  versi_parameter: string;
  jenis: "nasional" | "jenis_instansi" | "jenis_jabatan";
  kunci: string;
  n: number;
  /** The domain `NormaAcuan`; null below the published minimum. */
  norma: Json | null;
  dihitung_oleh: string | null;
  dihitung: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A national standard-setting session (migration 0115). */
export interface SesiBatasNasionalTable {
  id: ColumnType<string, string | undefined, never>;
  nomor: ColumnType<number, never, never>;
  judul: string;
  formulir_id: string;
  versi_parameter: string;
  cara: ColumnType<"rerata" | "median", "rerata" | "median" | undefined, "rerata" | "median">;
  status: ColumnType<
    "terbuka" | "diajukan" | "terbit" | "diganti",
    "terbuka" | undefined,
    "terbuka" | "diajukan" | "terbit" | "diganti"
  >;
  hasil: Json | null;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
  diajukan_oleh: string | null;
  diajukan: Date | null;
  diterbitkan_oleh: string | null;
  diterbitkan: Date | null;
}

/** One judge's cuts (levels 1|2, 2|3, 3|4) on the integrity θ scale. */
export interface SesiBatasHakimTable {
  sesi_id: string;
  pengguna_id: string;
  batas: number[];
  catatan: string | null;
  diubah: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface TabelHasil {
  norma_kelompok: NormaKelompokTable;
  sesi_batas_nasional: SesiBatasNasionalTable;
  sesi_batas_hakim: SesiBatasHakimTable;
  ringkasan_peta: RingkasanPetaTable;
  pengaturan_hasil: PengaturanHasilTable;
  batas_level_instansi: BatasLevelInstansiTable;
}
