/** Test helpers shared by the komunitas-*.test.ts files: units, employees, users linked to them. */

import type { Peran } from "@nurani/domain";
import type { FastifyInstance } from "fastify";
import type { Db } from "../src/db/factory.ts";
import { buatPengguna, login, nipUji, type SesiUji } from "./support/index.ts";

export async function buatUnit(db: Db, instansiId: string, kode: string, indukId: string | null = null) {
  const r = await db
    .insertInto("unit_kerja")
    .values({ instansi_id: instansiId, kode, nama: `Unit ${kode}`, eselon: 2, induk_id: indukId })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function buatPegawai(db: Db, instansiId: string, unitId: string | null, nama = "Pegawai") {
  const r = await db
    .insertInto("pegawai")
    .values({
      instansi_id: instansiId,
      nip: nipUji(),
      nama,
      unit_id: unitId,
      jenis_kelamin: "L",
      tanggal_lahir: "1985-03-12",
      tmt_cpns: "2010-01-01",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

export interface OrangUji {
  penggunaId: string;
  username: string;
  pegawaiId: string | null;
  sesi: SesiUji;
}

/** A user with roles in the agency, optionally linked to an employee record, logged in. */
export async function buatOrang(
  app: FastifyInstance,
  db: Db,
  instansiId: string,
  peran: Peran[],
  pegawaiId: string | null = null,
): Promise<OrangUji> {
  const u = await buatPengguna(
    db,
    peran.map((p) => ({ instansiId, peran: p })),
  );
  if (pegawaiId) {
    await db
      .updateTable("pengguna")
      .set({ pegawai_instansi_id: instansiId, pegawai_id: pegawaiId })
      .where("id", "=", u.id)
      .execute();
  }
  return {
    penggunaId: u.id,
    username: u.username,
    pegawaiId,
    sesi: await login(app, u.username, u.password),
  };
}
