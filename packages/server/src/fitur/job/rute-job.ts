/**
 * Cancelling a queued or running job from the UI (docs/server.md
 * "Background jobs"): one route for an agency's jobs and one for the national
 * ones. The caller's roles must include one the job's kind allows (`aturan.ts`).
 */
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { PERAN_BATAL_INSTANSI, PERAN_BATAL_NASIONAL, PERAN_BATAL_SEMUA } from "./aturan.ts";
import { batalkanJobOperator } from "./layanan.ts";
import { ParamJobInstansi, ParamJobNasional, SkemaJobBatal } from "./skema.ts";

export const ruteJobInstansi = grupRute("/api/instansi/:instansiId/job", [
  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/job/:id/batal",
    akses: PERAN_BATAL_SEMUA,
    tag: "job",
    ringkasan:
      "Membatalkan job instansi yang antre atau berjalan (penskoran, undangan, koreksi penilai); batch yang sudah tertulis tetap",
    aksi: "job.batal",
    params: ParamJobInstansi,
    response: SkemaJobBatal,
    handler: async (ctx) => {
      const { statusSebelum, ...j } = await batalkanJobOperator(ctx.db, {
        id: ctx.params.id,
        instansiId: ctx.params.instansiId,
        peran: ctx.peran,
        aturan: PERAN_BATAL_INSTANSI,
        oleh: ctx.sesi?.pengguna.username ?? "operator",
      });
      ctx.audit({
        objekJenis: "job",
        objekId: j.id,
        rincian: { jenis: j.jenis, statusSebelum, progres: j.progres },
      });
      return j;
    },
  }),
]);

export const ruteJobNasional = grupRute("/api/job", [
  defineRoute({
    method: "POST",
    url: "/api/job/:id/batal",
    akses: ["evaluator_nasional"],
    tag: "job",
    ringkasan: "Membatalkan job nasional yang antre atau berjalan (kalibrasi ulang, desain formulir)",
    aksi: "job.batal",
    params: ParamJobNasional,
    response: SkemaJobBatal,
    handler: async (ctx) => {
      const { statusSebelum, ...j } = await batalkanJobOperator(ctx.db, {
        id: ctx.params.id,
        instansiId: null,
        peran: ["evaluator_nasional"],
        aturan: PERAN_BATAL_NASIONAL,
        oleh: ctx.sesi?.pengguna.username ?? "operator",
      });
      ctx.audit({
        objekJenis: "job",
        objekId: j.id,
        rincian: { jenis: j.jenis, statusSebelum, progres: j.progres },
      });
      return j;
    },
  }),
]);
