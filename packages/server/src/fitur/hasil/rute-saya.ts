/** The employee's own results and profile PDF, and a campaign's export. */
import type { PetaAsesmen } from "@nurani/domain";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { levelAkhirSaya, SkemaLevelAkhirSaya } from "../nontes/index.ts";
import { type Ctx, PERAN_PETA } from "./bersama.ts";
import { profilPdf, ringkasanPdf, ringkasanXlsx } from "./ekspor.ts";
import { petaKampanye, profilSaya } from "./layanan.ts";
import { galat } from "./pesan.ts";
import { pKampanye } from "./skema.ts";

export const ruteSaya = grupRute("/api/instansi/:instansiId/hasil", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/saya",
    akses: "login",
    tag: "hasil",
    ringkasan: "Hasil asesmen saya (hanya kampanye yang sudah dirilis), dengan riwayat",
    bacaPribadi: "hasil_asesmen",
    response: z.object({
      profil: z.array(z.unknown()),
      /** The final level where non-test evidence exists, with its sources (docs/nontes.md). */
      levelAkhir: SkemaLevelAkhirSaya,
      riwayat: z.array(
        z.object({
          kampanyeId: z.string(),
          nama: z.string(),
          derajat: z.number(),
          level: z.number(),
          faktorT: z.record(z.string(), z.number()),
        }),
      ),
    }),
    handler: async (ctx) => {
      const { saya, profil } = await profilSaya(ctx as Ctx);
      return {
        profil,
        levelAkhir: await levelAkhirSaya(ctx.db, ctx.params.instansiId, saya.id),
        riwayat: profil.map((p) => ({
          kampanyeId: p.kampanye.id,
          nama: p.kampanye.nama,
          derajat: p.integritas.derajat,
          level: p.level.level,
          faktorT: Object.fromEntries(p.faktor.map((f) => [f.kode, f.t])),
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/saya/:kampanyeId/pdf",
    akses: "login",
    tag: "hasil",
    ringkasan: "Laporan hasil saya satu halaman (PDF)",
    bacaPribadi: "hasil_asesmen",
    params: pKampanye,
    handler: async (ctx) => {
      const { profil } = await profilSaya(ctx as Ctx, ctx.params.kampanyeId);
      if (profil.length === 0) throw galat(404, "HASIL_TIDAK_ADA");
      const nama = ctx.sesi?.pengguna.nama ?? "";
      const isi = await profilPdf(profil[0], nama, ctx.bahasa);
      ctx.reply.header("content-disposition", 'attachment; filename="hasil-asesmen.pdf"');
      return ctx.reply.type("application/pdf").send(isi);
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/ekspor",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan:
      "Ringkasan instansi (Peta Asesmen dan indeks) sebagai XLSX atau PDF; kelompok < k disembunyikan",
    aksi: "hasil.ekspor",
    params: pKampanye,
    query: z.strictObject({ format: z.enum(["xlsx", "pdf"]) }),
    handler: async (ctx) => {
      const { kampanye: k, peta } = await petaKampanye(ctx as Ctx, ctx.params.kampanyeId);
      const instansi = ctx.instansi as { nama: string };
      const judul = { instansi: instansi.nama, kampanye: k.nama };
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: k.id, rincian: { format: ctx.query.format } });
      if (ctx.query.format === "xlsx") {
        const isi = await ringkasanXlsx(peta as PetaAsesmen, judul, ctx.bahasa);
        ctx.reply.header("content-disposition", 'attachment; filename="peta-asesmen.xlsx"');
        return ctx.reply.type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").send(isi);
      }
      const isi = await ringkasanPdf(peta as PetaAsesmen, judul, ctx.bahasa);
      ctx.reply.header("content-disposition", 'attachment; filename="peta-asesmen.pdf"');
      return ctx.reply.type("application/pdf").send(isi);
    },
  }),
]);
