/**
 * Unit tree of an instansi (docs/api.md "Agencies, units, employees"): list,
 * create, rename, move (never into its own subtree), close (refused while
 * it still has active employees or active sub-units). Units are never deleted.
 */
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { defineRoute } from "../../http/route.ts";
import { indukMelingkar, ringkasanIsiUnit, type TrxDb } from "./pohon.ts";

const SkemaUnit = z.object({
  id: z.uuid(),
  kode: z.string(),
  nama: z.string(),
  eselon: z.number().nullable(),
  indukId: z.uuid().nullable(),
  aktif: z.boolean(),
});

const kolomUnit = ["id", "kode", "nama", "eselon", "induk_id", "aktif"] as const;
const keApi = (u: {
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

const skemaKode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .transform((s) => s.toUpperCase());
const skemaNama = z.string().trim().min(1).max(200);
const skemaEselon = z.number().int().min(1).max(4).nullable();

const galat = (status: number, code: string, id: string, en: string, details?: unknown) =>
  new GalatApi(status, code, { pesan: { id, en }, details });

async function unitAtau404(db: TrxDb, instansiId: string, id: string) {
  const u = await db
    .selectFrom("unit_kerja")
    .select(kolomUnit)
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!u) throw tidakDitemukan();
  return u;
}

/** A parent must be an active unit of the same instansi, of a higher eselon (smaller number) when both have one. */
async function periksaInduk(db: TrxDb, instansiId: string, indukId: string, eselon: number | null) {
  const induk = await db
    .selectFrom("unit_kerja")
    .select(["id", "aktif", "eselon"])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", indukId)
    .executeTakeFirst();
  if (!induk) throw galat(400, "INDUK_TIDAK_ADA", "Unit induk tidak ditemukan.", "Parent unit not found.");
  if (!induk.aktif)
    throw galat(409, "INDUK_DITUTUP", "Unit induk sudah ditutup.", "The parent unit is closed.");
  if (eselon !== null && induk.eselon !== null && eselon <= induk.eselon) {
    throw galat(
      400,
      "ESELON_TIDAK_SESUAI",
      `Eselon unit (${eselon}) harus lebih rendah dari eselon induknya (${induk.eselon}).`,
      `The unit's eselon (${eselon}) must be below its parent's (${induk.eselon}).`,
    );
  }
}

export const routes = [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/unit",
    akses: "login",
    bolehEvaluatorNasional: true,
    tag: "unit",
    ringkasan: "Daftar unit kerja (datar; klien menyusun pohonnya)",
    query: z.strictObject({ aktif: z.enum(["true", "false"]).optional() }),
    response: z.array(SkemaUnit),
    handler: async (ctx) => {
      let q = ctx.db
        .selectFrom("unit_kerja")
        .select(kolomUnit)
        .where("instansi_id", "=", ctx.params.instansiId);
      if (ctx.query.aktif) q = q.where("aktif", "=", ctx.query.aktif === "true");
      return (await q.orderBy("kode").execute()).map(keApi);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/unit",
    akses: ["admin_instansi"],
    tag: "unit",
    ringkasan: "Membuat unit kerja",
    aksi: "unit.buat",
    body: z.strictObject({
      kode: skemaKode,
      nama: skemaNama,
      eselon: skemaEselon.default(null),
      indukId: z.uuid().nullish(),
    }),
    response: SkemaUnit,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      if (b.indukId) await periksaInduk(ctx.db, instansiId, b.indukId, b.eselon);
      const ada = await ctx.db
        .selectFrom("unit_kerja")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("kode", "=", b.kode)
        .executeTakeFirst();
      if (ada)
        throw galat(
          409,
          "KODE_UNIT_DIPAKAI",
          `Kode unit ${b.kode} sudah dipakai.`,
          `Unit code ${b.kode} is taken.`,
        );
      const u = await ctx.db
        .insertInto("unit_kerja")
        .values({
          instansi_id: instansiId,
          kode: b.kode,
          nama: b.nama,
          eselon: b.eselon,
          induk_id: b.indukId ?? null,
        })
        .returning(kolomUnit)
        .executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "unit_kerja",
        objekId: u.id,
        rincian: { indukId: u.induk_id, eselon: u.eselon },
      });
      return keApi(u);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/unit/:id",
    akses: ["admin_instansi"],
    tag: "unit",
    ringkasan: "Mengganti nama dan/atau memindah unit kerja (tanpa siklus)",
    aksi: "unit.ubah",
    params: z.strictObject({ id: z.uuid() }),
    body: z.strictObject({
      nama: skemaNama.optional(),
      indukId: z.uuid().nullable().optional(),
      eselon: skemaEselon.optional(),
    }),
    response: SkemaUnit,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const u = await unitAtau404(ctx.db, instansiId, id);
      if (!u.aktif)
        throw galat(409, "UNIT_DITUTUP", "Unit sudah ditutup dan tidak dapat diubah.", "The unit is closed.");
      const b = ctx.body;
      const eselon = b.eselon === undefined ? u.eselon : b.eselon;
      const indukId = b.indukId === undefined ? u.induk_id : b.indukId;
      if (indukId !== null && (b.indukId !== undefined || b.eselon !== undefined)) {
        if (indukId === id || (await indukMelingkar(ctx.db, instansiId, id, indukId))) {
          throw galat(
            409,
            "SIKLUS_UNIT",
            "Unit tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya.",
            "A unit cannot be moved under itself or one of its sub-units.",
          );
        }
        await periksaInduk(ctx.db, instansiId, indukId, eselon);
      }
      const r = await ctx.db
        .updateTable("unit_kerja")
        .set({ nama: b.nama ?? u.nama, induk_id: indukId, eselon, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .returning(kolomUnit)
        .executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "unit_kerja",
        rincian: { kolom: Object.keys(b), indukLama: u.induk_id, indukBaru: r.induk_id },
      });
      return keApi(r);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/unit/:id/tutup",
    akses: ["admin_instansi"],
    tag: "unit",
    ringkasan: "Menutup unit kerja (ditolak bila masih ada pegawai aktif atau sub-unit aktif)",
    aksi: "unit.tutup",
    params: z.strictObject({ id: z.uuid() }),
    response: SkemaUnit,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const u = await unitAtau404(ctx.db, instansiId, id);
      if (!u.aktif) return keApi(u);
      const isi = await ringkasanIsiUnit(ctx.db, instansiId, id);
      if (isi.pegawaiAktif > 0 || isi.subUnitAktif > 0) {
        const alasan: string[] = [];
        const reasons: string[] = [];
        if (isi.pegawaiAktif > 0) {
          alasan.push(`${isi.pegawaiAktif} pegawai aktif`);
          reasons.push(`${isi.pegawaiAktif} active employees`);
        }
        if (isi.subUnitAktif > 0) {
          alasan.push(`${isi.subUnitAktif} sub-unit aktif`);
          reasons.push(`${isi.subUnitAktif} active sub-units`);
        }
        throw galat(
          409,
          "UNIT_MASIH_DIPAKAI",
          `Unit belum dapat ditutup: masih ada ${alasan.join(" dan ")}. Pindahkan atau nonaktifkan dahulu.`,
          `The unit cannot be closed yet: it still has ${reasons.join(" and ")}. Move or deactivate them first.`,
          isi,
        );
      }
      const r = await ctx.db
        .updateTable("unit_kerja")
        .set({ aktif: false, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .returning(kolomUnit)
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "unit_kerja" });
      return keApi(r);
    },
  }),
];
