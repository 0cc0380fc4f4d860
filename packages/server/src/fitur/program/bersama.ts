/** Shared pieces of the programme routes: roles, schemas, small lookups. */
import type { Peran } from "@nurani/domain";
import { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi } from "../../http/errors.ts";

export const DASAR = "/api/instansi/:instansiId/program";

/** Who reads the programme (status, outputs, calendar, report). `pegawai` only lists cycles and signs. */
export const PERAN_BACA = [
  "admin_instansi",
  "ppk",
  "tim_supervisi",
  "pimpinan",
  "agen_perubahan",
  "apip",
] as const;
/** Who plans and records (Tabel 3: the supervision team; PPK owns the programme, Pasal 5). */
export const PERAN_CATAT = ["tim_supervisi", "ppk"] as const;
/** Who creates and configures cycles. */
export const PERAN_KELOLA = ["tim_supervisi", "ppk", "admin_instansi"] as const;

export const paramSiklus = z.strictObject({ id: z.uuid() });

/** A calendar date as sent; the domain checks that it is a real date. */
export const skemaTanggal = z.string().max(10);

/** Any JSON object answer (the shapes are the domain's types; documented in docs/program.md). */
export const Bebas = z.record(z.string(), z.unknown());

export function punyaPeran(peran: readonly Peran[], boleh: readonly Peran[]): boolean {
  return peran.some((p) => boleh.includes(p));
}

/** The employee record a user is linked to in this agency (`pengguna.pegawai_id`), or null. */
export async function pegawaiPengguna(
  db: Db,
  penggunaId: string,
  instansiId: string,
): Promise<string | null> {
  const r = await db
    .selectFrom("pengguna")
    .select(["pegawai_id", "pegawai_instansi_id"])
    .where("id", "=", penggunaId)
    .executeTakeFirst();
  return r?.pegawai_id && r.pegawai_instansi_id === instansiId ? r.pegawai_id : null;
}

/** Refuses ids that are not employees of this agency (400, naming the field). */
export async function pastikanPegawai(db: Db, instansiId: string, ids: readonly string[], bidang: string) {
  const unik = [...new Set(ids)];
  if (unik.length === 0) return;
  const ada = await db
    .selectFrom("pegawai")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("id", "in", unik)
    .execute();
  if (ada.length !== unik.length)
    throw new GalatApi(400, "PEGAWAI_TIDAK_DIKENAL", {
      pesan: {
        id: `Isian ${bidang} memuat pegawai yang tidak terdaftar di instansi ini.`,
        en: `Field ${bidang} names an employee who is not registered in this agency.`,
      },
      details: { bidang },
    });
}

/** Refuses document ids that are not files of this cycle (400). Empty strings are left to the domain. */
export async function pastikanBerkas(
  db: Db,
  instansiId: string,
  siklusId: string,
  ids: readonly string[],
  bidang: string,
) {
  const unik = [...new Set(ids.filter((x) => x !== ""))];
  if (unik.length === 0) return;
  const uuid = z.uuid();
  const sah = unik.filter((x) => uuid.safeParse(x).success);
  const ada =
    sah.length === 0
      ? []
      : await db
          .selectFrom("berkas_program")
          .select("id")
          .where("instansi_id", "=", instansiId)
          .where("siklus_id", "=", siklusId)
          .where("id", "in", sah)
          .execute();
  if (ada.length !== unik.length)
    throw new GalatApi(400, "BERKAS_TIDAK_DIKENAL", {
      pesan: {
        id: `Isian ${bidang} merujuk berkas yang belum diunggah ke siklus ini.`,
        en: `Field ${bidang} refers to a file not uploaded to this cycle.`,
      },
      details: { bidang },
    });
}
