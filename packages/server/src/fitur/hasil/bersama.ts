/** Pieces the results routes share (routes.ts, rinci.ts, rilis.ts): roles, campaign and count lookups. */

import { peranBaca } from "@nurani/domain";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { KonteksRute } from "../../http/route.ts";
import { kMinimum } from "../../umum/k-minimum.ts";
import { galat } from "./pesan.ts";

/**
 * Who sees the map and the index of their agency (plus evaluator_nasional via bolehEvaluatorNasional):
 * the `rekap` rule of ATURAN_BACA_HASIL (@nurani/domain), which the consent text is written from.
 */
export const PERAN_PETA = peranBaca("rekap");
/** Who runs scoring, reviews flagged patterns, releases and sets cuts. */
export const PERAN_KELOLA = ["tim_supervisi", "admin_instansi"] as const;
/** Who may see named individuals (the `bernama` rules: tim_supervisi the whole agency, pimpinan their unit). */
export const PERAN_RINCI = peranBaca("bernama");
/** Who reads the queue of flagged answer patterns with names (the `tinjauan` rule). */
export const PERAN_TINJAUAN = peranBaca("tinjauan");

export type Ctx = KonteksRute<{ instansiId: string }, unknown, unknown>;
export type Db = Kysely<Database>;

/** The campaign columns the results pages read (one campaign, or the agency's list). */
export const KOLOM_KAMPANYE = [
  "id",
  "nama",
  "tujuan",
  "formulir_id",
  "dibuka",
  "ditutup",
  "status",
  "hasil_dirilis",
  "uji_coba",
] as const;

export async function kampanye(db: Db, instansiId: string, id: string) {
  const k = await db
    .selectFrom("kampanye_asesmen")
    .select(KOLOM_KAMPANYE)
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!k) throw galat(404, "KAMPANYE_TIDAK_ADA");
  return k;
}

export { kMinimum };

/** A campaign's scores by review state, and the parameter versions they were scored with. */
export async function jumlahSkor(db: Db, instansiId: string, kampanyeId: string) {
  const r = await db
    .selectFrom("skor_asesmen")
    .select((eb) => [
      eb.fn.countAll<number>().as("dinilai"),
      eb.fn.count<number>("peserta_id").filterWhere("tinjauan", "=", "menunggu").as("menunggu"),
      eb.fn.count<number>("peserta_id").filterWhere("tinjauan", "=", "dikecualikan").as("dikecualikan"),
      eb.fn.count<number>("peserta_id").filterWhere("tinjauan", "=", "diterima").as("diterima"),
      eb.fn.max("parameter_versi").as("versiMaks"),
      eb.fn.min("parameter_versi").as("versiMin"),
    ])
    .where("instansi_id", "=", instansiId)
    .where("kampanye_id", "=", kampanyeId)
    .executeTakeFirstOrThrow();
  return {
    dinilai: Number(r.dinilai),
    menunggu: Number(r.menunggu),
    dikecualikan: Number(r.dikecualikan),
    diterima: Number(r.diterima),
    versiParameter: r.versiMaks === null ? [] : [...new Set([r.versiMin as string, r.versiMaks as string])],
  };
}

/** The pegawai record the logged-in user is, in this agency. */
export async function pegawaiSaya(ctx: Ctx): Promise<{ id: string; unitId: string | null }> {
  const r = await ctx.db
    .selectFrom("pengguna as u")
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "u.pegawai_instansi_id").onRef("p.id", "=", "u.pegawai_id"),
    )
    .select(["p.id", "p.unit_id"])
    .where("u.id", "=", ctx.sesi?.pengguna.id ?? "")
    .where("u.pegawai_instansi_id", "=", ctx.params.instansiId)
    .executeTakeFirst();
  if (!r) throw galat(403, "BUKAN_PEGAWAI");
  return { id: r.id, unitId: r.unit_id };
}
