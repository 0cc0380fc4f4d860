import type { JenisInstansi } from "@nurani/domain";
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { TabelAgen } from "./schema-agen.ts";
import type { TabelAkun } from "./schema-akun.ts";
import type { TabelAsesmen } from "./schema-asesmen.ts";
import type { TabelBankButir } from "./schema-bank-butir.ts";
import type { TabelDataSaya } from "./schema-data-saya.ts";
import type { TabelEtik } from "./schema-etik.ts";
import type { TabelEvaluasi } from "./schema-evaluasi.ts";
import type { TabelHasil } from "./schema-hasil.ts";
import type { TabelImpor } from "./schema-impor.ts";
import type { TabelIntegritas } from "./schema-integritas.ts";
import type { TabelKalender } from "./schema-kalender.ts";
import type { TabelKomunitas } from "./schema-komunitas.ts";
import type { TabelNasional } from "./schema-nasional.ts";
import type { TabelNontes } from "./schema-nontes.ts";
import type { TabelPengingat } from "./schema-pengingat.ts";
import type { TabelPeran } from "./schema-peran.ts";
import type { TabelProgram } from "./schema-program.ts";
import type { TabelRencana } from "./schema-rencana.ts";
import type { TabelSinergi } from "./schema-sinergi.ts";

/** Kysely table types of the core schema (migrations/0001_inti.ts). Features extend `Database`. */
type Dibuat = ColumnType<Date, Date | string | undefined, never>;
type Waktu = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as `YYYY-MM-DD` strings (see factory.ts). */
type Tanggal = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface InstansiTable {
  id: Generated<string>;
  kode: string;
  nama: string;
  jenis: JenisInstansi;
  zona_waktu: ColumnType<string, string | undefined, string>;
  nasional: ColumnType<boolean, boolean | undefined, boolean>;
  /** Kemendagri province code (the parent province for kabupaten/kota); null for central agencies (0060). */
  provinsi: ColumnType<string | null, string | null | undefined, string | null>;
  kode_wilayah: ColumnType<string | null, string | null | undefined, string | null>;
  aktif: ColumnType<boolean, boolean | undefined, boolean>;
  diubah: ColumnType<Date, Date | string | undefined, Date | string>;
  dibuat: Dibuat;
}

