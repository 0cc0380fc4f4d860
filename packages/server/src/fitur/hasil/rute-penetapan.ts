/**
 * National standard-setting routes (docs/norma-batas.md "National standard
 * setting"): open a session, each judge's own cuts, propose, publish (four
 * eyes), send back. National evaluators only; national tables, no agency data.
 */
import { HAKIM_MIN } from "@nurani/domain";
import { NormTable, type NormTableJson } from "@nurani/irt";
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import type { Ctx } from "./bersama.ts";
import { parameterBerlaku } from "./parameter.ts";
import { bacaSesi, batasHakim, gabung, type HasilSesi } from "./penetapan.ts";
import { galat } from "./pesan.ts";
import { antrekanSkorUlang } from "./skor-ulang.ts";

const bolehNasional = (ctx: { sesi?: { peran: { instansiNasional: boolean; peran: string }[] } | null }) => {
  if (!(ctx.sesi?.peran ?? []).some((p) => p.instansiNasional && p.peran === "evaluator_nasional"))
    throw galat(403, "BUKAN_NASIONAL");
};
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const tiga = z.tuple([z.number(), z.number(), z.number()]);

const SkemaHasil = z.object({
  cara: z.enum(["rerata", "median"]),
  n: z.number(),
  batas: tiga,
  se: tiga,
  sd: tiga,
  min: tiga,
  max: tiga,
  hakim: z.array(tiga),
});

const SkemaSesi = z.object({
  id: z.string(),
  nomor: z.number(),
  judul: z.string(),
  formulirId: z.string(),
  versiParameter: z.string(),
  cara: z.enum(["rerata", "median"]),
  status: z.enum(["terbuka", "diajukan", "terbit", "diganti"]),
  jumlahHakim: z.number(),
  /** The caller's own cuts (a judge sees only their own). */
  saya: z.object({ batas: tiga, catatan: z.string().nullable() }).nullable(),
  /** The combination: shown once the caller has judged, or the session is no longer open (independence). */
  hasil: SkemaHasil.nullable(),
  diajukanOlehSaya: z.boolean(),
  dibuat: z.string(),
  diajukan: z.string().nullable(),
  diterbitkan: z.string().nullable(),
});

/** What a judge sees of the reference for a θ: the share below it and its derajat; the default cuts on θ. */
const SkemaAcuan = z.object({
  mean: z.number(),
  sd: z.number(),
  /** Reference θ at percentiles 5, 10, 25, 50, 75, 90, 95. */
  kuantil: z.array(z.object({ persentil: z.number(), theta: z.number() })),
  batasBaku: tiga,
  metodeBaku: z.string(),
});

async function sesiApi(ctx: Ctx, id: string): Promise<z.infer<typeof SkemaSesi>> {
  const s = await bacaSesi(ctx.db, id);
  const h = await batasHakim(ctx.db, id);
  const saya = h.find((x) => x.pengguna_id === ctx.sesi?.pengguna.id);
  const tersimpan = s.hasil
    ? ((typeof s.hasil === "string" ? JSON.parse(s.hasil) : s.hasil) as HasilSesi)
    : null;
  const lihat = s.status !== "terbuka" || saya !== undefined;
  return {
    id: s.id,
    nomor: s.nomor,
    judul: s.judul,
    formulirId: s.formulir_id,
    versiParameter: s.versi_parameter,
    cara: s.cara,
    status: s.status,
    jumlahHakim: h.length,
    saya: saya ? { batas: saya.batas.map(Number) as [number, number, number], catatan: saya.catatan } : null,
    hasil: lihat
      ? (tersimpan ??
        gabung(
          h.map((x) => x.batas.map(Number)),
          s.cara,
        ))
      : null,
    diajukanOlehSaya: s.diajukan_oleh !== null && s.diajukan_oleh === ctx.sesi?.pengguna.id,
    dibuat: new Date(s.dibuat).toISOString(),
    diajukan: iso(s.diajukan),
    diterbitkan: iso(s.diterbitkan),
  };
}

const pId = z.strictObject({ id: z.uuid() });

