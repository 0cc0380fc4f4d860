/** Reads of the users holding roles in an instansi, and of the employee an account links to. */
import type { Peran } from "@nurani/domain";
import { sql } from "kysely";
import { sedangDitundaSql } from "../../auth/batas-login.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import type { KonteksRute } from "../../http/route.ts";
import { galat } from "./layanan.ts";

type Trx = KonteksRute<unknown, unknown, unknown>["db"];

export async function daftarPengguna(db: Trx, instansiId: string, id?: string) {
  let q = db
    .selectFrom("pengguna as g")
    .innerJoin("peran_pengguna as r", "r.pengguna_id", "g.id")
    .where("r.instansi_id", "=", instansiId)
    .select([
      "g.id",
      "g.username",
      "g.nama",
      "g.pegawai_id",
      "g.aktif",
      "g.totp_aktif",
      "g.harus_ganti_password",
      sedangDitundaSql(sql.ref("g.username")).as("terkunci"),
      sql<Peran[]>`array_agg(r.peran order by r.peran)`.as("peran"),
    ])
    .groupBy("g.id")
    .orderBy("g.username");
  if (id) q = q.where("g.id", "=", id);
  return (await q.execute()).map((g) => ({
    id: g.id,
    username: g.username,
    nama: g.nama,
    pegawaiId: g.pegawai_id,
    peran: g.peran,
    aktif: g.aktif,
    totpAktif: g.totp_aktif,
    terkunci: g.terkunci,
    harusGantiPassword: g.harus_ganti_password,
  }));
}

/** The employee to link: of this agency, without an account yet. */
export async function pegawaiTanpaAkun(db: Trx, instansiId: string, pegawaiId: string) {
  const p = await db
    .selectFrom("pegawai as p")
    .leftJoin("pengguna as g", (j) =>
      j.onRef("g.pegawai_instansi_id", "=", "p.instansi_id").onRef("g.pegawai_id", "=", "p.id"),
    )
    .select(["p.nip", "g.username"])
    .where("p.instansi_id", "=", instansiId)
    .where("p.id", "=", pegawaiId)
    .executeTakeFirst();
  if (!p)
    throw galat(
      400,
      "PEGAWAI_TIDAK_ADA",
      "Pegawai tidak ditemukan di instansi ini.",
      "Employee not found here.",
    );
  if (p.username)
    throw new GalatApi(409, "PEGAWAI_SUDAH_PUNYA_AKUN", {
      pesan: {
        id: `Pegawai ini sudah memiliki akun ({username}). Satu pegawai hanya boleh memiliki satu akun; bila pemiliknya lupa kata sandi, gunakan "Reset kata sandi".`,
        en: `This employee already has an account ({username}). One account per employee; if its owner forgot the password, use "Reset password".`,
      },
      param: { username: p.username },
      details: { username: p.username },
    });
  return p;
}

export async function penggunaDiSini(db: Trx, instansiId: string, id: string) {
  const [p] = await daftarPengguna(db, instansiId, id);
  if (!p) throw tidakDitemukan();
  return p;
}
