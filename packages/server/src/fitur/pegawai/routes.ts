/**
 * Employees of an instansi: list (search by name or NIP, filter by unit with
 * or without its sub-units, active flag, paging), detail (an audited read of
 * a person's record), edit, deactivate / reactivate. Never a hard delete: a
 * person with history stays, inactive.
 */
import {
  type JENIS_JABATAN,
  skemaEmail,
  skemaGolongan,
  skemaJabatan,
  skemaJenisJabatan,
  skemaNama,
  skemaTelepon,
} from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { defineRoute } from "../../http/route.ts";
import { boolOpsional, skemaDaftar, skemaHalaman, teksOpsional } from "../halaman.ts";
import { bacaPegawai, cariPegawai, SkemaPegawai } from "./kueri.ts";

const PERAN_BACA = ["admin_instansi", "ppk", "tim_supervisi", "pimpinan", "apip"] as const;

/** Edit body: the shared domain field schemas (the same rules as the import). */
const SkemaUbah = z.strictObject({
  nama: skemaNama.optional(),
  unitId: z.uuid().nullable().optional(),
  jabatan: skemaJabatan.nullable().optional(),
  jenisJabatan: skemaJenisJabatan.nullable().optional(),
  golongan: skemaGolongan.optional(),
  email: skemaEmail.optional(),
  telepon: skemaTelepon.optional(),
});

const pegawaiAtau404 = async (...a: Parameters<typeof bacaPegawai>) => {
  const p = await bacaPegawai(...a);
  if (!p) throw tidakDitemukan();
  return p;
};

const ubahAktif = (aktif: boolean) =>
  defineRoute({
    method: "POST",
    url: `/api/instansi/:instansiId/pegawai/:id/${aktif ? "aktifkan" : "nonaktifkan"}`,
    akses: ["admin_instansi"],
    tag: "pegawai",
    ringkasan: aktif ? "Mengaktifkan kembali pegawai" : "Menonaktifkan pegawai (tidak pernah dihapus)",
    aksi: aktif ? "pegawai.aktifkan" : "pegawai.nonaktifkan",
    params: z.strictObject({ id: z.uuid() }),
    response: SkemaPegawai,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const r = await ctx.db
        .updateTable("pegawai")
        .set({ aktif, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .returning("aktif")
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "pegawai" });
      return pegawaiAtau404(ctx.db, instansiId, id);
    },
  });

export const routes = [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pegawai",
    akses: PERAN_BACA,
    tag: "pegawai",
    ringkasan:
      "Daftar pegawai: cari nama/NIP, saring unit (opsional dengan sub-unit) dan status aktif, berhalaman",
    query: z.strictObject({
      q: teksOpsional(100),
      unitId: z
        .union([z.uuid(), z.literal("")])
        .optional()
        .transform((v) => v || undefined),
      subUnit: boolOpsional,
      aktif: boolOpsional,
      ...skemaHalaman,
    }),
    response: skemaDaftar(SkemaPegawai),
    handler: async (ctx) => {
      const { page, pageSize, ...saring } = ctx.query;
      const { items, total } = await cariPegawai(ctx.db, ctx.params.instansiId, saring, page, pageSize);
      return { items, total, page, pageSize };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pegawai/:id",
    akses: PERAN_BACA,
    tag: "pegawai",
    ringkasan: "Data seorang pegawai (pembacaan dicatat di log audit)",
    bacaPribadi: "pegawai",
    params: z.strictObject({ id: z.uuid() }),
    response: SkemaPegawai,
    handler: async (ctx) => pegawaiAtau404(ctx.db, ctx.params.instansiId, ctx.params.id),
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/pegawai/:id",
    akses: ["admin_instansi"],
    tag: "pegawai",
    ringkasan: "Mengubah data pegawai",
    aksi: "pegawai.ubah",
    params: z.strictObject({ id: z.uuid() }),
    body: SkemaUbah,
    response: SkemaPegawai,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const b = ctx.body;
      await pegawaiAtau404(ctx.db, instansiId, id);
      if (b.unitId) {
        const unit = await ctx.db
          .selectFrom("unit_kerja")
          .select("aktif")
          .where("instansi_id", "=", instansiId)
          .where("id", "=", b.unitId)
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
        await ctx.db
          .updateTable("pegawai")
          .set({ ...set, diubah: sql<Date>`now()` })
          .where("instansi_id", "=", instansiId)
          .where("id", "=", id)
          .execute();
      }
      ctx.audit({ objekJenis: "pegawai", rincian: { kolom: Object.keys(b) } });
      return pegawaiAtau404(ctx.db, instansiId, id);
    },
  }),

  ubahAktif(false),
  ubahAktif(true),
];
