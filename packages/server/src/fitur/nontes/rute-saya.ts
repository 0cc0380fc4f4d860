/**
 * The rated person's view (docs/nontes.md): aggregates per rater
 * kind, withheld under 3 raters (upward feedback for leaders included), and
 * the combined level per factor with the sources it came from. Every read is
 * audited as a read of the person's non-test result.
 */
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { hasilSaya, pegawaiSaya } from "./layanan.ts";
import { PERAN_PEGAWAI } from "./rute-tugas.ts";
import { SkemaHasilSaya } from "./skema.ts";

const S = "/api/instansi/:instansiId/nontes/saya";

export const ruteSaya = grupRute(S, [
  defineRoute({
    method: "GET",
    url: S,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan:
      "Hasil non-tes saya: agregat per jenis penilai (minimal 3) dan level gabungan dengan sumbernya",
    aksi: "hasil_nontes.baca",
    response: SkemaHasilSaya,
    handler: async (ctx) => {
      const saya = await pegawaiSaya(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id);
      ctx.audit({ objekJenis: "hasil_nontes", objekId: saya });
      return hasilSaya(ctx.db, ctx.params.instansiId, saya);
    },
  }),
]);
