/**
 * The agency's report card PDF for a period (rapor instansi; docs/evaluasi.md
 * "Report card"): the national evaluator at any time (marked provisional
 * before the period's results are published); the agency's admin and
 * leadership once its results are published.
 */
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { periodeAtau404 } from "./kueri.ts";
import { pastikanPeserta } from "./layanan.ts";
import { dataRapor, raporPdf } from "./rapor.ts";
import { ParamPeriode } from "./skema.ts";

const DASAR = "/api/instansi/:instansiId/evaluasi";

export const ruteRapor = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/periode/:periodeId/rapor`,
    akses: ["admin_instansi", "pimpinan"],
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan:
      "Rapor instansi (PDF, satu halaman): nilai LKE per komponen, indeks dengan selang 95%, distribusi level, posisi, rekomendasi",
    aksi: "evaluasi.rapor",
    params: ParamPeriode,
    handler: async (ctx) => {
      const p = await periodeAtau404(ctx.db, ctx.params.periodeId);
      await pastikanPeserta(ctx.db, p, ctx.params.instansiId);
      const evaluator = ctx.sesi?.peran.some((r) => r.instansiNasional && r.peran === "evaluator_nasional");
      if (p.peringkatTerbit === null && !evaluator)
        throw new GalatApi(409, "HASIL_BELUM_TERBIT", {
          pesan: {
            id: "Rapor tersedia setelah hasil periode evaluasi ini diterbitkan.",
            en: "The report card is available once this period's results are published.",
          },
        });
      const instansi = ctx.instansi;
      if (!instansi) throw new GalatApi(404, "TIDAK_DITEMUKAN");
      const pdf = await raporPdf(await dataRapor(ctx.db, instansi, p, ctx.bahasa));
      ctx.audit({ objekJenis: "periode_evaluasi", objekId: p.id });
      ctx.reply.header("content-disposition", `attachment; filename="rapor-${instansi.kode}-${p.kode}.pdf"`);
      return ctx.reply.type("application/pdf").send(pdf);
    },
  }),
]);
