/**
 * "Data saya" (docs/data-saya.md; UU 27/2022 Pasal 7, 13): every signed-in
 * user sees who read their results and the consent they gave, and downloads
 * everything held about them. Each answer is the caller's own data only.
 */

import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { dataSayaPdf, semuaDataSaya } from "./ekspor.ts";
import { pembacaanSaya, persetujuanSaya, sayaDi } from "./kueri.ts";
import { KueriEkspor, SkemaPembacaan, SkemaPersetujuan } from "./skema.ts";

const P = "/api/instansi/:instansiId/data-saya";

export const ruteDataSaya = grupRute(P, [
  defineRoute({
    method: "GET",
    url: `${P}/pembacaan`,
    akses: "login",
    tag: "data-saya",
    ringkasan:
      "Siapa yang membaca hasil atau data kepegawaian saya, kapan, dengan peran, unit dan tujuan (dari log audit)",
    aksi: "data_saya.pembacaan",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaPembacaan),
    handler: async (ctx) => {
      const s = await sayaDi(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? "");
      const h = await pembacaanSaya(ctx.db, ctx.params.instansiId, s, ctx.query);
      return { ...h, page: ctx.query.page, pageSize: ctx.query.pageSize };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/persetujuan`,
    akses: "login",
    tag: "data-saya",
    ringkasan: "Persetujuan yang saya berikan per kampanye asesmen, dengan teks sebagaimana disetujui",
    response: z.object({ items: z.array(SkemaPersetujuan) }),
    handler: async (ctx) => {
      const s = await sayaDi(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? "");
      return { items: await persetujuanSaya(ctx.db, ctx.params.instansiId, s) };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/ekspor`,
    akses: "login",
    tag: "data-saya",
    ringkasan: "Unduh semua data yang disimpan tentang saya (JSON lengkap atau PDF yang mudah dibaca)",
    aksi: "data_saya.ekspor",
    query: KueriEkspor,
    handler: async (ctx) => {
      const s = await sayaDi(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? "");
      const d = await semuaDataSaya(ctx.db, ctx.params.instansiId, s);
      ctx.audit({ rincian: { format: ctx.query.format } });
      if (ctx.query.format === "pdf") {
        ctx.reply.header("content-disposition", 'attachment; filename="data-saya.pdf"');
        return ctx.reply.type("application/pdf").send(await dataSayaPdf(d));
      }
      ctx.reply.header("content-disposition", 'attachment; filename="data-saya.json"');
      return ctx.reply.type("application/json; charset=utf-8").send(JSON.stringify(d, null, 2));
    },
  }),
]);
