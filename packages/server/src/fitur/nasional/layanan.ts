/**
 * The national register's operations (BAB IV: the Ministry evaluates every
 * agency, so it keeps the list of them): register, edit, deactivate (never
 * delete), and the first agency admin, who sets their own password with a
 * one-time activation code — no one else ever knows it. Used by the routes
 * and by the CLI (`nurani instansi tambah`).
 */
import { createHash, randomBytes } from "node:crypto";
import {
  type DataInstansi,
  type GalatKolomInstansi,
  pesanGalatInstansi,
  validasiInstansi,
} from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import { periksaKebijakanPassword } from "../../auth/kebijakan-password.ts";
import { hashPassword } from "../../auth/password.ts";
import type { Database } from "../../db/schema.ts";
import { GalatApi } from "../../http/errors.ts";

type Db = Kysely<Database>;

/** How long a printed activation code stays valid. */
export const MASA_AKTIVASI_HARI = 14;

export const kolomInstansi = [
  "id",
  "kode",
  "nama",
  "jenis",
  "provinsi",
  "kode_wilayah",
  "zona_waktu",
  "aktif",
  "nasional",
] as const;

export interface MasukanInstansi {
  kode?: string;
  nama?: string;
  jenis?: string;
  provinsi?: string | null;
  kodeWilayah?: string | null;
  zonaWaktu?: string | null;
}

/** The domain's record check (`validasiInstansi`), as a 400 naming each column's problem. */
export function periksaInstansi(m: MasukanInstansi): DataInstansi {
  const h = validasiInstansi({
    kode: m.kode ?? "",
    nama: m.nama ?? "",
    jenis: m.jenis ?? "",
    provinsi: m.provinsi ?? "",
    kodeWilayah: m.kodeWilayah ?? "",
    zonaWaktu: m.zonaWaktu ?? "",
  });
  if (h.ok) return h.data;
  throw galatData(h.galat);
}

function galatData(galat: GalatKolomInstansi[]): GalatApi {
  const rincian = galat.map((g) => ({
    kolom: g.kolom,
    kode: g.kode,
    pesan: pesanGalatInstansi(g.kode, "id"),
  }));
  return new GalatApi(400, "DATA_INSTANSI_TIDAK_VALID", {
    pesan: {
      id: `Data instansi tidak valid: ${galat.map((g) => `${g.kolom} — ${pesanGalatInstansi(g.kode, "id")}`).join("; ")}`,
      en: `Invalid agency record: ${galat.map((g) => `${g.kolom} — ${pesanGalatInstansi(g.kode, "en")}`).join("; ")}`,
    },
    details: rincian,
  });
}

/** Code and region code are unique in the register; one provincial government per province. */
async function periksaUnik(db: Db, d: DataInstansi, kecuali?: string): Promise<void> {
  const bentrok = await db
    .selectFrom("instansi")
    .select(["id", "kode", "kode_wilayah", "jenis", "provinsi"])
    .where((eb) =>
      eb.or([
        eb("kode", "=", d.kode),
        ...(d.kodeWilayah ? [eb("kode_wilayah", "=", d.kodeWilayah)] : []),
        ...(d.jenis === "provinsi" && d.provinsi
          ? [eb.and([eb("jenis", "=", "provinsi"), eb("provinsi", "=", d.provinsi)])]
          : []),
      ]),
    )
    .execute();
  const lain = bentrok.filter((b) => b.id !== kecuali);
  if (lain.some((b) => b.kode === d.kode))
    throw new GalatApi(409, "KODE_INSTANSI_DIPAKAI", {
      pesan: {
        id: `Kode instansi ${d.kode} sudah terdaftar.`,
        en: `Agency code ${d.kode} is already registered.`,
      },
    });
  if (d.kodeWilayah && lain.some((b) => b.kode_wilayah === d.kodeWilayah))
    throw new GalatApi(409, "KODE_WILAYAH_DIPAKAI", {
      pesan: {
        id: `Kode wilayah ${d.kodeWilayah} sudah dipakai instansi lain.`,
        en: `Region code ${d.kodeWilayah} is already used by another agency.`,
      },
    });
  if (lain.length > 0)
    throw new GalatApi(409, "PROVINSI_GANDA", {
      pesan: {
        id: `Pemerintah provinsi ${d.provinsi} sudah terdaftar.`,
        en: `The provincial government of ${d.provinsi} is already registered.`,
      },
    });
}

