import type { ColumnType, Generated } from "kysely";

/** Kysely types of the change-agent lifecycle tables (migration 0033_agen.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
type WaktuOpsional = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Tanggal = ColumnType<string, string, string>;
/** jsonb: read as the value, written as a JSON string. */
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export type StatusNominasi = "diajukan" | "terpilih" | "tidak_terpilih" | "ditetapkan";

export interface KriteriaInstrumenTersimpan {
  kode: string;
  nama: string;
  bobot: number;
  rubrik: string[];
}

export interface SkorTersimpan {
  kode: string;
  level: number;
  bukti: string;
}

export interface AturanAgenTable {
  instansi_id: string;
  siklus_id: string;
  kriteria: Json<string[]>;
  min_pegawai: ColumnType<number, number | undefined, number>;
  min_agen: ColumnType<number, number | undefined, number>;
  diterbitkan: Waktu;
  diterbitkan_oleh: string | null;
}

export interface NominasiAgenTable {
  instansi_id: string;
  id: Generated<string>;
  siklus_id: string;
  pegawai_id: string;
  unit_id: string | null;
  mandiri: boolean;
  pengusul_pegawai_id: string | null;
  alasan: string;
  status: ColumnType<StatusNominasi, StatusNominasi | undefined, StatusNominasi>;
  catatan_seleksi: string | null;
  diseleksi_oleh: string | null;
  diseleksi: WaktuOpsional;
  nomor_sk: string | null;
  dibuat: Dibuat;
}

export interface RenaksiSiklusTable {
  instansi_id: string;
  renaksi_id: string;
  siklus_id: string;
  target_kode: Json<string[]>;
  dibuat: Dibuat;
}

export interface InstrumenAgenTable {
  instansi_id: string;
  siklus_id: string;
  kriteria: Json<KriteriaInstrumenTersimpan[]>;
  disusun_oleh: string | null;
  diubah: Waktu;
}

export interface PenilaianAgenTable {
  instansi_id: string;
  id: Generated<string>;
  siklus_id: string;
  pegawai_id: string;
  periode: string;
  skor: Json<SkorTersimpan[]>;
  /** The weighted level, 1–4 (two decimals). */
  nilai: number;
  catatan: string | null;
  penilai: string | null;
  dinilai: Waktu;
}

export interface InovasiTable {
  instansi_id: string;
  id: Generated<string>;
  siklus_id: string | null;
  pegawai_id: string;
  sebagai: "pimpinan" | "agen_perubahan";
  judul: string;
  uraian: string;
  dampak: string | null;
  tanggal: Tanggal;
  dicatat_oleh: string | null;
  dibuat: Dibuat;
}

export interface TabelAgen {
  aturan_agen: AturanAgenTable;
  nominasi_agen: NominasiAgenTable;
  renaksi_siklus: RenaksiSiklusTable;
  instrumen_agen: InstrumenAgenTable;
  penilaian_agen: PenilaianAgenTable;
  inovasi: InovasiTable;
}
