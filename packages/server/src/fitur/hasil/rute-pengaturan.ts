/** The agency's results settings, the review panel, and cut scores (preview and set). */
import type { BatasLevel } from "@nurani/domain";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaHalaman } from "../../umum/halaman.ts";
import { type Ctx, kampanye, kMinimum, PERAN_KELOLA, PERAN_PETA } from "./bersama.ts";
import { hitungBatas } from "./layanan.ts";
import { TINJAUAN_DILAPORKAN } from "./ringkasan.ts";
import { pKampanye, SkemaBatas, SkemaPenetapan } from "./skema.ts";

export const rutePengaturan = grupRute("/api/instansi/:instansiId/hasil", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/pengaturan",
    akses: PERAN_PETA,
    tag: "hasil",
    ringkasan: "Ukuran kelompok minimum peta (k) dan batas level yang berlaku",
    response: z.object({
      k: z.number(),
      batasLevel: z.array(
        z.object({
          versi: z.number(),
          metode: z.string(),
          batas: SkemaBatas.nullable(),
          rincian: z.unknown(),
          dibuat: z.string(),
          dibuatOleh: z.string().nullable(),
        }),
      ),
    }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const rows = await ctx.db
        .selectFrom("batas_level_instansi as b")
        .leftJoin("pengguna as u", "u.id", "b.dibuat_oleh")
        .select(["b.versi", "b.metode", "b.batas", "b.rincian", "b.dibuat", "u.nama"])
        .where("b.instansi_id", "=", instansiId)
        .orderBy("b.versi", "desc")
        .execute();
      return {
        k: await kMinimum(ctx.db, instansiId),
        batasLevel: rows.map((r) => ({
          versi: r.versi,
          metode: r.metode,
          batas: (r.batas as BatasLevel | null) ?? null,
          rincian: r.rincian,
          dibuat: new Date(r.dibuat).toISOString(),
          dibuatOleh: r.nama ?? null,
        })),
      };
    },
  }),

  defineRoute({
    method: "PUT",
    url: "/api/instansi/:instansiId/hasil/pengaturan",
    akses: ["admin_instansi"],
    tag: "hasil",
    ringkasan: "Mengubah ukuran kelompok minimum peta (k ≥ 3)",
    aksi: "hasil.pengaturan.ubah",
    body: z.strictObject({ k: z.number().int().min(3).max(1000) }),
    response: z.object({ k: z.number() }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      await ctx.db
        .insertInto("pengaturan_hasil")
        .values({
          instansi_id: instansiId,
          k_minimum: ctx.body.k,
          diubah_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .onConflict((oc) =>
          oc.column("instansi_id").doUpdateSet({
            k_minimum: ctx.body.k,
            diubah_oleh: ctx.sesi?.pengguna.id ?? null,
            diubah: new Date(),
          }),
        )
        .execute();
      ctx.audit({ objekJenis: "pengaturan_hasil", objekId: instansiId, rincian: { k: ctx.body.k } });
      return { k: ctx.body.k };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hasil/kampanye/:kampanyeId/panel",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Peserta yang sudah diskor untuk dinilai panel penetapan batas level (tanpa skor: panel menilai buta skor); dicatat di log audit",
    aksi: "hasil.panel.baca",
    params: pKampanye,
    query: z.strictObject({ ...skemaHalaman, q: z.string().trim().max(100).optional() }),
    response: z.object({
      items: z.array(
        z.object({ pesertaId: z.string(), nama: z.string(), nip: z.string(), unit: z.string().nullable() }),
      ),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
    handler: async (ctx) => {
      const { instansiId, kampanyeId } = ctx.params;
      await kampanye(ctx.db, instansiId, kampanyeId);
      let q = ctx.db
        .selectFrom("skor_asesmen as s")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
        )
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "s.instansi_id").onRef("u.id", "=", "s.unit_id"),
        )
        .where("s.instansi_id", "=", instansiId)
        .where("s.kampanye_id", "=", kampanyeId)
        .where("s.tinjauan", "in", TINJAUAN_DILAPORKAN);
      if (ctx.query.q) {
        const cari = ctx.query.q;
        q = q.where((eb) =>
          eb.or([
            eb("p.nama", "ilike", `%${cari.replace(/[%_\\]/g, "")}%`),
            eb("p.nip", "like", `${cari.replace(/\D/g, "")}%`),
          ]),
        );
      }
      const rows = await q
        .select(["s.peserta_id", "p.nama", "p.nip", "u.nama as unit"])
        .orderBy("p.nama")
        .orderBy("s.peserta_id")
        .limit(ctx.query.pageSize)
        .offset((ctx.query.page - 1) * ctx.query.pageSize)
        .execute();
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "kampanye_asesmen", objekId: kampanyeId, rincian: { jumlah: rows.length } });
      return {
        items: rows.map((r) => ({ pesertaId: r.peserta_id, nama: r.nama, nip: r.nip, unit: r.unit ?? null })),
        total: Number(n),
        page: ctx.query.page,
        pageSize: ctx.query.pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/batas-level/pratinjau",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Pratinjau penetapan batas level (kelompok kontras, manual, atau kembali ke baku) tanpa menyimpan",
    body: SkemaPenetapan,
    response: z.object({ batas: SkemaBatas.nullable(), rincian: z.unknown() }),
    handler: async (ctx) => hitungBatas(ctx as Ctx, ctx.body),
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/hasil/batas-level",
    akses: PERAN_KELOLA,
    tag: "hasil",
    ringkasan:
      "Menetapkan batas level instansi (dicatat dengan metode, siapa dan kapan); berlaku untuk penskoran berikutnya",
    aksi: "hasil.batas_level.tetapkan",
    body: SkemaPenetapan,
    response: z.object({ versi: z.number(), batas: SkemaBatas.nullable() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { batas, rincian } = await hitungBatas(ctx as Ctx, ctx.body);
      const { maks } = await ctx.db
        .selectFrom("batas_level_instansi")
        .select((eb) => eb.fn.max("versi").as("maks"))
        .where("instansi_id", "=", instansiId)
        .executeTakeFirstOrThrow();
      const versi = (Number(maks) || 0) + 1;
      await ctx.db
        .insertInto("batas_level_instansi")
        .values({
          instansi_id: instansiId,
          versi,
          batas: batas ? JSON.stringify(batas) : null,
          metode: ctx.body.metode,
          rincian: JSON.stringify(rincian),
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .execute();
      ctx.audit({
        objekJenis: "batas_level_instansi",
        objekId: String(versi),
        rincian: { metode: ctx.body.metode, batas },
      });
      return { versi, batas };
    },
  }),
]);
