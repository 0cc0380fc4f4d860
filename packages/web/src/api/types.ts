/**
 * Shapes of the API answers, as described in docs/api.md. Those of the areas
 * on the typed contract are taken from it (`klien.ts`); the rest are still
 * written by hand until their areas move to it.
 */
import type { Peran } from "@nurani/domain";
import type { Jawaban } from "./klien.ts";

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
    /** The agency in which the user is an employee (has a pegawai record), or null. */
    pegawaiInstansiId: string | null;
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

/** A unit, as the API answers it (generated contract). */
export type UnitKerja = Jawaban<"/api/instansi/{instansiId}/unit">[number];

/** An employee's record, as the API answers it (generated contract). */
export type Pegawai = Jawaban<"/api/instansi/{instansiId}/pegawai/{id}">;

export type JenisJabatan = NonNullable<Pegawai["jenisJabatan"]>;

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

/** An audit log entry, as the API answers it (generated contract). */
export type EntriAudit = Jawaban<"/api/instansi/{instansiId}/audit">["items"][number];

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
