/** Audit log queries of an instansi, for the browse and export routes. */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";

export interface SaringAudit {
  aktor?: string;
  aksi?: string;
  dari?: Date;
  sampai?: Date;
}

export function kueriAudit(db: Kysely<Database>, instansiId: string, s: SaringAudit) {
  let q = db
    .selectFrom("audit_log as a")
    .leftJoin("pengguna as g", "g.id", "a.pengguna_id")
    .where("a.instansi_id", "=", instansiId);
  if (s.aktor) {
    const aktor = s.aktor;
    q = z.uuid().safeParse(aktor).success
      ? q.where("a.pengguna_id", "=", aktor)
      : q.where("g.username", "=", aktor.toLowerCase());
  }
  if (s.aksi) {
    const aksi = s.aksi;
    q = aksi.endsWith(".")
      ? q.where("a.aksi", "like", `${aksi.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : q.where("a.aksi", "=", aksi);
  }
  if (s.dari) q = q.where("a.waktu", ">=", s.dari);
  if (s.sampai) q = q.where("a.waktu", "<=", s.sampai);
  return q;
}

export const kolomAudit = [
  "a.id",
  "a.waktu",
  "a.aksi",
  "a.objek_jenis",
  "a.objek_id",
  "a.ip",
  "a.user_agent",
  "a.rincian",
  "g.username",
  "g.nama",
] as const;

type BarisAudit = {
  id: string | number | bigint;
  waktu: Date;
  aksi: string;
  objek_jenis: string | null;
  objek_id: string | null;
  ip: string | null;
  rincian: unknown;
  username: string | null;
  nama: string | null;
};

/** A row of `kolomAudit` in the API's shape (`SkemaEntri`). */
export const entriApi = (r: BarisAudit) => ({
  id: String(r.id),
  waktu: r.waktu.toISOString(),
  aktor: r.username,
  aktorNama: r.nama,
  aksi: r.aksi,
  objek: r.objek_jenis,
  objekId: r.objek_id,
  ip: r.ip,
  rincian: r.rincian,
});
