/** The test taken with a printed token, without login (header x-token-ujian). */

import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { denganBatasTebak } from "./batas-tebak.ts";
import { auditJawaban, auditPeserta, identitasToken } from "./layanan.ts";
import { HEADER_TOKEN, SkemaHasilSimpan, SkemaJawaban, SkemaKeadaan, SkemaMulai, TAG } from "./skema.ts";
import { keadaanUjian, kirimUjian, mulaiUjian, simpanJawaban } from "./ujian.ts";

export const rutePublik = grupRute("/api/ujian", [
  defineRoute({
    method: "GET",
    url: "/api/ujian",
    akses: "publik",
    tag: TAG,
    ringkasan: `Keadaan ujian pemegang token (token di header ${HEADER_TOKEN})`,
    aksi: "asesmen.ujian.baca",
    response: SkemaKeadaan,
    handler: async (ctx) =>
      denganBatasTebak(ctx, async () => {
        const k = await keadaanUjian(ctx.db, identitasToken(ctx));
        auditPeserta(ctx, k.pesertaId);
        ctx.reply.header("cache-control", "no-store");
        return k;
      }),
  }),

  defineRoute({
    method: "POST",
    url: "/api/ujian/mulai",
    akses: "publik",
    tag: TAG,
    ringkasan: "Memulai ujian pemegang token",
    aksi: "asesmen.ujian.mulai",
    body: SkemaMulai,
    response: SkemaKeadaan,
    handler: async (ctx) =>
      denganBatasTebak(ctx, async () => {
        const k = await mulaiUjian(ctx.db, identitasToken(ctx), ctx.body.setuju, ctx.body.bahasa);
        auditPeserta(ctx, k.pesertaId);
        return k;
      }),
  }),

  defineRoute({
    method: "POST",
    url: "/api/ujian/jawaban",
    akses: "publik",
    tag: TAG,
    ringkasan: "Menyimpan satu jawaban blok pemegang token (idempoten, berurutan)",
    aksi: "asesmen.ujian.jawab",
    body: SkemaJawaban,
    response: SkemaHasilSimpan,
    transaksiSendiri: true,
    handler: async (ctx) =>
      denganBatasTebak(
        ctx,
        async (pagar) => {
          const { pesertaId: _, ...hasil } = await simpanJawaban(
            ctx.db,
            identitasToken(ctx),
            ctx.body,
            auditJawaban(ctx),
            pagar,
          );
          return hasil;
        },
        { diperiksaKerja: true },
      ),
  }),

  defineRoute({
    method: "POST",
    url: "/api/ujian/kirim",
    akses: "publik",
    tag: TAG,
    ringkasan: "Mengirim final jawaban pemegang token",
    aksi: "asesmen.ujian.kirim",
    response: SkemaKeadaan,
    handler: async (ctx) =>
      denganBatasTebak(ctx, async () => {
        const k = await kirimUjian(ctx.db, identitasToken(ctx));
        auditPeserta(ctx, k.pesertaId);
        return k;
      }),
  }),
]);
