import type { ColumnType, Generated } from "kysely";

/** Kysely types of the program tables (migrations 0030–0039; 0030_program.ts). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as `YYYY-MM-DD` strings (see factory.ts). */
type Tanggal = ColumnType<string, string, string>;
type TanggalOpsional = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb: read as the value, written as a JSON string. */
type Json<T = unknown> = ColumnType<T, string | undefined, string>;
type JsonOpsional<T = unknown> = ColumnType<T | null, string | null | undefined, string | null>;

export interface SiklusProgramTable {
  instansi_id: string;
  id: Generated<string>;
  nama: string;
  konfigurasi: Json;
  pelaksanaan_mulai: TanggalOpsional;
  penilaian_mulai: TanggalOpsional;
  kampanye_akhir_id: string | null;
  ditutup: TanggalOpsional;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
  diubah: Waktu;
}

export type JenisBerkasProgram = "pdf" | "png" | "jpeg" | "docx" | "xlsx";

export interface BerkasProgramTable {
  instansi_id: string;
  id: Generated<string>;
  siklus_id: string;
  nama: string;
  jenis: JenisBerkasProgram;
  mime: string;
  ukuran: number;
  sha256: string;
  isi: Buffer;
  diunggah_oleh: string | null;
  dibuat: Dibuat;
}

export interface LangkahPersiapanTable {
  instansi_id: string;
  siklus_id: string;
  langkah: string;
  isi: JsonOpsional;
  draf: JsonOpsional;
  dicatat_oleh: string | null;
  dicatat: Date | null;
  diubah: Waktu;
}

export interface TandaTanganDeklarasiTable {
  instansi_id: string;
  siklus_id: string;
  pegawai_id: string;
  sebagai: "pimpinan" | "pegawai";
  pengguna_id: string;
  waktu: Dibuat;
}

export interface KegiatanProgramTable {
  instansi_id: string;
  id: Generated<string>;
  siklus_id: string;
  kegiatan_utama: string;
  subtahap: number | null;
  templat: string | null;
  judul: string;
  uraian: string | null;
  sasaran_unit: JsonOpsional<string[]>;
  sasaran_pegawai: JsonOpsional<string[]>;
  rencana_mulai: Tanggal;
  rencana_selesai: Tanggal;
  penanggung_jawab_pegawai_id: string | null;
  dibuat_oleh: string | null;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface PelaksanaanKegiatanTable {
  instansi_id: string;
  id: Generated<string>;
  siklus_id: string;
  kegiatan_id: string;
  tanggal: Tanggal;
  jumlah_peserta: number;
  hadir: Json<string[]>;
  hasil: string;
  bukti: Json<string[]>;
  dicatat_oleh: string | null;
  dibuat: Dibuat;
}

export interface BuktiDaftarPeriksaTable {
  instansi_id: string;
  siklus_id: string;
  kode_item: string;
  berkas_id: string;
  jenis: string;
  dicatat_oleh: string | null;
  dibuat: Dibuat;
}

export interface VerifikasiDaftarPeriksaTable {
  instansi_id: string;
  siklus_id: string;
  kode_item: string;
  oleh: string | null;
  waktu: Dibuat;
}

/** A periodic campaign linked to a cycle on purpose (0031_kampanye_berkala_siklus.ts). */
export interface KampanyeBerkalaSiklusTable {
  instansi_id: string;
  siklus_id: string;
  kampanye_id: string;
  ditautkan_oleh: string | null;
  ditautkan: Dibuat;
}

export interface TabelProgram {
  siklus_program: SiklusProgramTable;
  berkas_program: BerkasProgramTable;
  langkah_persiapan: LangkahPersiapanTable;
  tanda_tangan_deklarasi: TandaTanganDeklarasiTable;
  kegiatan_program: KegiatanProgramTable;
  pelaksanaan_kegiatan: PelaksanaanKegiatanTable;
  bukti_daftar_periksa: BuktiDaftarPeriksaTable;
  verifikasi_daftar_periksa: VerifikasiDaftarPeriksaTable;
  kampanye_berkala_siklus: KampanyeBerkalaSiklusTable;
}
