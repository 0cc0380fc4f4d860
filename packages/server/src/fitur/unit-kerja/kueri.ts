/** Queries of an instansi's unit tree (the tree walks are recursive CTEs, always within one instansi). */
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import { tidakDitemukan } from "../../http/errors.ts";

export type TrxDb = Kysely<Database>;

/** True when `calonInduk` lies in the subtree of `unitId` (moving there would make a cycle). */
export async function indukMelingkar(
  db: TrxDb,
  instansiId: string,
  unitId: string,
  calonInduk: string,
): Promise<boolean> {
  const r = await sql<{ ada: boolean }>`
    with recursive leluhur(id, induk_id) as (
      select id, induk_id from unit_kerja where instansi_id = ${instansiId} and id = ${calonInduk}
      union
      select u.id, u.induk_id from unit_kerja u join leluhur l on u.id = l.induk_id
      where u.instansi_id = ${instansiId}
    )
    select exists (select 1 from leluhur where id = ${unitId}) as ada`.execute(db);
  return r.rows[0]?.ada === true;
}

/** Ids of a unit and all its descendants. */
export function subPohon(instansiId: string, unitId: string) {
  return sql<{ id: string }>`(
    with recursive turunan(id) as (
      select id from unit_kerja where instansi_id = ${instansiId} and id = ${unitId}
      union
      select u.id from unit_kerja u join turunan t on u.induk_id = t.id where u.instansi_id = ${instansiId}
    )
    select id from turunan)`;
}

export async function ringkasanIsiUnit(db: TrxDb, instansiId: string, unitId: string) {
  const r = await sql<{ pegawai_aktif: number; sub_unit_aktif: number }>`
    select
      (select count(*)::int from pegawai where instansi_id = ${instansiId} and unit_id = ${unitId} and aktif) as pegawai_aktif,
      (select count(*)::int from unit_kerja where instansi_id = ${instansiId} and induk_id = ${unitId} and aktif) as sub_unit_aktif
  `.execute(db);
  const x = r.rows[0];
  return { pegawaiAktif: x.pegawai_aktif, subUnitAktif: x.sub_unit_aktif };
}

export const kolomUnit = ["id", "kode", "nama", "eselon", "induk_id", "aktif"] as const;

/** A row of `kolomUnit` in the API's shape (`SkemaUnit`). */
export const unitApi = (u: {
  id: string;
  kode: string;
  nama: string;
  eselon: number | null;
  induk_id: string | null;
  aktif: boolean;
}) => ({
  id: u.id,
  kode: u.kode,
  nama: u.nama,
  eselon: u.eselon,
  indukId: u.induk_id,
  aktif: u.aktif,
});

export async function unitAtau404(db: TrxDb, instansiId: string, id: string) {
  const u = await db
    .selectFrom("unit_kerja")
    .select(kolomUnit)
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!u) throw tidakDitemukan();
  return u;
}