export const rutePenetapan = grupRute("/api/asesmen/penetapan-batas", [
  defineRoute({
    method: "GET",
    url: "/api/asesmen/penetapan-batas",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Sesi penetapan batas level nasional, terbaru dulu",
    response: z.object({ items: z.array(SkemaSesi) }),
    handler: async (ctx) => {
      bolehNasional(ctx);
      const ids = await ctx.db
        .selectFrom("sesi_batas_nasional")
        .select("id")
        .orderBy("dibuat", "desc")
        .limit(50)
        .execute();
      const items = [];
      for (const r of ids) items.push(await sesiApi(ctx as Ctx, r.id));
      return { items };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/asesmen/penetapan-batas/acuan",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Skala θ integritas acuan untuk penilai: rata-rata, simpangan, kuantil, batas baku pada θ",
    query: z.strictObject({ formulirId: z.string().min(1).max(60) }),
    response: SkemaAcuan,
    handler: async (ctx) => {
      bolehNasional(ctx);
      const p = await parameterBerlaku(ctx.db, ctx.query.formulirId);
      if (!p) throw galat(409, "PARAMETER_TIDAK_ADA");
      const j = p.acuan.norma.integritas as NormTableJson;
      const t = new NormTable(j);
      // the smallest reference θ whose cumulative share reaches q
      const kuantil = [5, 10, 25, 50, 75, 90, 95].map((q) => {
        let kum = j.shares[0];
        let k = 0;
        while (k < j.values.length - 1 && kum < q / 100) kum += j.shares[++k];
        return { persentil: q, theta: j.values[k] };
      });
      const b = p.acuan.batasLevel;
      const keTheta = (x: number) => (b.skala === "theta" ? x : t.scoreFromDerajat(x));
      return {
        mean: j.mean,
        sd: j.sd,
        kuantil,
        batasBaku: [keTheta(b.batas[0]), keTheta(b.batas[1]), keTheta(b.batas[2])] as [
          number,
          number,
          number,
        ],
        metodeBaku: b.metode,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/penetapan-batas",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    status: 201,
    ringkasan:
      "Membuka sesi penetapan batas level nasional untuk satu formulir (versi parameter yang berlaku)",
    aksi: "asesmen.penetapan_batas.buka",
    body: z.strictObject({
      judul: z.string().trim().min(1).max(200),
      formulirId: z.string().min(1).max(60),
      cara: z.enum(["rerata", "median"]).default("rerata"),
    }),
    response: SkemaSesi,
    handler: async (ctx) => {
      bolehNasional(ctx);
      const p = await parameterBerlaku(ctx.db, ctx.body.formulirId);
      if (!p) throw galat(409, "PARAMETER_TIDAK_ADA");
      const r = await ctx.db
        .insertInto("sesi_batas_nasional")
        .values({
          judul: ctx.body.judul,
          formulir_id: ctx.body.formulirId,
          versi_parameter: p.versi,
          cara: ctx.body.cara,
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "sesi_batas_nasional", objekId: r.id, rincian: { versi: p.versi } });
      return sesiApi(ctx as Ctx, r.id);
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/asesmen/penetapan-batas/:id/batas-saya",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Batas level penilai ini (tiga batas θ yang naik: Kesadaran|Pemahaman|Penerimaan|Kepemilikan)",
    aksi: "asesmen.penetapan_batas.nilai",
    params: pId,
    body: z.strictObject({
      batas: z.tuple([z.number().min(-6).max(6), z.number().min(-6).max(6), z.number().min(-6).max(6)]),
      catatan: z.string().trim().max(2000).nullable().default(null),
    }),
    response: SkemaSesi,
    handler: async (ctx) => {
      bolehNasional(ctx);
      const s = await bacaSesi(ctx.db, ctx.params.id);
      if (s.status !== "terbuka") throw galat(409, "SESI_TIDAK_TERBUKA", { status: s.status });
      const [a, b, c] = ctx.body.batas;
      if (!(a < b && b < c))
        throw galat(400, "BATAS_TIDAK_VALID", { alasan: "tiga batas harus naik tegas." });
      const pengguna = ctx.sesi?.pengguna.id as string;
      await ctx.db
        .insertInto("sesi_batas_hakim")
        .values({ sesi_id: s.id, pengguna_id: pengguna, batas: [a, b, c], catatan: ctx.body.catatan })
        .onConflict((oc) =>
          oc.columns(["sesi_id", "pengguna_id"]).doUpdateSet({
            batas: [a, b, c],
            catatan: ctx.body.catatan,
            diubah: sql<Date>`now()`,
          }),
        )
        .execute();
      ctx.audit({ objekJenis: "sesi_batas_nasional", objekId: s.id, rincian: { batas: [a, b, c] } });
      return sesiApi(ctx as Ctx, s.id);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/penetapan-batas/:id/ajukan",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Mengajukan gabungan batas para penilai untuk diterbitkan evaluator lain",
    aksi: "asesmen.penetapan_batas.ajukan",
    params: pId,
    response: SkemaSesi,
    handler: async (ctx) => {
      bolehNasional(ctx);
      const s = await bacaSesi(ctx.db, ctx.params.id);
      if (s.status !== "terbuka") throw galat(409, "SESI_TIDAK_TERBUKA", { status: s.status });
      const h = await batasHakim(ctx.db, s.id);
      const hasil = gabung(
        h.map((x) => x.batas.map(Number)),
        s.cara,
      );
      if (!hasil) throw galat(409, "HAKIM_KURANG", { min: HAKIM_MIN, n: h.length });
      await ctx.db
        .updateTable("sesi_batas_nasional")
        .set({
          status: "diajukan",
          hasil: JSON.stringify(hasil),
          diajukan_oleh: ctx.sesi?.pengguna.id ?? null,
          diajukan: new Date(),
        })
        .where("id", "=", s.id)
        .execute();
      ctx.audit({
        objekJenis: "sesi_batas_nasional",
        objekId: s.id,
        rincian: { n: hasil.n, batas: hasil.batas, se: hasil.se },
      });
      return sesiApi(ctx as Ctx, s.id);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/penetapan-batas/:id/kembalikan",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Mengembalikan sesi yang diajukan agar para penilai meninjau ulang batasnya",
    aksi: "asesmen.penetapan_batas.kembalikan",
    params: pId,
    response: SkemaSesi,
    handler: async (ctx) => {
      bolehNasional(ctx);
      const s = await bacaSesi(ctx.db, ctx.params.id);
      if (s.status !== "diajukan") throw galat(409, "SESI_BUKAN_DIAJUKAN", { status: s.status });
      await ctx.db
        .updateTable("sesi_batas_nasional")
        .set({ status: "terbuka", hasil: null, diajukan_oleh: null, diajukan: null })
        .where("id", "=", s.id)
        .execute();
      ctx.audit({ objekJenis: "sesi_batas_nasional", objekId: s.id });
      return sesiApi(ctx as Ctx, s.id);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/penetapan-batas/:id/terbitkan",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Menerbitkan batas level nasional (evaluator selain pengaju); menggantikan batas baku dan kampanye formulir itu diskor ulang",
    aksi: "asesmen.penetapan_batas.terbitkan",
    params: pId,
    response: SkemaSesi.extend({ penskoranUlang: z.number() }),
    handler: async (ctx) => {
      bolehNasional(ctx);
      const s = await bacaSesi(ctx.db, ctx.params.id);
      if (s.status !== "diajukan") throw galat(409, "SESI_BUKAN_DIAJUKAN", { status: s.status });
      if (s.diajukan_oleh === ctx.sesi?.pengguna.id) throw galat(403, "PENERBIT_ADALAH_PENGAJU");
      await ctx.db
        .updateTable("sesi_batas_nasional")
        .set({ status: "diganti" })
        .where("formulir_id", "=", s.formulir_id)
        .where("status", "=", "terbit")
        .execute();
      await ctx.db
        .updateTable("sesi_batas_nasional")
        .set({ status: "terbit", diterbitkan_oleh: ctx.sesi?.pengguna.id ?? null, diterbitkan: new Date() })
        .where("id", "=", s.id)
        .execute();
      // campaigns scored with this version are rescored; agencies with cuts of their own keep them
      const jumlahSkorUlang = await antrekanSkorUlang(ctx.db, {
        formulirId: s.formulir_id,
        parameterVersi: s.versi_parameter,
        penggunaId: ctx.sesi?.pengguna.id ?? null,
        alasan: `batas nasional ${s.nomor}`,
      });
      ctx.audit({
        objekJenis: "sesi_batas_nasional",
        objekId: s.id,
        rincian: { nomor: s.nomor, penskoranUlang: jumlahSkorUlang },
      });
      return { ...(await sesiApi(ctx as Ctx, s.id)), penskoranUlang: jumlahSkorUlang };
    },
  }),
]);
