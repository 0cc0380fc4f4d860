/** Reads of where roles come from and their history (fitur/peran-sk). */
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import type { LangkahSk } from "../../db/schema-peran.ts";
import { isoWaktu } from "../../umum/tanggal.ts";

/** The origins of the roles of the agency's users (all, or one user), role by role. */
export async function asalPeran(db: Db, instansiId: string, penggunaId?: string) {
  const peran = await db
    .selectFrom("peran_pengguna as r")
    .innerJoin("pengguna as g", "g.id", "r.pengguna_id")
    .select(["r.pengguna_id", "r.peran", "r.dari_admin", "g.pegawai_id", "g.pegawai_instansi_id"])
    .where("r.instansi_id", "=", instansiId)
    .$if(penggunaId !== undefined, (q) => q.where("r.pengguna_id", "=", penggunaId as string))
    .orderBy("r.pengguna_id")
    .orderBy("r.peran")
    .execute();
  const sk = await db
    .selectFrom("peran_sk as k")
    .innerJoin("siklus_program as s", (j) =>
      j.onRef("s.instansi_id", "=", "k.instansi_id").onRef("s.id", "=", "k.siklus_id"),
    )
    .select(["k.pegawai_id", "k.peran", "k.siklus_id", "s.nama", "k.langkah", "k.nomor_sk", "k.tanggal_sk"])
    .where("k.instansi_id", "=", instansiId)
    .orderBy("k.dicatat")
    .execute();
  return peran.map((r) => ({
    penggunaId: r.pengguna_id,
    peran: r.peran,
    dariAdmin: r.dari_admin,
    sk: sk
      .filter(
        (k) => r.pegawai_instansi_id === instansiId && k.pegawai_id === r.pegawai_id && k.peran === r.peran,
      )
      .map((k) => ({
        siklusId: k.siklus_id,
        siklusNama: k.nama,
        langkah: k.langkah as LangkahSk,
        nomorSk: k.nomor_sk,
        tanggalSk: k.tanggal_sk,
      })),
  }));
}

/** A user's role history in the agency, newest first (one page). */
export function kueriRiwayat(db: Db, instansiId: string, penggunaId: string) {
  return db
    .selectFrom("riwayat_peran as h")
    .leftJoin("siklus_program as s", (j) =>
      j.onRef("s.instansi_id", "=", "h.instansi_id").onRef("s.id", "=", "h.siklus_id"),
    )
    .leftJoin("pengguna as o", "o.id", "h.oleh")
    .select([
      "h.id",
      "h.peran",
      "h.aksi",
      "h.sumber",
      "h.alasan",
      "h.siklus_id",
      "s.nama as siklus_nama",
      "h.langkah",
      "h.nomor_sk",
      "o.nama as oleh_nama",
      "h.waktu",
    ])
    .where("h.instansi_id", "=", instansiId)
    .where((eb) =>
      eb.or([
        eb("h.pengguna_id", "=", penggunaId),
        eb(
          "h.pegawai_id",
          "=",
          eb
            .selectFrom("pengguna")
            .select("pegawai_id")
            .where("id", "=", penggunaId)
            .where("pegawai_instansi_id", "=", instansiId),
        ),
      ]),
    )
    .orderBy("h.waktu", "desc")
    .orderBy(sql`h.id`);
}

export type BarisRiwayat = Awaited<ReturnType<ReturnType<typeof kueriRiwayat>["execute"]>>[number];

export const riwayatApi = (r: BarisRiwayat) => ({
  id: r.id,
  peran: r.peran,
  aksi: r.aksi,
  sumber: r.sumber,
  alasan: r.alasan,
  siklusId: r.siklus_id,
  siklusNama: r.siklus_nama,
  langkah: r.langkah,
  nomorSk: r.nomor_sk,
  olehNama: r.oleh_nama,
  waktu: isoWaktu(r.waktu),
});
