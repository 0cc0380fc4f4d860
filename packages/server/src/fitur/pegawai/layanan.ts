/** Changes to an employee's record: edit, deactivate and reactivate (never a hard delete). */
import type { JENIS_JABATAN } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { bacaPegawai } from "./kueri.ts";
import type { PegawaiApi, SkemaUbah } from "./skema.ts";

type Db = Kysely<Database>;

export async function pegawaiAtau404(db: Db, instansiId: string, id: string): Promise<PegawaiApi> {
  const p = await bacaPegawai(db, instansiId, id);
  if (!p) throw tidakDitemukan();
  return p;
}

/** An employee moves only into an active unit of the same instansi. */
async function periksaUnitAktif(db: Db, instansiId: string, unitId: string) {
  const unit = await db
    .selectFrom("unit_kerja")
    .select("aktif")
    .where("instansi_id", "=", instansiId)
    .where("id", "=", unitId)
    .executeTakeFirst();
  if (!unit?.aktif) {
    throw new GalatApi(400, "UNIT_TIDAK_DIKENAL", {
      pesan: {
        id: "Unit kerja tidak ada atau sudah ditutup.",
        en: "The unit does not exist or is closed.",
      },
    });
  }
}

/** Writes the fields present in `b`; the record as it is afterwards. */
export async function ubahPegawai(
  db: Db,
  instansiId: string,
  id: string,
  b: z.output<typeof SkemaUbah>,
): Promise<PegawaiApi> {
  await pegawaiAtau404(db, instansiId, id);
  if (b.unitId) await periksaUnitAktif(db, instansiId, b.unitId);
  const set = {
    ...(b.nama !== undefined && { nama: b.nama }),
    ...(b.unitId !== undefined && { unit_id: b.unitId }),
    ...(b.jabatan !== undefined && { jabatan: b.jabatan }),
    ...(b.jenisJabatan !== undefined && {
      jenis_jabatan: b.jenisJabatan as (typeof JENIS_JABATAN)[number] | null,
    }),
    ...(b.golongan !== undefined && { golongan: b.golongan }),
    ...(b.email !== undefined && { email: b.email }),
    ...(b.telepon !== undefined && { telepon: b.telepon }),
  };
  if (Object.keys(set).length > 0) {
    await db
      .updateTable("pegawai")
      .set({ ...set, diubah: sql<Date>`now()` })
      .where("instansi_id", "=", instansiId)
      .where("id", "=", id)
      .execute();
  }
  return pegawaiAtau404(db, instansiId, id);
}

export async function aturAktif(db: Db, instansiId: string, id: string, aktif: boolean): Promise<PegawaiApi> {
  const r = await db
    .updateTable("pegawai")
    .set({ aktif, diubah: sql<Date>`now()` })
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .returning("aktif")
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return pegawaiAtau404(db, instansiId, id);
}
