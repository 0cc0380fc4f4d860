import type { ColumnType, Generated } from "kysely";

/** Kysely types of the national evaluation tables (migrations 0065–0069; docs/evaluasi.md). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
type WaktuOpsional = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** `date` columns are read as `YYYY-MM-DD` strings (see factory.ts). */
type Tanggal = ColumnType<string, string, string>;
type TanggalOpsional = ColumnType<string | null, string | null | undefined, string | null>;
type Json = ColumnType<unknown, string | undefined, string>;
type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** `numeric` comes back as a string. */
type Angka = ColumnType<string | null, number | null | undefined, number | null>;

export interface LkeVersiTable {
  versi: string;
  status: "draf" | "tinjauan" | "terbit";
  isi: Json;
  catatan: Opsional<string>;
  diajukan_oleh: Opsional<string>;
  diterbitkan_oleh: Opsional<string>;
  diterbitkan: TanggalOpsional;
  /** Migration 0100: the author and every editor (four eyes). */
  dibuat_oleh: Opsional<string>;
  penyunting: ColumnType<string[], string[] | undefined, string[]>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface PeriodeEvaluasiTable {
  id: Generated<string>;
  kode: string;
  nama: string;
  tahun: number;
  jenis_peserta: string[];
  versi_lke: string;
  mandiri_mulai: Tanggal;
  mandiri_selesai: Tanggal;
  reviu_mulai: Tanggal;
  reviu_selesai: Tanggal;
  publikasi: Tanggal;
  peringkat_terbit: WaktuOpsional;
  peringkat_terbit_oleh: Opsional<string>;
  peringkat: ColumnType<unknown, string | null | undefined, string | null>;
  dibuat_oleh: Opsional<string>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface LembarEvaluasiTable {
  instansi_id: string;
  periode_id: string;
  status: ColumnType<
    "draf" | "dikirim" | "difinalisasi" | "disetujui",
    "draf" | "dikirim" | "difinalisasi" | "disetujui" | undefined,
    "draf" | "dikirim" | "difinalisasi" | "disetujui"
  >;
  isian: Json;
  dihitung: Json;
  skor_mandiri: Angka;
  skor_akhir: Angka;
  dikirim: WaktuOpsional;
  dikirim_oleh: Opsional<string>;
  difinalisasi_oleh: Opsional<string>;
  disetujui_oleh: Opsional<string>;
  catatan_kembali: Opsional<string>;
  diubah: Waktu;
}

export interface BerkasEvaluasiTable {
  instansi_id: string;
  id: Generated<string>;
  periode_id: string;
  kode_indikator: string;
  nama: string;
  jenis: "pdf" | "png" | "jpeg";
  mime: string;
  ukuran: number;
  sha256: string;
  isi: Buffer;
  diunggah_oleh: Opsional<string>;
  dibuat: Dibuat;
}

export interface KlarifikasiEvaluasiTable {
  instansi_id: string;
  id: Generated<string>;
  periode_id: string;
  kode_indikator: string;
  dari: "evaluator" | "instansi";
  oleh: Opsional<string>;
  isi: string;
  dibuat: Dibuat;
}

export interface RekomendasiEvaluasiTable {
  instansi_id: string;
  id: Generated<string>;
  periode_id: string;
  kode_indikator: string;
  isi: string;
  tenggat: Tanggal;
  status: "terkirim" | "dijawab" | "ditutup" | "dibuka_kembali";
  riwayat: Json;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface TabelEvaluasi {
  lke_versi: LkeVersiTable;
  periode_evaluasi: PeriodeEvaluasiTable;
  lembar_evaluasi: LembarEvaluasiTable;
  berkas_evaluasi: BerkasEvaluasiTable;
  klarifikasi_evaluasi: KlarifikasiEvaluasiTable;
  rekomendasi_evaluasi: RekomendasiEvaluasiTable;
}
