/**
 * Shared pieces of the komunitas feature (docs/komunitas.md: people-centred
 * activities, campaign, forum, monitoring and evaluation): who the caller is
 * as an employee, the feature's messages, and small zod helpers.
 */
import type { Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import type { Teks } from "../../http/pesan.ts";

/** The feature's error messages (Bahasa Indonesia first). */
export const PESAN_KOMUNITAS = {
  BUKAN_PEGAWAI: {
    id: "Akun Anda belum terhubung dengan data pegawai di instansi ini, sehingga fitur ini tidak dapat digunakan.",
    en: "Your account is not linked to an employee record in this agency, so this feature is unavailable.",
  },
  PEGAWAI_TIDAK_DIKENAL: {
    id: "Pegawai tidak ada atau tidak aktif di instansi ini.",
    en: "The employee does not exist or is inactive in this agency.",
  },
  DIRI_SENDIRI: {
    id: "Pendamping dan pegawai yang didampingi harus orang yang berbeda.",
    en: "The mentor and the employee must be different people.",
  },
  BUKAN_PENDAMPING: {
    id: "Catatan evaluasi diri hanya dapat dibagikan kepada pendamping Anda (orang yang pernah mencatat sesi pendampingan dengan Anda).",
    en: "A self-evaluation entry can only be shared with your mentor (someone who has recorded a mentoring session with you).",
  },
  SUBDIMENSI_TIDAK_DIKENAL: {
    id: "Kode sub-dimensi tidak dikenal.",
    en: "Unknown sub-dimension code.",
  },
  UNIT_TIDAK_DIKENAL: {
    id: "Unit kerja tidak ada atau sudah ditutup.",
    en: "The unit does not exist or is closed.",
  },
  UTAS_TERKUNCI: {
    id: "Utas ini dikunci oleh moderator; balasan baru tidak diterima.",
    en: "This thread is locked by a moderator; no new replies are accepted.",
  },
  BERKAS_TERLALU_BESAR: {
    id: "Berkas terlalu besar (maksimum {maks}).",
    en: "The file is too large (maximum {maks}).",
  },
  BERKAS_DITOLAK: {
    id: "Jenis berkas tidak diterima atau isinya tidak sesuai dengan ekstensinya. Yang diterima: PDF, PNG, JPEG, TXT.",
    en: "File type not accepted, or its content does not match its extension. Accepted: PDF, PNG, JPEG, TXT.",
  },
  BERKAS_KOSONG: { id: "Tidak ada berkas.", en: "No file." },
  TIPE_KONTEN: {
    id: "Kirim berkas sebagai multipart/form-data dengan nama bidang `file`.",
    en: "Send the file as multipart/form-data in a field named `file`.",
  },
  TANTANGAN_TIDAK_SAH: {
    id: "Tantangan keamanan tidak sah atau sudah kedaluwarsa. Muat ulang halaman dan coba lagi.",
    en: "The security challenge is invalid or has expired. Reload the page and try again.",
  },
  TANTANGAN_TERPAKAI: {
    id: "Tantangan keamanan ini sudah dipakai. Muat ulang halaman untuk mengisi lagi.",
    en: "This security challenge has already been used. Reload the page to respond again.",
  },
  TERLALU_BANYAK: {
    id: "Terlalu banyak kiriman dari alamat ini. Coba lagi nanti.",
    en: "Too many submissions from this address. Try again later.",
  },
  SAMPEL_TIDAK_SAH: {
    id: "Sampel tidak dapat diambil: {alasan}",
    en: "The sample cannot be drawn: {alasan}",
  },
} as const satisfies Record<string, Teks>;

export type KodeKomunitas = keyof typeof PESAN_KOMUNITAS;

/** An API error with the feature's message for `kode`. */
export function galat(
  status: number,
  kode: KodeKomunitas,
  param?: Record<string, string | number>,
): GalatApi {
  return new GalatApi(status, kode, { pesan: PESAN_KOMUNITAS[kode], param });
}

type Trx = Transaction<Database>;

/** The caller's employee id in this agency (`pengguna.pegawai_id`), or null when the account is not linked. */
export async function pegawaiSaya(db: Trx, instansiId: string, penggunaId: string): Promise<string | null> {
  const r = await db
    .selectFrom("pengguna")
    .select("pegawai_id")
    .where("id", "=", penggunaId)
    .where("pegawai_instansi_id", "=", instansiId)
    .executeTakeFirst();
  return r?.pegawai_id ?? null;
}

/** Like `pegawaiSaya`, but refuses (403) an account without an employee record. */
export async function wajibPegawai(
  db: Trx,
  instansiId: string,
  sesi: { pengguna: { id: string } } | null,
): Promise<string> {
  const id = sesi ? await pegawaiSaya(db, instansiId, sesi.pengguna.id) : null;
  if (!id) throw galat(403, "BUKAN_PEGAWAI");
  return id;
}

/** The owner of each private row: a diary entry's author, a mentoring session's mentor. */
const PEMILIK = { evaluasi_diri: "pegawai_id", sesi_pendampingan: "pendamping_id" } as const;

/** Deletes the agency's row `id` of `tabel` if `saya` owns it; 404 otherwise (its existence is private too). */
export async function hapusMilik(
  db: Trx,
  tabel: keyof typeof PEMILIK,
  instansiId: string,
  id: string,
  saya: string,
): Promise<void> {
  const r = await db
    .deleteFrom(tabel)
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .where(PEMILIK[tabel], "=", saya)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw tidakDitemukan();
}

/** Refuses (400) an employee id that is not an active employee of the agency. */
export async function wajibPegawaiAktif(db: Trx, instansiId: string, pegawaiId: string): Promise<void> {
  const p = await db
    .selectFrom("pegawai")
    .select("aktif")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", pegawaiId)
    .executeTakeFirst();
  if (!p?.aktif) throw galat(400, "PEGAWAI_TIDAK_DIKENAL");
}

/** `YYYY-MM-DD`, a real calendar date. */
export const skemaTanggal = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "Tanggal tidak valid (YYYY-MM-DD)",
    },
  );

/** Optional free text: trimmed; empty ⇒ null. */
export const teksBebas = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => (s.trim() === "" ? null : s.trim()));

/** Required text, trimmed, 1…maks characters. */
export const teksWajib = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: "Wajib diisi" });

export const iso = (d: Date | string | null): string | null =>
  d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString();
