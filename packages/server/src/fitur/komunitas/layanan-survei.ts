/**
 * Public feedback on service integrity (PermenPANRB 60/2020 Tabel 2 I.4
 * monitoring and evaluation; docs/komunitas.md "Public survey: abuse protection"): a short anonymous
 * survey per agency, open without login at `/survei/<agency code>`.
 *
 * The public routes are not agency-scoped (no RLS fence, no session): every
 * query here names the agency by its code itself. Abuse protection: length
 * limits (schemas), a proof-of-work challenge signed by the server and usable
 * once (bukti-kerja.ts, replay refused through `survei_tantangan_terpakai`),
 * and at most `BATAS_PER_JAM` submissions per client address per hour,
 * counted under an HMAC of the address — no address is stored in clear,
 * and the audit entry of the submission carries none either.
 */
import { createHmac, randomBytes } from "node:crypto";
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { tidakDitemukan } from "../../http/errors.ts";

export type Trx = Transaction<Database>;

/** Submissions per client address per hour (all agencies together). */
export const BATAS_PER_JAM = 10;

/** The five statements, answered 1 (strongly disagree) … 5 (strongly agree). */
export const PERTANYAAN_SURVEI = [
  {
    kode: "p1",
    id: "Petugas tidak meminta atau menerima imbalan di luar ketentuan.",
    en: "Staff did not ask for or accept payments beyond the official fees.",
  },
  {
    kode: "p2",
    id: "Persyaratan, biaya, dan waktu layanan jelas dan diumumkan.",
    en: "Requirements, fees and service times were clear and published.",
  },
  {
    kode: "p3",
    id: "Saya dilayani secara adil, tanpa diskriminasi atau perlakuan istimewa.",
    en: "I was treated fairly, without discrimination or favouritism.",
  },
  {
    kode: "p4",
    id: "Layanan selesai sesuai waktu yang dijanjikan.",
    en: "The service was completed in the promised time.",
  },
  {
    kode: "p5",
    id: "Saya tahu cara melaporkan pelanggaran integritas di instansi ini.",
    en: "I know how to report an integrity violation at this agency.",
  },
] as const;

export const KODE_INSTANSI = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/);

/** The server secret for challenge signatures and address hashes (created on first use, shared by all processes). */
export async function rahasiaKomunitas(db: Trx): Promise<string> {
  await db
    .insertInto("kunci_komunitas")
    .values({ nama: "survei", nilai: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("nama").doNothing())
    .execute();
  const r = await db
    .selectFrom("kunci_komunitas")
    .select("nilai")
    .where("nama", "=", "survei")
    .executeTakeFirstOrThrow();
  return r.nilai;
}

export async function instansiPublik(db: Trx, kode: string) {
  const i = await db
    .selectFrom("instansi")
    .select(["id", "kode", "nama"])
    .where("kode", "=", kode)
    .where("nasional", "=", false)
    .executeTakeFirst();
  if (!i) throw tidakDitemukan();
  return i;
}

/** Counts one submission for the address; refuses (429, counted and committed) beyond the hourly limit. */
export async function hitungAlamat(db: Trx, rahasia: string, alamat: string, sekarang: Date) {
  const jam = Math.floor(sekarang.getTime() / 3_600_000);
  const kunci = createHmac("sha256", rahasia).update(`batas|${alamat}|${jam}`).digest("base64url");
  await db.deleteFrom("survei_batas").where("kedaluwarsa", "<", sekarang).execute();
  const r = await db
    .insertInto("survei_batas")
    .values({ kunci, jumlah: 1, kedaluwarsa: new Date((jam + 1) * 3_600_000) })
    .onConflict((oc) => oc.column("kunci").doUpdateSet({ jumlah: sql<number>`survei_batas.jumlah + 1` }))
    .returning("jumlah")
    .executeTakeFirstOrThrow();
  return r.jumlah;
}

export const SkemaTantangan = z.object({
  tantangan: z.string(),
  kesulitan: z.number(),
  kedaluwarsa: z.string(),
});
