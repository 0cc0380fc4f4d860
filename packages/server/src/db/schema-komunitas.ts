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

export interface SampelWawancaraTable {
  instansi_id: string;
  id: Generated<string>;
  judul: string;
  benih: number;
  ukuran: number;
  minimal_per_unit: number;
  populasi: number;
  alokasi: Json;
  dibuat_oleh: Opsional<string>;
  dibuat: Dibuat;
}

export type CatatanWawancara = { pemahaman?: string; praktik?: string; hambatan?: string; saran?: string };

export interface WawancaraTable {
  instansi_id: string;
  id: Generated<string>;
  sampel_id: string;
  pegawai_id: string;
  unit_id: string;
  urutan: number;
  jadwal: Opsional<Date>;
  pewawancara: Opsional<string>;
  status: Bawaan<"belum" | "terjadwal" | "selesai" | "batal">;
  catatan: ColumnType<CatatanWawancara | null, string | null | undefined, string | null>;
  diubah: Waktu;
}

export interface RencanaAuditTable {
  instansi_id: string;
  id: Generated<string>;
  judul: string;
  lingkup: Opsional<string>;
  mulai: Tanggal;
  selesai: Tanggal;
  status: Bawaan<"rencana" | "berjalan" | "selesai">;
  dibuat_oleh: Opsional<string>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface TemuanAuditTable {
  instansi_id: string;
  id: Generated<string>;
  rencana_id: string;
  judul: string;
  uraian: string;
  tingkat: "rendah" | "sedang" | "tinggi" | "kritis";
  rekomendasi: string;
  batas_waktu: TanggalOpsional;
  tanggapan: Opsional<string>;
  tanggapan_oleh: Opsional<string>;
  tanggapan_pada: Opsional<Date>;
  status: Bawaan<"terbuka" | "ditindaklanjuti" | "selesai">;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface RenaksiTable {
  instansi_id: string;
  id: Generated<string>;
  agen_id: string;
  judul: string;
  mulai: Tanggal;
  selesai: Tanggal;
  dibuat: Dibuat;
}

export interface ButirRenaksiTable {
  instansi_id: string;
  id: Generated<string>;
  renaksi_id: string;
  uraian: string;
  tenggat: Tanggal;
  bukti: Opsional<string>;
  status: Bawaan<"rencana" | "berjalan" | "selesai">;
  nilai: Opsional<number>;
  komentar_penilai: Opsional<string>;
  dinilai_oleh: Opsional<string>;
  dinilai_pada: Opsional<Date>;
  diubah: Waktu;
}

export interface PenghargaanTable {
  instansi_id: string;
  id: Generated<string>;
  pegawai_id: string;
  kategori: string;
  alasan: string;
  diusulkan_oleh: Opsional<string>;
  diusulkan: Dibuat;
  status: Bawaan<"diusulkan" | "diberikan" | "ditolak">;
  diputuskan_oleh: Opsional<string>;
  tanggal_keputusan: TanggalOpsional;
  catatan_keputusan: Opsional<string>;
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
  survei_respons: SurveiResponsTable;
  survei_tantangan_terpakai: SurveiTantanganTerpakaiTable;
  survei_batas: SurveiBatasTable;
  kunci_komunitas: KunciKomunitasTable;
  sampel_wawancara: SampelWawancaraTable;
  wawancara: WawancaraTable;
  rencana_audit: RencanaAuditTable;
  temuan_audit: TemuanAuditTable;
  renaksi: RenaksiTable;
  butir_renaksi: ButirRenaksiTable;
  penghargaan: PenghargaanTable;
}

export type { Json };
