import { z } from "zod";
import type { SesiAktif } from "../../auth/sesi.ts";
import { defineRoute } from "../route.ts";

const SkemaInstansi = z.object({
  id: z.uuid(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  zonaWaktu: z.string(),
});

export const ruteInstansi = [
  defineRoute({
    method: "GET",
    url: "/api/instansi",
    akses: "login",
    tag: "instansi",
    ringkasan: "Instansi tempat pengguna memegang peran (semua, bagi evaluator nasional)",
    response: z.array(SkemaInstansi),
    handler: async (ctx) => {
      const sesi = ctx.sesi as SesiAktif;
      const nasional = sesi.peran.some((p) => p.instansiNasional && p.peran === "evaluator_nasional");
      let q = ctx.db
        .selectFrom("instansi")
        .select(["id", "kode", "nama", "jenis", "zona_waktu"])
        .orderBy("nama");
      if (!nasional) {
        const ids = [...new Set(sesi.peran.map((p) => p.instansiId))];
        if (ids.length === 0) return [];
        q = q.where("id", "in", ids);
      }
      const rows = await q.execute();
      return rows.map((r) => ({
        id: r.id,
        kode: r.kode,
        nama: r.nama,
        jenis: r.jenis,
        zonaWaktu: r.zona_waktu,
      }));
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId",
    akses: "login",
    bolehEvaluatorNasional: true,
    tag: "instansi",
    ringkasan: "Satu instansi",
    response: SkemaInstansi,
    handler: async (ctx) => {
      const r = await ctx.db
        .selectFrom("instansi")
        .select(["id", "kode", "nama", "jenis", "zona_waktu"])
        .where("id", "=", ctx.params.instansiId)
        .executeTakeFirstOrThrow();
      return { id: r.id, kode: r.kode, nama: r.nama, jenis: r.jenis, zonaWaktu: r.zona_waktu };
    },
  }),
];
