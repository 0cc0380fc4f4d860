import type { ColumnType, Generated } from "kysely";

/**
 * Tables of the integrity registers (migrations 0075–0079; docs/gratifikasi.md):
 * gratification control and the national holiday calendar (0075), discipline
 * cases (0076), LHKPN/LHKASN obligations (0077), Zona Integritas and the merit index (0078).
 */
type Tanggal = ColumnType<string, string | undefined, string>;
type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Bawaan<T> = ColumnType<T, T | undefined, T>;

export type StatusGratifikasi = "dilaporkan" | "diteruskan_kpk" | "ditangani_upg" | "ditetapkan";
export type PenetapanGratifikasi = "milik_negara" | "milik_penerima";

export interface HariLiburTable {
  tanggal: string;
  keterangan: string;
  jenis: Bawaan<"libur_nasional" | "cuti_bersama">;
}

export interface GratifikasiTable {
  instansi_id: string;
  id: Generated<string>;
  nomor: string;
  pegawai_id: string;
  jenis: "diterima" | "ditolak";
  pemberi: string;
  hubungan: string;
  hubungan_keterangan: Opsional<string>;
  bentuk: string;
  uraian: string;
  /** bigint: read as a string by pg, a number by PGlite — convert with Number() */
  nilai_rupiah: ColumnType<number, number, number>;
  tanggal_terima: string;
  tanggal_lapor: Tanggal;
  tempat: Opsional<string>;
  foto: Opsional<Buffer>;
  foto_jenis: Opsional<"image/png" | "image/jpeg">;
  status: Bawaan<StatusGratifikasi>;
  tanggal_triase: Opsional<string>;
  catatan_upg: Opsional<string>;
  penetapan: Opsional<PenetapanGratifikasi>;
  nomor_sk_kpk: Opsional<string>;
  tanggal_penetapan: Opsional<string>;
}

export interface KasusDisiplinTable {
  instansi_id: string;
  id: Generated<string>;
  pegawai_id: string;
  uraian: string;
  tingkat: "ringan" | "sedang" | "berat";
  hukuman: string;
  tanggal_pelanggaran: Opsional<string>;
  tanggal_keputusan: string;
  nomor_sk: string;
  dibuat: ColumnType<Date, Date | string | undefined, never>;
}

export interface KewajibanLhkasnTable {
  instansi_id: string;
  tahun: number;
  pegawai_id: string;
  jenis: "LHKPN" | "LHKASN";
  tanggal_lapor: Opsional<string>;
}

export interface ZonaIntegritasTable {
  instansi_id: string;
  unit_id: string;
  tahun: number;
  status: "diusulkan" | "wbk" | "wbbm";
  nomor_sk: Opsional<string>;
  tanggal_sk: Opsional<string>;
}

export interface IndeksMeritTable {
  instansi_id: string;
  tahun: number;
  /** `numeric`: read as a string; select `nilai::float8` */
  nilai: ColumnType<string, number, number>;
  kategori: Opsional<string>;
}

export interface TabelIntegritas {
  hari_libur: HariLiburTable;
  gratifikasi: GratifikasiTable;
  kasus_disiplin: KasusDisiplinTable;
  kewajiban_lhkasn: KewajibanLhkasnTable;
  zona_integritas: ZonaIntegritasTable;
  indeks_merit: IndeksMeritTable;
}