export async function tambahInstansi(db: Db, m: MasukanInstansi) {
  const d = periksaInstansi(m);
  await periksaUnik(db, d);
  return db
    .insertInto("instansi")
    .values({
      kode: d.kode,
      nama: d.nama,
      jenis: d.jenis,
      provinsi: d.provinsi,
      kode_wilayah: d.kodeWilayah,
      zona_waktu: d.zonaWaktu,
    })
    .returning(kolomInstansi)
    .executeTakeFirstOrThrow();
}

export async function instansiAtau404(db: Db, id: string) {
  const r = await db.selectFrom("instansi").select(kolomInstansi).where("id", "=", id).executeTakeFirst();
  if (!r) throw new GalatApi(404, "TIDAK_DITEMUKAN");
  return r;
}

/** Edits an agency: the given fields over the stored ones, checked as a whole. */
export async function ubahInstansi(db: Db, id: string, m: MasukanInstansi) {
  const lama = await instansiAtau404(db, id);
  const d = periksaInstansi({
    kode: m.kode ?? lama.kode,
    nama: m.nama ?? lama.nama,
    jenis: m.jenis ?? lama.jenis,
    provinsi: m.provinsi === undefined ? lama.provinsi : m.provinsi,
    kodeWilayah: m.kodeWilayah === undefined ? lama.kode_wilayah : m.kodeWilayah,
    zonaWaktu: m.zonaWaktu === undefined ? lama.zona_waktu : m.zonaWaktu,
  });
  if (lama.nasional && d.kode !== lama.kode)
    throw new GalatApi(409, "INSTANSI_NASIONAL_TETAP", {
      pesan: { id: "Kode KemenPANRB tidak dapat diubah.", en: "KemenPANRB's code cannot be changed." },
    });
  await periksaUnik(db, d, id);
  const r = await db
    .updateTable("instansi")
    .set({
      kode: d.kode,
      nama: d.nama,
      jenis: d.jenis,
      provinsi: d.provinsi,
      kode_wilayah: d.kodeWilayah,
      zona_waktu: d.zonaWaktu,
      diubah: new Date(),
    })
    .where("id", "=", id)
    .returning(kolomInstansi)
    .executeTakeFirstOrThrow();
  return { lama, baru: r };
}

/** Deactivates or reactivates an agency (never deleted: its records and audit trail stay). */
export async function aturAktif(db: Db, id: string, aktif: boolean) {
  const lama = await instansiAtau404(db, id);
  if (lama.nasional && !aktif)
    throw new GalatApi(409, "INSTANSI_NASIONAL_TETAP", {
      pesan: { id: "KemenPANRB tidak dapat dinonaktifkan.", en: "KemenPANRB cannot be deactivated." },
    });
  return db
    .updateTable("instansi")
    .set({ aktif, diubah: new Date() })
    .where("id", "=", id)
    .returning(kolomInstansi)
    .executeTakeFirstOrThrow();
}

/** 80 random bits as XXXX-XXXX-XXXX-XXXX in Crockford base32 (no I, L, O, U: read aloud or typed from paper). */
const ABJAD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export function buatKodeAktivasi(): string {
  const b = randomBytes(10);
  let bit = 0n;
  for (const x of b) bit = (bit << 8n) | BigInt(x);
  let s = "";
  for (let i = 0; i < 16; i++) {
    s = ABJAD[Number(bit & 31n)] + s;
    bit >>= 5n;
  }
  return s.match(/.{4}/g)?.join("-") ?? s;
}

/** The stored form of a code: it has 80 bits of entropy, so a plain SHA-256 suffices (no guessing). */
export function hashKode(kode: string): string {
  const bersih = kode.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return createHash("sha256").update(`nurani-aktivasi:${bersih}`).digest("hex");
}

