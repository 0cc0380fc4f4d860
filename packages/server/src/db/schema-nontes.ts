import type { ColumnType, Generated } from "kysely";

/** Kysely types of the non-test assessment tables (migration 0080, range 0080–0089). */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
type Tanggal = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;
type Opsional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Bawaan<T> = ColumnType<T, T | undefined, T>;

export interface PeriodeNontesTable {
  instansi_id: string;
  id: Generated<string>;
  judul: string;
  kampanye_id: Opsional<string>;
  instrumen: Bawaan<"bars">;
  cakupan: Json;
  aturan_gabung: Bawaan<"baku" | "komposit" | "selisih">;
  tenggat: Tanggal;
  status: Bawaan<"draf" | "dibuka" | "ditutup">;
  dibuat_oleh: Opsional<string>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface SasaranNontesTable {
  instansi_id: string;
  periode_id: string;
  pegawai_id: string;
  pimpinan: Bawaan<boolean>;
}

export interface TugasPenilaiTable {
  instansi_id: string;
  id: Generated<string>;
  periode_id: string;
  pegawai_id: string;
  penilai_id: string;
  jenis: "atasan" | "rekan" | "bawahan";
  dikirim: Opsional<Date>;
  dibuat: Dibuat;
}

export interface NilaiNontesTable {
  instansi_id: string;
  tugas_id: string;
  butir: string;
  skor: number | null;
}

export interface HasilNontesTable {
  instansi_id: string;
  periode_id: string;
  pegawai_id: string;
  hasil: Json;
  perlu_tinjauan: Bawaan<boolean>;
  tinjauan: Bawaan<"tidak_perlu" | "menunggu" | "selesai">;
  catatan_tinjauan: Opsional<string>;
  dihitung: Waktu;
}

export interface KalibrasiNontesTable {
  instansi_id: string;
  periode_id: string;
  job_id: Opsional<string>;
  laporan: Json;
  dihitung: Waktu;
}

export interface TabelNontes extends TabelNontesLanjut {
  periode_nontes: PeriodeNontesTable;
  sasaran_nontes: SasaranNontesTable;
  tugas_penilai: TugasPenilaiTable;
  nilai_nontes: NilaiNontesTable;
  hasil_nontes: HasilNontesTable;
  kalibrasi_nontes: KalibrasiNontesTable;
}

/** Migration 0081: track record and structured interview. */
export interface RefleksiRekamJejakTable {
  instansi_id: string;
  pegawai_id: string;
  faktor: "KD" | "DN" | "KM";
  jawaban: Json;
  diubah: Waktu;
  level_dinilai: Opsional<number>;
  dinilai_oleh: Opsional<string>;
  dinilai: Opsional<Date>;
}

export interface EntriRekamJejakTable {
  instansi_id: string;
  id: Generated<string>;
  pegawai_id: string;
  jenis: string;
  sumber: string;
  rincian: Json;
  tanggal: Tanggal;
  keterangan: Opsional<string>;
  bukti_tautan: Opsional<string>;
  bukti_nama: Opsional<string>;
  bukti_mime: Opsional<string>;
  bukti_isi: Opsional<Buffer>;
  asal: Bawaan<string>;
  rujukan: Opsional<string>;
  dicatat_oleh: Opsional<string>;
  dicatat: Dibuat;
}

export interface WawancaraNontesTable {
  instansi_id: string;
  id: Generated<string>;
  pegawai_id: string;
  tujuan: "asesmen" | "monev";
  periode_id: Opsional<string>;
  tanggal: Tanggal;
  dibuat_oleh: Opsional<string>;
  dibuat: Dibuat;
}

export interface PewawancaraNontesTable {
  instansi_id: string;
  wawancara_id: string;
  pengguna_id: string;
  nilai: ColumnType<unknown, string | null | undefined, string | null>;
  catatan: Opsional<string>;
  dikirim: Opsional<Date>;
}

export interface TabelNontesLanjut {
  refleksi_rekam_jejak: RefleksiRekamJejakTable;
  entri_rekam_jejak: EntriRekamJejakTable;
  wawancara_nontes: WawancaraNontesTable;
  pewawancara_nontes: PewawancaraNontesTable;
}
