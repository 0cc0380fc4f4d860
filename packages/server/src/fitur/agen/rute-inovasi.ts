/** The innovations register: breakthroughs by leaders and change agents (Tabel 2 I, success indicator). */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { inovasiApi, kueriInovasi, pegawaiSaya } from "./kueri.ts";
import { catatInovasi, wajibPegawaiSaya } from "./layanan.ts";
import { DASAR } from "./rute-siklus.ts";
import { BodyInovasi, SkemaInovasi } from "./skema.ts";

const I = `${DASAR}/inovasi`;

export const ruteInovasi = grupRute(I, [
  defineRoute({
    method: "GET",
    url: I,
    akses: "login",
    tag: "agen",
    ringkasan: "Register inovasi dan terobosan pimpinan dan agen perubahan",
    query: z.strictObject({ ...skemaHalaman, siklusId: z.uuid().optional() }),
    response: skemaDaftar(SkemaInovasi),
    handler: async (ctx) => {
      const { siklusId, ...hal } = ctx.query;
      const q = kueriInovasi(ctx.db, ctx.params.instansiId, siklusId)
        .orderBy("i.tanggal", "desc")
        .orderBy("i.id");
      const h = await ambilHalaman(ctx.db, q, hal);
      return { ...h, items: h.items.map(inovasiApi) };
    },
  }),

  defineRoute({
    method: "POST",
    url: I,
    akses: ["agen_perubahan", "pimpinan", "tim_supervisi", "ppk"],
    tag: "agen",
    ringkasan:
      "Mencatat inovasi/terobosan seorang pimpinan atau agen perubahan (tanpa pegawaiId: diri sendiri)",
    aksi: "agen.inovasi.catat",
    body: BodyInovasi,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      const pegawaiId =
        b.pegawaiId ?? wajibPegawaiSaya(await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id));
      const id = await catatInovasi(ctx.db, {
        instansiId,
        pegawaiId,
        siklusId: b.siklusId ?? null,
        sebagai: b.sebagai,
        judul: b.judul,
        uraian: b.uraian,
        dampak: b.dampak ?? null,
        tanggal: b.tanggal,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      ctx.audit({ objekJenis: "inovasi", objekId: id });
      return { id };
    },
  }),
]);
