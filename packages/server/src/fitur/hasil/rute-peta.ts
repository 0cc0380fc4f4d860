/** The assessment map and index (Tabel 3 no. 3; BAB III.B.3.a) and the pre/post comparison. */
import { bandingkanIndeks, bandingkanPeta } from "@nurani/domain";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { jsonSiap, kirimJsonSiap } from "../../http/json-siap.ts";
import { defineRoute } from "../../http/route.ts";
import { type Ctx, PERAN_PETA } from "./bersama.ts";
import { petaKampanye, ringkasKampanye } from "./layanan.ts";
import { galat } from "./pesan.ts";
import { SkemaEstimasi, SkemaKampanyeRingkas, SkemaPeta } from "./skema.ts";

export const rutePeta = grupRute("/api/instansi/:instansiId/hasil", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/peta",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan:
      "Peta Asesmen: distribusi level per unit, profil faktor dan indeks integritas dengan selang (kelompok < k disembunyikan)",
    query: z.strictObject({ kampanyeId: z.uuid() }),
    response: SkemaPeta,
    handler: async (ctx) => {
      const p = await petaKampanye(ctx as Ctx, ctx.query.kampanyeId);
      // serialised once per kept map, not on every read
      p.json ??= jsonSiap(SkemaPeta, { kampanye: ringkasKampanye(p.kampanye), ...p.peta });
      return kirimJsonSiap(ctx.req, ctx.reply, p.json);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/banding",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan: "Perbandingan pra/pasca dua kampanye: perubahan indeks per unit dengan selangnya",
    query: z.strictObject({ pra: z.uuid(), pasca: z.uuid() }),
    response: z.object({
      pra: SkemaKampanyeRingkas,
      pasca: SkemaKampanyeRingkas,
      indeks: SkemaEstimasi.nullable(),
      unit: z.array(
        z.object({
          unitId: z.string(),
          nama: z.string(),
          tampil: z.boolean(),
          perubahanIndeks: SkemaEstimasi.optional(),
          perubahanFaktor: z.record(z.string(), z.number()).optional(),
        }),
      ),
    }),
    handler: async (ctx) => {
      if (ctx.query.pra === ctx.query.pasca) throw galat(400, "SAMA");
      const a = await petaKampanye(ctx as Ctx, ctx.query.pra);
      const b = await petaKampanye(ctx as Ctx, ctx.query.pasca);
      const ia = a.peta.instansi.indeks;
      const ib = b.peta.instansi.indeks;
      return {
        pra: ringkasKampanye(a.kampanye),
        pasca: ringkasKampanye(b.kampanye),
        indeks: ia && ib ? bandingkanIndeks(ia, ib) : null,
        unit: bandingkanPeta(a.peta, b.peta),
      };
    },
  }),
]);
