/** Shapes of the API answers, as described in docs/api.md. */
import type { Peran } from "@nurani/domain";

export type { Peran };

export interface PeranDiInstansi {
  instansiId: string;
  instansiKode: string;
  instansiNama: string;
  peran: Peran;
}

export interface Sesi {
  user: {
    id: string;
    username: string;
    nama: string;
    bahasa: string;
    totpAktif: boolean;
    /** Set after an admin reset: the temporary password must be changed before anything else. */
    harusGantiPassword: boolean;
  };
  peran: PeranDiInstansi[];
  csrfToken: string;
}

export interface Halaman<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Instansi {
  id: string;
  kode: string;
  nama: string;
  jenis?: string;
  zonaWaktu?: string;
}

export interface UnitKerja {
  id: string;
  kode: string;
  nama: string;
  eselon: number | null;
  indukId: string | null;
  aktif: boolean;
}

export type JenisJabatan = "struktural" | "fungsional" | "pelaksana";

export interface Pegawai {
  id: string;
  nip: string;
  nama: string;
  unitId: string | null;
  unitNama: string | null;
  jabatan: string | null;
  jenisJabatan: JenisJabatan | null;
  golongan: string | null;
  email: string | null;
  telepon: string | null;
  jenisKelamin: "L" | "P";
  tanggalLahir: string;
  tmtCpns: string;
  aktif: boolean;
}

export type StatusImpor = "memvalidasi" | "siap" | "ditolak" | "menulis" | "selesai" | "gagal";

export interface Impor {
  id: string;
  status: StatusImpor;
  progres: { selesai: number; total: number };
  ringkasan: { baris: number; valid: number; galat: number; baru: number; diperbarui: number };
  pesan?: string;
}

export interface GalatImpor {
  baris: number;
  kolom: string | null;
  kode: string;
  pesan: string;
}

export interface EntriAudit {
  id: string;
  waktu: string;
  aktor: string | null;
  aktorNama?: string | null;
  aksi: string;
  objek?: string | null;
  objekId?: string | null;
  ip?: string | null;
  rincian?: unknown;
}

export interface Pengguna {
  id: string;
  username: string;
  nama: string;
  pegawaiId?: string | null;
  peran: Peran[];
  aktif?: boolean;
  totpAktif?: boolean;
  terkunci?: boolean;
}