export interface UnitKerjaTable {
  instansi_id: string;
  id: Generated<string>;
  kode: string;
  nama: string;
  eselon: number | null;
  induk_id: string | null;
  aktif: ColumnType<boolean, boolean | undefined, boolean>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface PegawaiTable {
  instansi_id: string;
  id: Generated<string>;
  nip: string;
  nama: string;
  unit_id: string | null;
  jabatan: string | null;
  jenis_jabatan: "struktural" | "fungsional" | "pelaksana" | null;
  golongan: string | null;
  email: string | null;
  telepon: string | null;
  jenis_kelamin: "L" | "P";
  tanggal_lahir: Tanggal;
  tmt_cpns: Tanggal;
  aktif: ColumnType<boolean, boolean | undefined, boolean>;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface PenggunaTable {
  id: Generated<string>;
  username: string;
  nama: string;
  bahasa: ColumnType<"id" | "en", "id" | "en" | undefined, "id" | "en">;
  password_hash: string | null;
  harus_ganti_password: ColumnType<boolean, boolean | undefined, boolean>;
  totp_rahasia: string | null;
  totp_aktif: ColumnType<boolean, boolean | undefined, boolean>;
  totp_rahasia_baru: string | null;
  /** Last accepted TOTP time step (migration 0004): a code is accepted once. */
  totp_langkah: ColumnType<number | null, number | null | undefined, number | null>;
  pegawai_instansi_id: string | null;
  pegawai_id: string | null;
  oidc_subject: string | null;
  aktif: ColumnType<boolean, boolean | undefined, boolean>;
  login_terakhir: Date | null;
  dibuat: Dibuat;
  diubah: Waktu;
}

export interface PeranPenggunaTable {
  instansi_id: string;
  pengguna_id: string;
  peran: string;
  /** Granted by the agency admin (else held only by a decree: migration 0032). */
  dari_admin: ColumnType<boolean, boolean | undefined, boolean>;
  dibuat: Dibuat;
}

export interface SesiTable {
  id: Generated<string>;
  token_hash: string;
  pengguna_id: string;
  csrf_token: string;
  dibuat: Dibuat;
  terakhir_aktif: Waktu;
  kedaluwarsa: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface OidcPermintaanTable {
  state: string;
  code_verifier: string;
  nonce: string;
  dibuat: Dibuat;
}

export interface AuditLogTable {
  id: ColumnType<number, never, never>;
  waktu: Dibuat;
  instansi_id: string | null;
  pengguna_id: string | null;
  aksi: string;
  objek_jenis: string | null;
  objek_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  rincian: Json;
}

export type StatusJob = "antre" | "berjalan" | "selesai" | "gagal" | "dibatalkan";

export interface JobTable {
  id: Generated<string>;
  instansi_id: string | null;
  jenis: string;
  status: ColumnType<StatusJob, StatusJob | undefined, StatusJob>;
  muatan: Json;
  hasil: ColumnType<unknown, string | null | undefined, string | null>;
  galat: string | null;
  progres_selesai: ColumnType<number, number | undefined, number>;
  progres_total: number | null;
  percobaan: ColumnType<number, number | undefined, number>;
  pekerja: string | null;
  dibuat: Dibuat;
  mulai: Date | null;
  selesai: Date | null;
  /** Last progress report (migration 0003): a running job silent for long is presumed dead. */
  diperbarui: Date | null;
  /** The worker's lease (migration 0006): past it, any live worker may take the job again. */
  sewa_sampai: Date | null;
  /** The checkpoint its handler committed after its last batch (migration 0006): a retaken job resumes there. */
  titik: ColumnType<unknown, string | null | undefined, string | null>;
}

/** Writes per instansi (migration 0006): kept derived data older than the count is stale in every process. */
export interface VersiSimpananTable {
  instansi_id: string;
  versi: ColumnType<string, string | number | undefined, string | number>;
}

/** Failed token lookups per hashed address, shared by all processes (migration 0006). */
export interface BatasTebakTable {
  kunci: string;
  gagal: number;
  berakhir: Date;
}

/** Server-wide secrets created on first use (migration 0006). */
export interface KunciServerTable {
  nama: string;
  nilai: string;
}

/** Every table: the core ones here, each feature's in its own `schema-<feature>.ts`. */
export interface Database
  extends TabelAgen,
    TabelAkun,
    TabelAsesmen,
    TabelBankButir,
    TabelEtik,
    TabelDataSaya,
    TabelEvaluasi,
    TabelHasil,
    TabelIntegritas,
    TabelImpor,
    TabelKalender,
    TabelKomunitas,
    TabelNasional,
    TabelNontes,
    TabelPengingat,
    TabelPeran,
    TabelProgram,
    TabelRencana,
    TabelSinergi {
  instansi: InstansiTable;
  unit_kerja: UnitKerjaTable;
  pegawai: PegawaiTable;
  pengguna: PenggunaTable;
  peran_pengguna: PeranPenggunaTable;
  sesi: SesiTable;
  oidc_permintaan: OidcPermintaanTable;
  audit_log: AuditLogTable;
  job: JobTable;
  versi_simpanan: VersiSimpananTable;
  batas_tebak: BatasTebakTable;
  kunci_server: KunciServerTable;
}

export type Instansi = Selectable<InstansiTable>;
export type UnitKerja = Selectable<UnitKerjaTable>;
export type Pegawai = Selectable<PegawaiTable>;
export type PegawaiBaru = Insertable<PegawaiTable>;
export type Pengguna = Selectable<PenggunaTable>;
export type PenggunaUbah = Updateable<PenggunaTable>;
export type Job = Selectable<JobTable>;
