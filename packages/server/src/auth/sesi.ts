import { createHash, randomBytes } from "node:crypto";
import { type Expression, sql } from "kysely";
import { KEAMANAN } from "../config.ts";
import type { Db } from "../db/factory.ts";

export interface PeranDiInstansi {
  instansiId: string;
  instansiKode: string;
  instansiNama: string;
  instansiNasional: boolean;
  peran: string;
}

export interface SesiAktif {
  sesiId: string;
  csrfToken: string;
  pengguna: {
    id: string;
    username: string;
    nama: string;
    bahasa: "id" | "en";
    totpAktif: boolean;
    harusGantiPassword: boolean;
    /** The agency in which this account is an employee (pegawai record), or null (e.g. an admin account). */
    pegawaiInstansiId: string | null;
  };
  peran: PeranDiInstansi[];
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
const acak = () => randomBytes(32).toString("base64url");

/** Creates a session; returns the token for the cookie (only its hash is stored). */
export async function buatSesi(
  db: Db,
  penggunaId: string,
  asal: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = acak();
  const csrfToken = acak();
  await db
    .insertInto("sesi")
    .values({
      token_hash: hashToken(token),
      pengguna_id: penggunaId,
      csrf_token: csrfToken,
      kedaluwarsa: new Date(Date.now() + KEAMANAN.sesiMaksJam * 3600_000),
      ip: asal.ip,
      user_agent: asal.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken };
}

/** A user's roles with their instansi, ordered by instansi code then role: one subquery, as JSON. */
function peranJson(penggunaId: Expression<string>) {
  return sql<PeranDiInstansi[]>`coalesce((
    select json_agg(json_build_object(
      'instansiId', i.id, 'instansiKode', i.kode, 'instansiNama', i.nama,
      'instansiNasional', i.nasional, 'peran', pp.peran) order by i.kode, pp.peran)
    from peran_pengguna pp join instansi i on i.id = pp.instansi_id
    where pp.pengguna_id = ${penggunaId}), '[]'::json)`;
}

/**
 * The live session for a cookie token, or null when unknown, expired (absolute
 * limit or idle timeout) or its user is deactivated. Slides the idle timer.
 */
export async function bacaSesi(db: Db, token: string): Promise<SesiAktif | null> {
  const row = await db
    .selectFrom("sesi as s")
    .innerJoin("pengguna as p", "p.id", "s.pengguna_id")
    .select([
      "s.id as sesiId",
      "s.csrf_token",
      "s.terakhir_aktif",
      "s.kedaluwarsa",
      "p.id",
      "p.username",
      "p.nama",
      "p.bahasa",
      "p.totp_aktif",
      "p.harus_ganti_password",
      "p.pegawai_instansi_id",
      "p.aktif",
      // the roles come in the same round trip: every API request reads the session
      (eb) => peranJson(eb.ref("p.id")).as("peran"),
    ])
    .where("s.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleBatas = row.terakhir_aktif.getTime() + KEAMANAN.sesiIdleMenit * 60_000;
  if (!row.aktif || row.kedaluwarsa.getTime() <= now || idleBatas <= now) {
    await db.deleteFrom("sesi").where("id", "=", row.sesiId).execute();
    return null;
  }
  if (now - row.terakhir_aktif.getTime() > 60_000) {
    await db
      .updateTable("sesi")
      .set({ terakhir_aktif: new Date(now) })
      .where("id", "=", row.sesiId)
      .execute();
  }
  return {
    sesiId: row.sesiId,
    csrfToken: row.csrf_token,
    pengguna: {
      id: row.id,
      username: row.username,
      nama: row.nama,
      bahasa: row.bahasa,
      totpAktif: row.totp_aktif,
      harusGantiPassword: row.harus_ganti_password,
      pegawaiInstansiId: row.pegawai_instansi_id,
    },
    peran: row.peran,
  };
}

export async function hapusSesi(db: Db, sesiId: string): Promise<void> {
  await db.deleteFrom("sesi").where("id", "=", sesiId).execute();
}

/** Ends every session of a user except, optionally, one (after a password change or reset). */
export async function hapusSesiLain(db: Db, penggunaId: string, kecuali?: string): Promise<void> {
  let q = db.deleteFrom("sesi").where("pengguna_id", "=", penggunaId);
  if (kecuali) q = q.where("id", "<>", kecuali);
  await q.execute();
}
