/**
 * The recalibration routes (docs/hasil.md "Recalibration"): run, report, publish.
 * The computation and its job live in kalibrasi.ts.
 */

import { DIF_MIN_KELOMPOK } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { antrekanJob } from "../../jobs/queue.ts";
import { JOB_KALIBRASI, MIN_RESPONS } from "./kalibrasi.ts";
import { galat } from "./pesan.ts";
import { antrekanSkorUlang } from "./skor-ulang.ts";

const bolehNasional = (peran: { instansiNasional: boolean; peran: string }[]) =>
  peran.some((p) => p.instansiNasional && p.peran === "evaluator_nasional");

export const rutesKalibrasi = grupRute("/api/asesmen", [
  defineRoute({
    method: "GET",
    url: "/api/asesmen/parameter",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Versi parameter asesmen per formulir (sementara, draf kalibrasi ulang, terbit, diganti)",
    response: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          versi: z.string(),
          formulirId: z.string(),
          status: z.string(),
          catatan: z.string().nullable(),
          sumberKampanyeId: z.string().nullable(),
          dibuat: z.string(),
          diterbitkan: z.string().nullable(),
        }),
      ),
    }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const rows = await ctx.db
        .selectFrom("parameter_asesmen")
        .select([
          "id",
          "versi",
          "formulir_id",
          "status",
          "catatan",
          "sumber_kampanye_id",
          "dibuat",
          "diterbitkan",
        ])
        .orderBy("formulir_id")
        .orderBy("dibuat", "desc")
        .limit(500)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          versi: r.versi,
          formulirId: r.formulir_id,
          status: r.status,
          catatan: r.catatan,
          sumberKampanyeId: r.sumber_kampanye_id,
          dibuat: new Date(r.dibuat).toISOString(),
          diterbitkan: r.diterbitkan ? new Date(r.diterbitkan).toISOString() : null,
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/asesmen/kalibrasi-ulang/kampanye",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Kampanye semua instansi dengan jumlah respons terkirim terhadap ambang kalibrasi ulang, dan kalibrasi terakhirnya",
    query: z.strictObject({
      minimum: z.coerce.number().int().min(100).max(1_000_000).default(MIN_RESPONS),
    }),
    response: z.object({
      minimum: z.number(),
      items: z.array(
        z.object({
          instansiId: z.string(),
          instansiNama: z.string(),
          kampanyeId: z.string(),
          nama: z.string(),
          formulirId: z.string(),
          ditutup: z.string(),
          selesai: z.number(),
          layak: z.boolean(),
          /** A pilot campaign: its data serves exactly this (docs/norma-batas.md). */
          ujiCoba: z.boolean(),
          job: z
            .object({
              id: z.string(),
              status: z.string(),
              progres: z.object({ selesai: z.number(), total: z.number().nullable() }),
              galat: z.string().nullable(),
              dibuat: z.string(),
            })
            .nullable(),
        }),
      ),
    }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const { minimum } = ctx.query;
      // counts only: no person's data leaves this query
      const rows = await ctx.db
        .selectFrom("kampanye_asesmen as k")
        .innerJoin("instansi as i", "i.id", "k.instansi_id")
        .leftJoin("peserta_asesmen as p", (j) =>
          j
            .onRef("p.instansi_id", "=", "k.instansi_id")
            .onRef("p.kampanye_id", "=", "k.id")
            .on("p.selesai", "is not", null),
        )
        .select((eb) => [
          "k.instansi_id",
          "i.nama as instansi_nama",
          "k.id",
          "k.nama",
          "k.formulir_id",
          "k.ditutup",
          "k.uji_coba",
          eb.fn.count<string>("p.id").as("selesai"),
        ])
        .groupBy(["k.instansi_id", "i.nama", "k.id", "k.nama", "k.formulir_id", "k.ditutup", "k.uji_coba"])
        .orderBy("selesai", "desc")
        .orderBy("k.ditutup", "desc")
        .limit(500)
        .execute();
      const jobs = await ctx.db
        .selectFrom("job")
        .select(["id", "status", "progres_selesai", "progres_total", "galat", "dibuat", "muatan"])
        .where("jenis", "=", JOB_KALIBRASI)
        .orderBy("dibuat", "desc")
        .limit(1000)
        .execute();
      const terakhir = new Map<string, (typeof jobs)[number]>();
      for (const j of jobs) {
        const m = (typeof j.muatan === "string" ? JSON.parse(j.muatan) : j.muatan) as { kampanyeId?: string };
        if (m.kampanyeId && !terakhir.has(m.kampanyeId)) terakhir.set(m.kampanyeId, j);
      }
      return {
        minimum,
        items: rows.map((r) => {
          const j = terakhir.get(r.id);
          return {
            instansiId: r.instansi_id,
            instansiNama: r.instansi_nama,
            kampanyeId: r.id,
            nama: r.nama,
            formulirId: r.formulir_id,
            ditutup: new Date(r.ditutup).toISOString(),
            selesai: Number(r.selesai),
            layak: Number(r.selesai) >= minimum,
            ujiCoba: r.uji_coba,
            job: j
              ? {
                  id: j.id,
                  status: j.status,
                  progres: { selesai: j.progres_selesai, total: j.progres_total },
                  galat: j.galat,
                  dibuat: new Date(j.dibuat).toISOString(),
                }
              : null,
          };
        }),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/asesmen/parameter/:id/banding",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Perbandingan sebuah versi hasil kalibrasi ulang dengan versi yang berlaku saat itu (kecocokan, pergeseran, DIF)",
    params: z.strictObject({ id: z.uuid() }),
    response: z.object({ versi: z.string(), status: z.string(), banding: z.unknown() }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const p = await ctx.db
        .selectFrom("parameter_asesmen")
        .select(["versi", "status"])
        .where("id", "=", ctx.params.id)
        .executeTakeFirst();
      if (!p) throw galat(404, "PARAMETER_TIDAK_ADA");
      // the comparison is the result of the newest finished job that produced this version
      const j = await ctx.db
        .selectFrom("job")
        .select("hasil")
        .where("jenis", "=", JOB_KALIBRASI)
        .where("status", "=", "selesai")
        .where(sql<string>`hasil->>'versiBaru'`, "=", p.versi)
        .orderBy("selesai", "desc")
        .executeTakeFirst();
      if (!j) throw galat(404, "BANDING_TIDAK_ADA");
      return { versi: p.versi, status: p.status, banding: j.hasil };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/kalibrasi-ulang",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Kalibrasi ulang dari jawaban nyata sebuah kampanye (job); hasilnya versi parameter berstatus draf",
    aksi: "asesmen.kalibrasi_ulang.mulai",
    body: z.strictObject({
      instansiId: z.uuid(),
      kampanyeId: z.uuid(),
      /** Minimum submitted responses (default 1,000; never below 100). */
      minimum: z.number().int().min(100).max(1_000_000).default(MIN_RESPONS),
      /** Smallest group tested for DIF (default 100; never below 30). */
      minKelompokDif: z.number().int().min(30).max(1_000_000).default(DIF_MIN_KELOMPOK),
    }),
    response: z.object({ jobId: z.uuid() }),
    status: 202,
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const { instansiId, kampanyeId, minimum, minKelompokDif } = ctx.body;
      const k = await ctx.db
        .selectFrom("kampanye_asesmen")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", kampanyeId)
        .executeTakeFirst();
      if (!k) throw galat(404, "KAMPANYE_TIDAK_ADA");
      const { n } = await ctx.db
        .selectFrom("peserta_asesmen")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("instansi_id", "=", instansiId)
        .where("kampanye_id", "=", kampanyeId)
        .where("selesai", "is not", null)
        .executeTakeFirstOrThrow();
      if (Number(n) < minimum) throw galat(409, "RESPONS_KURANG", { min: minimum, n: Number(n) });
      const jobId = await antrekanJob(ctx.db, {
        jenis: JOB_KALIBRASI,
        instansiId,
        muatan: { kampanyeId, penggunaId: ctx.sesi?.pengguna.id ?? null, minKelompokDif },
      });
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: kampanyeId, rincian: { instansiId, jobId } });
      return { jobId };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/asesmen/kalibrasi-ulang/:jobId",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan: "Status dan perbandingan sebuah kalibrasi ulang",
    params: z.strictObject({ jobId: z.uuid() }),
    response: z.object({
      status: z.string(),
      progres: z.object({ selesai: z.number(), total: z.number().nullable() }),
      hasil: z.unknown(),
      galat: z.string().nullable(),
    }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const j = await ctx.db
        .selectFrom("job")
        .select(["status", "progres_selesai", "progres_total", "hasil", "galat"])
        .where("id", "=", ctx.params.jobId)
        .where("jenis", "=", JOB_KALIBRASI)
        .executeTakeFirst();
      if (!j) throw galat(404, "PARAMETER_TIDAK_ADA");
      return {
        status: j.status,
        progres: { selesai: j.progres_selesai, total: j.progres_total },
        hasil: j.hasil,
        galat: j.galat,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/asesmen/parameter/:id/terbitkan",
    akses: ["evaluator_nasional"],
    tag: "hasil",
    ringkasan:
      "Menerbitkan versi parameter hasil kalibrasi ulang; versi lama diganti dan kampanye formulir itu diskor ulang",
    aksi: "asesmen.parameter.terbitkan",
    params: z.strictObject({ id: z.uuid() }),
    response: z.object({ versi: z.string(), penskoranUlang: z.number() }),
    handler: async (ctx) => {
      if (!bolehNasional(ctx.sesi?.peran ?? [])) throw galat(403, "BUKAN_NASIONAL");
      const p = await ctx.db
        .selectFrom("parameter_asesmen")
        .select(["id", "versi", "formulir_id", "status"])
        .where("id", "=", ctx.params.id)
        .executeTakeFirst();
      if (!p) throw galat(404, "PARAMETER_TIDAK_ADA");
      if (p.status !== "draf") throw galat(409, "PARAMETER_BUKAN_DRAF");
      await ctx.db
        .updateTable("parameter_asesmen")
        .set({ status: "diganti" })
        .where("formulir_id", "=", p.formulir_id)
        .where("status", "=", "terbit")
        .execute();
      await ctx.db
        .updateTable("parameter_asesmen")
        .set({ status: "terbit", diterbitkan: new Date() })
        .where("id", "=", p.id)
        .execute();
      // Every campaign on this form that has scores is rescored with the new version.
      const jumlahSkorUlang = await antrekanSkorUlang(ctx.db, {
        formulirId: p.formulir_id,
        penggunaId: ctx.sesi?.pengguna.id ?? null,
        alasan: `parameter ${p.versi}`,
      });
      ctx.audit({
        objekJenis: "parameter_asesmen",
        objekId: p.id,
        rincian: { versi: p.versi, penskoranUlang: jumlahSkorUlang },
      });
      return { versi: p.versi, penskoranUlang: jumlahSkorUlang };
    },
  }),
]);
