/** The national report for a period (BAB IV), XLSX or PDF, for the national evaluator. */
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { dataLaporan, laporanPdf, laporanXlsx } from "./laporan.ts";
import { cariPeriode } from "./periode.ts";
import { segarkanBasi } from "./ringkasan.ts";
import { PERAN_NASIONAL, pastikanNasional } from "./rute-instansi.ts";
import { KueriLaporan, KueriSebaran, SkemaSebaran } from "./skema.ts";

export const ruteLaporan = grupRute("/api/nasional/laporan", [
  defineRoute({
    method: "GET",
    url: "/api/nasional/laporan",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan:
      "Laporan nasional (XLSX atau PDF): sebaran indeks menurut jenis instansi dan provinsi, tabel seluruh instansi",
    aksi: "nasional.laporan",
    query: KueriLaporan,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      await segarkanBasi(ctx.db);
      // A period: its participants, with the figures frozen at its publication (periode.ts).
      const p = ctx.query.periode ? await cariPeriode(ctx.db, ctx.query.periode) : undefined;
      if (ctx.query.format === "pdf") {
        const isi = await laporanPdf(ctx.db, ctx.bahasa, p);
        ctx.reply.header("content-disposition", 'attachment; filename="laporan-nasional.pdf"');
        return ctx.reply.type("application/pdf").send(isi);
      }
      const isi = await laporanXlsx(ctx.db, ctx.bahasa, p);
      ctx.reply.header("content-disposition", 'attachment; filename="laporan-nasional.xlsx"');
      return ctx.reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(isi);
    },
  }),
]);

export const ruteSebaran = grupRute("/api/nasional/sebaran", [
  defineRoute({
    method: "GET",
    url: "/api/nasional/sebaran",
    akses: PERAN_NASIONAL,
    tag: "nasional",
    ringkasan:
      "Sebaran indeks terakhir yang dirilis: nasional, menurut jenis instansi dan menurut provinsi (jumlah instansi, berindeks, rerata, min, median, maks)",
    query: KueriSebaran,
    response: SkemaSebaran,
    handler: async (ctx) => {
      pastikanNasional(ctx);
      await segarkanBasi(ctx.db);
      const p = ctx.query.periode ? await cariPeriode(ctx.db, ctx.query.periode) : undefined;
      const d = await dataLaporan(ctx.db, ctx.bahasa, p);
      return { nasional: d.nasional, jenis: d.jenis, provinsi: d.provinsi };
    },
  }),
]);
