/** Audit log queries for an instansi: filters shared by the browse and export routes. */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { teksOpsional } from "../halaman.ts";

const waktuOpsional = z
  .union([z.iso.datetime({ offset: true }), z.iso.date(), z.literal("")])
  .optional()
  .transform((v) => (v ? new Date(v) : undefined));

export const saringAudit = {
  /** Username (exact, case-insensitive) or user id. */
  aktor: teksOpsional(100),
  /** Action, or an action prefix ending with "." (e.g. `pegawai.`). */
  aksi: teksOpsional(100),
  dari: waktuOpsional,
  sampai: waktuOpsional,
};

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
