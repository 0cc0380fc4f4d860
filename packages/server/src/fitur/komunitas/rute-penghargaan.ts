/** Rewards (PermenPANRB 60/2020 Tabel 2 III.3): nominated, decided by someone other than the nominator. */
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { skemaTanggal, teksBebas, teksWajib, wajibPegawaiAktif } from "./bersama.ts";
import {
  ParamId,
  PEMUTUS,
  PENGUSUL,
  penghargaanDasar,
  penghargaanKeApi,
  SkemaPenghargaan,
} from "./layanan-renaksi.ts";

export const rutePenghargaan = grupRute("/api/instansi/:instansiId/penghargaan", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/penghargaan",
    akses: [...new Set([...PENGUSUL, ...PEMUTUS])],
    tag: "renaksi",
    ringkasan: "Usulan dan keputusan penghargaan",
    query: z.strictObject({
      status: z.enum(["diusulkan", "diberikan", "ditolak", ""]).optional(),
      ...skemaHalaman,
    }),
    response: skemaDaftar(SkemaPenghargaan),
    handler: async (ctx) => {
      const { status, page, pageSize } = ctx.query;
      let k = penghargaanDasar(ctx.db, ctx.params.instansiId);
      if (status) k = k.where("h.status", "=", status);
      const semua = await k.orderBy("h.diusulkan", "desc").orderBy("h.id").execute();
      return {
        items: semua.slice((page - 1) * pageSize, page * pageSize).map(penghargaanKeApi),
        total: semua.length,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/penghargaan/diberikan",
    akses: "login",
    tag: "renaksi",
    ringkasan: "Penghargaan yang telah diberikan (pengakuan terbuka bagi seluruh pegawai)",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(SkemaPenghargaan),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const semua = await penghargaanDasar(ctx.db, ctx.params.instansiId)
        .where("h.status", "=", "diberikan")
        .orderBy("h.tanggal_keputusan", "desc")
        .orderBy("h.id")
        .execute();
      return {
        items: semua
          .slice((page - 1) * pageSize, page * pageSize)
          .map((r) => ({ ...penghargaanKeApi(r), catatanKeputusan: null })),
        total: semua.length,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/penghargaan",
    akses: PENGUSUL,
    tag: "renaksi",
    ringkasan: "Mengusulkan penghargaan bagi pegawai/agen perubahan",
    aksi: "penghargaan.usul",
    body: z.strictObject({ pegawaiId: z.uuid(), kategori: teksWajib(100), alasan: teksWajib(2000) }),
    response: SkemaPenghargaan,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      await wajibPegawaiAktif(ctx.db, instansiId, ctx.body.pegawaiId);
      const { id } = await ctx.db
        .insertInto("penghargaan")
        .values({
          instansi_id: instansiId,
          pegawai_id: ctx.body.pegawaiId,
          kategori: ctx.body.kategori,
          alasan: ctx.body.alasan,
          diusulkan_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "penghargaan", objekId: id });
      return penghargaanKeApi(
        await penghargaanDasar(ctx.db, instansiId).where("h.id", "=", id).executeTakeFirstOrThrow(),
      );
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/penghargaan/:id/keputusan",
    akses: PEMUTUS,
    tag: "renaksi",
    ringkasan: "Memutuskan usulan penghargaan (PPK/pimpinan, bukan pengusulnya)",
    aksi: "penghargaan.putus",
    params: ParamId,
    body: z.strictObject({
      status: z.enum(["diberikan", "ditolak"]),
      tanggal: skemaTanggal,
      catatan: teksBebas(2000).optional(),
    }),
    response: SkemaPenghargaan,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const lama = await penghargaanDasar(ctx.db, instansiId).where("h.id", "=", id).executeTakeFirst();
      if (!lama) throw tidakDitemukan();
      if (lama.diusulkan_oleh === ctx.sesi?.pengguna.id) {
        throw new GalatApi(403, "AKSES_DITOLAK", {
          pesan: {
            id: "Pengusul tidak dapat memutuskan usulannya sendiri.",
            en: "The nominator cannot decide their own nomination.",
          },
        });
      }
      await ctx.db
        .updateTable("penghargaan")
        .set({
          status: ctx.body.status,
          tanggal_keputusan: ctx.body.tanggal,
          catatan_keputusan: ctx.body.catatan ?? null,
          diputuskan_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "penghargaan", rincian: { status: ctx.body.status } });
      return penghargaanKeApi(
        await penghargaanDasar(ctx.db, instansiId).where("h.id", "=", id).executeTakeFirstOrThrow(),
      );
    },
  }),
]);
