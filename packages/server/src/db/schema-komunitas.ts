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

export interface PosKampanyeTable {
  instansi_id: string;
  id: Generated<string>;
  jenis: "pengumuman" | "kode_etik" | "cerita";
  judul: string;
  isi: string;
  sasaran: "instansi" | "unit";
  unit_ids: Bawaan<string[]>;
  sub_unit: Bawaan<boolean>;
  penulis_id: string;
  ditarik: Bawaan<boolean>;
  diterbitkan: Dibuat;
  diubah: Waktu;
}

export interface PosKampanyeBacaTable {
  instansi_id: string;
  pos_id: string;
  pengguna_id: string;
  dibaca: Waktu;
  diakui: Opsional<Date>;
}

export interface KategoriForumTable {
  instansi_id: string;
  id: Generated<string>;
  nama: string;
  deskripsi: Opsional<string>;
  urutan: Bawaan<number>;
  aktif: Bawaan<boolean>;
  dibuat: Dibuat;
}

export interface UtasForumTable {
  instansi_id: string;
  id: Generated<string>;
  kategori_id: string;
  judul: string;
  isi: string;
  penulis_id: string;
  terkunci: Bawaan<boolean>;
  disembunyikan: Bawaan<boolean>;
  jumlah_balasan: Bawaan<number>;
  aktivitas_terakhir: Waktu;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface BalasanForumTable {
  instansi_id: string;
  id: Generated<string>;
  utas_id: string;
  isi: string;
  penulis_id: string;
  disembunyikan: Bawaan<boolean>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface LaporanForumTable {
  instansi_id: string;
  id: Generated<string>;
  utas_id: string;
  balasan_id: Opsional<string>;
  alasan: string;
  pelapor_id: string;
  dibuat: Dibuat;
  selesai: Opsional<Date>;
  diselesaikan_oleh: Opsional<string>;
}

export interface LampiranForumTable {
  instansi_id: string;
  id: Generated<string>;
  utas_id: string;
  nama: string;
  jenis_mime: string;
  ukuran: number;
  isi: Buffer;
  pengunggah_id: string;
  dibuat: Dibuat;
}

export interface NotifikasiTable {
  instansi_id: string;
  id: Generated<string>;
  pengguna_id: string;
  jenis: "sebutan" | "balasan" | "kampanye" | "moderasi";
  judul: string;
  tautan: Opsional<string>;
  dibaca: Opsional<Date>;
  dibuat: Dibuat;
}

export interface SurveiResponsTable {
  instansi_id: string;
  id: Generated<string>;
  dikirim: Dibuat;
  p1: number;
  p2: number;
  p3: number;
  p4: number;
  p5: number;
  layanan: Opsional<string>;
  komentar: Opsional<string>;
}

export interface SurveiTantanganTerpakaiTable {
  hash: string;
  kedaluwarsa: Date;
}

export interface SurveiBatasTable {
  kunci: string;
  jumlah: number;
  kedaluwarsa: Date;
}

export interface KunciKomunitasTable {
  nama: string;
  nilai: string;
  dibuat: Dibuat;
}

export interface TabelKomunitas {
  sesi_pendampingan: SesiPendampinganTable;
  evaluasi_diri: EvaluasiDiriTable;
  pos_kampanye: PosKampanyeTable;
  pos_kampanye_baca: PosKampanyeBacaTable;
  kategori_forum: KategoriForumTable;
  utas_forum: UtasForumTable;
  balasan_forum: BalasanForumTable;
  laporan_forum: LaporanForumTable;
  lampiran_forum: LampiranForumTable;
  notifikasi: NotifikasiTable;
  survei_respons: SurveiResponsTable;
  survei_tantangan_terpakai: SurveiTantanganTerpakaiTable;
  survei_batas: SurveiBatasTable;
  kunci_komunitas: KunciKomunitasTable;
}

export type { Json };
