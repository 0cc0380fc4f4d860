import type { ColumnType, Generated } from "kysely";

/** Tables of the code of ethics (0071) and conflict-of-interest declarations (0072); docs/kode-etik.md. */
type Tanggal = ColumnType<string, string | undefined, string>;
type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Bawaan<T> = ColumnType<T, T | undefined, T>;
type Json = ColumnType<unknown, string | undefined, string>;
type Dibuat = ColumnType<Date, Date | string | undefined, never>;

export interface SoalKodeEtik {
  pertanyaan: string;
  pilihan: string[];
  /** Index of the right choice in `pilihan`. */
  kunci: number;
}

export interface KodeEtikTable {
  instansi_id: string;
  id: Generated<string>;
  versi: Opsional<number>;
  judul: string;
  isi: string;
  soal: Json;
  nilai_lulus: Bawaan<number>;
  status: Bawaan<"draf" | "terbit">;
  nomor_sk: Opsional<string>;
  tanggal_sk: Opsional<string>;
  berkas_sk: Opsional<Buffer>;
  berkas_nama: Opsional<string>;
  berkas_jenis: Opsional<"application/pdf" | "image/png" | "image/jpeg">;
  terbit: Opsional<Date>;
  dibuat_oleh: Opsional<string>;
  dibuat: Dibuat;
}

export interface KodeEtikAtestasiTable {
  instansi_id: string;
  id: Generated<string>;
  kode_id: string;
  pegawai_id: string;
  tahun: number;
  tanggal: Tanggal;
  skor: Opsional<number>;
  dibuat: Dibuat;
}

export type JenisBk =
  | "keluarga_pengadaan"
  | "keluarga_rekrutmen"
  | "pekerjaan_luar"
  | "kepemilikan_saham"
  | "hadiah_jamuan"
  | "lainnya"
  | "nihil";
export type KeputusanBk = "tanpa_tindakan" | "pengunduran_diri" | "penugasan_ulang";

export interface PengaturanBkTable {
  instansi_id: string;
  tenggat_hari_kerja: Bawaan<number>;
}

export interface BkPermintaanTable {
  instansi_id: string;
  id: Generated<string>;
  judul: string;
  jenis: "pengadaan" | "seleksi" | "lainnya";
  keterangan: Opsional<string>;
  tanggal: Tanggal;
  dibuat_oleh: Opsional<string>;
}

export interface BkPermintaanPegawaiTable {
  instansi_id: string;
  permintaan_id: string;
  pegawai_id: string;
}

export interface BkDeklarasiTable {
  instansi_id: string;
  id: Generated<string>;
  pegawai_id: string;
  unit_id: Opsional<string>;
  permintaan_id: Opsional<string>;
  jenis: JenisBk;
  uraian: string;
  pihak_terkait: Opsional<string>;
  tanggal: Tanggal;
  tenggat: Opsional<string>;
  atasan_pegawai_id: Opsional<string>;
  status: Bawaan<"menunggu" | "diputuskan" | "nihil">;
  keputusan: Opsional<KeputusanBk>;
  catatan_keputusan: Opsional<string>;
  diputuskan_oleh: Opsional<string>;
  tanggal_keputusan: Opsional<string>;
}

export interface TabelEtik {
  kode_etik: KodeEtikTable;
  kode_etik_atestasi: KodeEtikAtestasiTable;
  pengaturan_bk: PengaturanBkTable;
  bk_permintaan: BkPermintaanTable;
  bk_permintaan_pegawai: BkPermintaanPegawaiTable;
  bk_deklarasi: BkDeklarasiTable;
}