/**
 * Creates the agency's first admin without a password, and a one-time code by
 * which they set it. Returns the code (shown once, never stored in clear).
 */
export async function buatAdminPertama(
  db: Db,
  instansiId: string,
  p: { username: string; nama: string },
  olehId: string | null,
) {
  const inst = await instansiAtau404(db, instansiId);
  if (!inst.aktif)
    throw new GalatApi(409, "INSTANSI_NONAKTIF", {
      pesan: { id: "Instansi ini nonaktif.", en: "This agency is deactivated." },
    });
  const username = p.username.toLowerCase();
  const ada = await db
    .selectFrom("pengguna")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirst();
  if (ada)
    throw new GalatApi(409, "USERNAME_DIPAKAI", {
      pesan: { id: `Nama pengguna ${username} sudah dipakai.`, en: `Username ${username} is already taken.` },
    });
  const { id } = await db
    .insertInto("pengguna")
    .values({ username, nama: p.nama, password_hash: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("peran_pengguna")
    .values({ instansi_id: instansiId, pengguna_id: id, peran: "admin_instansi" })
    .execute();
  const kode = buatKodeAktivasi();
  const kedaluwarsa = new Date(Date.now() + MASA_AKTIVASI_HARI * 86_400_000);
  await db
    .insertInto("aktivasi_pengguna")
    .values({
      pengguna_id: id,
      instansi_id: instansiId,
      kode_hash: hashKode(kode),
      kedaluwarsa,
      dibuat_oleh: olehId,
    })
    .execute();
  return { penggunaId: id, username, kodeAktivasi: kode, kedaluwarsa };
}

const KODE_TIDAK_BERLAKU = () =>
  new GalatApi(400, "KODE_AKTIVASI_TIDAK_BERLAKU", {
    pesan: {
      id: "Kode aktivasi tidak dikenal, sudah dipakai, atau kedaluwarsa. Mintalah kode baru kepada evaluator nasional.",
      en: "The activation code is unknown, already used or expired. Ask the national evaluator for a new one.",
    },
  });

/** Redeems a code: the admin sets their password (the password policy applies); the code is spent. */
export async function aktivasi(db: Db, kode: string, passwordBaru: string) {
  const a = await db
    .selectFrom("aktivasi_pengguna as a")
    .innerJoin("pengguna as p", "p.id", "a.pengguna_id")
    .select(["a.pengguna_id", "a.instansi_id", "a.kedaluwarsa", "a.dipakai", "p.username"])
    .where("a.kode_hash", "=", hashKode(kode))
    .executeTakeFirst();
  if (!a || a.dipakai || new Date(a.kedaluwarsa) < new Date()) throw KODE_TIDAK_BERLAKU();
  periksaKebijakanPassword(passwordBaru, { username: a.username });
  await db
    .updateTable("pengguna")
    .set({ password_hash: await hashPassword(passwordBaru), harus_ganti_password: false, diubah: sql`now()` })
    .where("id", "=", a.pengguna_id)
    .execute();
  await db
    .updateTable("aktivasi_pengguna")
    .set({ dipakai: new Date() })
    .where("pengguna_id", "=", a.pengguna_id)
    .execute();
  return a;
}

/** Reads an activation code's username without spending it (the activation page shows whose account it is). */
export async function bacaAktivasi(db: Db, kode: string) {
  const a = await db
    .selectFrom("aktivasi_pengguna as a")
    .innerJoin("pengguna as p", "p.id", "a.pengguna_id")
    .innerJoin("instansi as i", "i.id", "a.instansi_id")
    .select(["p.username", "i.nama as instansi", "a.kedaluwarsa", "a.dipakai"])
    .where("a.kode_hash", "=", hashKode(kode))
    .executeTakeFirst();
  if (!a || a.dipakai || new Date(a.kedaluwarsa) < new Date()) throw KODE_TIDAK_BERLAKU();
  return a;
}
