/**
 * Results of the integrity assessment over HTTP (docs/hasil.md "Pipeline", "API",
 * "Who sees what"): scoring job, review of
 * flagged patterns, release, the employee's own profile, the assessment map
 * and index (Tabel 3 no. 3; BAB III.B.3.a), pre/post, drill-down, cut
 * scores, recalibration and exports.
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { antrekanJob } from "../../jobs/queue.ts";
import { skemaHalaman } from "../../umum/halaman.ts";
import { hasilSkorJson } from "../../umum/skor-tersimpan.ts";
import {
  type Ctx,
  jumlahSkor,
  KOLOM_KAMPANYE,
  kampanye,
  PERAN_KELOLA,
  PERAN_PETA,
  PERAN_TINJAUAN,
} from "./bersama.ts";
import { bolehSebelumRilis, jobSkorTerakhir, ringkasKampanye } from "./layanan.ts";
import { galat } from "./pesan.ts";
import { segarkanRingkasan } from "./ringkasan.ts";
import { pKampanye, SkemaKampanyeRingkas } from "./skema.ts";
import { type HasilTersimpan, JOB_SKOR } from "./skor.ts";

export const ruteSkor = grupRute("/api/instansi/:instansiId/hasil", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye",
    akses: PERAN_PETA,
    bolehEvaluatorNasional: true,
    tag: "hasil",
    ringkasan: "Kampanye asesmen dengan status penskoran, tinjauan dan rilis",
    response: z.object({
      items: z.array(
        SkemaKampanyeRingkas.extend({
          selesai: z.number(),
          dinilai: z.number(),
          menunggu: z.number(),
          versiParameter: z.array(z.string()),
          /** A pilot: scored for calibration only, never released nor mapped (docs/norma-batas.md). */
          ujiCoba: z.boolean(),
        }),
      ),
    }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const ks = await ctx.db
        .selectFrom("kampanye_asesmen")
        .select(KOLOM_KAMPANYE)
        .where("instansi_id", "=", instansiId)
        .orderBy("dibuka", "desc")
        .limit(200)
        .execute();
      const items = [];
      for (const k of ks) {
        // leaders, PPK and the national evaluator see released campaigns only
        if (!k.hasil_dirilis && !bolehSebelumRilis(ctx as Ctx)) continue;
        const { n } = await ctx.db
          .selectFrom("peserta_asesmen")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("instansi_id", "=", instansiId)
          .where("kampanye_id", "=", k.id)
          .where("selesai", "is not", null)
          .executeTakeFirstOrThrow();
        const j = await jumlahSkor(ctx.db, instansiId, k.id);
        items.push({
          ...ringkasKampanye(k),
          selesai: Number(n),
          dinilai: j.dinilai,
          menunggu: j.menunggu,
          versiParameter: j.versiParameter,
          ujiCoba: k.uji_coba,
        });
      }
      return { items };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/skor",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan: "Menjalankan penskoran (atau penskoran ulang) kampanye di latar belakang",
    aksi: "hasil.skor.mulai",
    params: pKampanye,
    response: z.object({ jobId: z.uuid() }),
    status: 202,
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      const j = await jobSkorTerakhir(ctx.db, instansiId, kampanyeId);
      if (j && (j.status === "antre" || j.status === "berjalan")) throw galat(409, "SKOR_BERJALAN");
      const jobId = await antrekanJob(ctx.db, {
        jenis: JOB_SKOR,
        instansiId,
        muatan: { kampanyeId, penggunaId: ctx.sesi?.pengguna.id ?? null },
      });
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: kampanyeId, rincian: { jobId } });
      return { jobId };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/skor",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan: "Progres penskoran terakhir dan jumlah hasil per status tinjauan",
    params: pKampanye,
    response: z.object({
      job: z
        .object({
          id: z.string(),
          status: z.string(),
          progres: z.object({ selesai: z.number(), total: z.number().nullable() }),
          hasil: z.unknown(),
          galat: z.string().nullable(),
        })
        .nullable(),
      dinilai: z.number(),
      menunggu: z.number(),
      diterima: z.number(),
      dikecualikan: z.number(),
      versiParameter: z.array(z.string()),
      hasilDirilis: z.string().nullable(),
    }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      const k = await kampanye(ctx.db, instansiId, kampanyeId);
      const j = await jobSkorTerakhir(ctx.db, instansiId, kampanyeId);
      return {
        job: j
          ? {
              id: j.id,
              status: j.status,
              progres: { selesai: j.progres_selesai, total: j.progres_total },
              hasil: j.hasil,
              galat: j.galat,
            }
          : null,
        ...(await jumlahSkor(ctx.db, instansiId, kampanyeId)),
        hasilDirilis: k.hasil_dirilis ? new Date(k.hasil_dirilis).toISOString() : null,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/tinjauan",
    akses: PERAN_TINJAUAN,
    tag: "hasil",
    ringkasan: "Pola jawaban yang ditandai untuk ditinjau (nama pegawai; dicatat di log audit)",
    aksi: "hasil.tinjauan.baca",
    params: pKampanye,
    query: z.strictObject({
      ...skemaHalaman,
      status: z.enum(["menunggu", "diterima", "dikecualikan"]).default("menunggu"),
    }),
    response: z.object({
      items: z.array(
        z.object({
          pesertaId: z.string(),
          pegawaiId: z.string(),
          nama: z.string(),
          nip: z.string(),
          derajat: z.number(),
          level: z.number(),
          tinjauan: z.string(),
          tanda: z.array(z.object({ kode: z.string(), alasan: z.string() })),
        }),
      ),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      const q = ctx.db
        .selectFrom("skor_asesmen as s")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
        )
        .where("s.instansi_id", "=", instansiId)
        .where("s.kampanye_id", "=", kampanyeId)
        .where("s.perlu_tinjauan", "=", true)
        .where("s.tinjauan", "=", ctx.query.status);
      const rows = await q
        .select([
          "s.peserta_id",
          "s.pegawai_id",
          "p.nama",
          "p.nip",
          "s.derajat",
          "s.level",
          "s.tinjauan",
          hasilSkorJson("s").as("hasil"),
        ])
        .orderBy("p.nama")
        .orderBy("s.peserta_id")
        .limit(ctx.query.pageSize)
        .offset((ctx.query.page - 1) * ctx.query.pageSize)
        .execute();
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "kampanye_asesmen",
        objekId: kampanyeId,
        rincian: {
          jumlah: rows.length,
          tujuan: "verifikasi_data",
          peran: PERAN_TINJAUAN.find((p) => ctx.peran.includes(p)),
          pegawai: rows.map((r) => r.pegawai_id),
        },
      });
      return {
        items: rows.map((r) => {
          const h = (typeof r.hasil === "string" ? JSON.parse(r.hasil) : r.hasil) as HasilTersimpan;
          const tanda: { kode: string; alasan: string }[] = h.tanda.map((t) => ({
            kode: t.kode,
            alasan: t.alasan,
          }));
          if (!h.konvergen)
            tanda.push({
              kode: "tidak-konvergen",
              alasan: "Estimasi skor tidak konvergen; periksa pola jawaban.",
            });
          return {
            pesertaId: r.peserta_id,
            pegawaiId: r.pegawai_id,
            nama: r.nama,
            nip: r.nip,
            derajat: r.derajat,
            level: r.level,
            tinjauan: r.tinjauan,
            tanda,
          };
        }),
        total: Number(n),
        page: ctx.query.page,
        pageSize: ctx.query.pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/tinjauan/:pesertaId",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan: "Memutuskan hasil yang ditandai: diterima (masuk peta) atau dikecualikan",
    aksi: "hasil.tinjauan.putuskan",
    params: z.strictObject({ kampanyeId: z.uuid(), pesertaId: z.uuid() }),
    body: z.strictObject({
      keputusan: z.enum(["diterima", "dikecualikan"]),
      alasan: z.string().trim().min(3).max(2000),
    }),
    response: z.object({ pesertaId: z.string(), tinjauan: z.string() }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId, pesertaId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      const r = await ctx.db
        .updateTable("skor_asesmen")
        .set({ tinjauan: ctx.body.keputusan })
        .where("instansi_id", "=", instansiId)
        .where("kampanye_id", "=", kampanyeId)
        .where("peserta_id", "=", pesertaId)
        .where("perlu_tinjauan", "=", true)
        .returning(["peserta_id", "tinjauan", "unit_id"])
        .executeTakeFirst();
      if (!r) throw galat(404, "TINJAUAN_TIDAK_ADA");
      // only this person's unit row of the map sums changes
      await segarkanRingkasan(ctx.db, instansiId, kampanyeId, r.unit_id);
      ctx.audit({
        objekJenis: "skor_asesmen",
        objekId: pesertaId,
        rincian: { kampanyeId, keputusan: ctx.body.keputusan, alasan: ctx.body.alasan },
      });
      return { pesertaId: r.peserta_id, tinjauan: r.tinjauan };
    },
  }),
]);
