/** The programme report of a cycle, PDF or XLSX (laporan-data.ts, laporan-xlsx.ts, laporan-pdf.ts). */

import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { DASAR, PERAN_BACA } from "./bersama.ts";
import { muatSiklus } from "./fakta.ts";
import { dataLaporan } from "./laporan-data.ts";
import { laporanPdf } from "./laporan-pdf.ts";
import { laporanXlsx } from "./laporan-xlsx.ts";

export const ruteLaporan = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus/:id/laporan`,
    akses: PERAN_BACA,
    bolehEvaluatorNasional: true,
    tag: "program",
    ringkasan:
      "Laporan program siklus (PDF atau XLSX): tahapan dan tanggal, keluaran persiapan, kegiatan rencana vs realisasi, target vs capaian, monitoring dan evaluasi (interview acak, temuan audit APIP, survei publik, penghargaan)",
    aksi: "program.laporan.unduh",
    params: z.strictObject({ id: z.uuid() }),
    query: z.strictObject({ format: z.enum(["pdf", "xlsx"]).default("pdf") }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const s = await muatSiklus(ctx.db, instansiId, id);
      const data = await dataLaporan(ctx.db, s, ctx.instansi?.nama ?? "", ctx.bahasa);
      const format = ctx.query.format;
      ctx.audit({ objekJenis: "siklus_program", objekId: id, rincian: { format } });
      const nama = `laporan-program-${s.hariIni}.${format}`;
      ctx.reply.header("content-disposition", `attachment; filename="${nama}"`);
      if (format === "xlsx")
        return ctx.reply
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .send(await laporanXlsx(data));
      return ctx.reply.type("application/pdf").send(await laporanPdf(data));
    },
  }),
]);
