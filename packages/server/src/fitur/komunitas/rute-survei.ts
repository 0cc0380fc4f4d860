/** The public survey's results and comments, for the agency. */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { iso } from "./bersama.ts";
import { PERTANYAAN_SURVEI } from "./layanan-survei.ts";

export const ruteSurvei = grupRute("/api/instansi/:instansiId/survei-publik", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/survei-publik/hasil",
    akses: ["admin_instansi", "tim_supervisi", "ppk", "pimpinan", "apip"],
    tag: "survei-publik",
    ringkasan: "Rekap survei publik integritas layanan: jumlah, rerata dan sebaran per pertanyaan, per bulan",
    query: z.strictObject({ dari: z.iso.date().optional(), sampai: z.iso.date().optional() }),
    response: z.object({
      jumlah: z.number(),
      pertanyaan: z.array(
        z.object({
          kode: z.string(),
          id: z.string(),
          en: z.string(),
          rerata: z.number().nullable(),
          sebaran: z.array(z.number()),
        }),
      ),
      perBulan: z.array(z.object({ bulan: z.string(), jumlah: z.number() })),
    }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { dari, sampai } = ctx.query;
      let k = ctx.db.selectFrom("survei_respons").where("instansi_id", "=", instansiId);
      if (dari) k = k.where("dikirim", ">=", new Date(`${dari}T00:00:00+07:00`));
      if (sampai)
        k = k.where("dikirim", "<", new Date(new Date(`${sampai}T00:00:00+07:00`).getTime() + 86_400_000));
      const sebaran = await k
        .select([
          sql<number>`count(*)::int`.as("n"),
          ...PERTANYAAN_SURVEI.flatMap((p) =>
            [1, 2, 3, 4, 5].map((v) =>
              sql<number>`count(*) filter (where ${sql.ref(p.kode)} = ${v})::int`.as(`${p.kode}_${v}`),
            ),
          ),
        ])
        .executeTakeFirstOrThrow();
      const baris = sebaran as unknown as Record<string, number>;
      const perBulan = await k
        .select([
          sql<string>`to_char(dikirim at time zone 'Asia/Jakarta', 'YYYY-MM')`.as("bulan"),
          sql<number>`count(*)::int`.as("jumlah"),
        ])
        .groupBy(sql`1`)
        .orderBy(sql`1`)
        .execute();
      return {
        jumlah: baris.n,
        pertanyaan: PERTANYAAN_SURVEI.map((p) => {
          const s = [1, 2, 3, 4, 5].map((v) => baris[`${p.kode}_${v}`] ?? 0);
          const n = s.reduce((a, x) => a + x, 0);
          return { ...p, sebaran: s, rerata: n === 0 ? null : s.reduce((a, x, j) => a + x * (j + 1), 0) / n };
        }),
        perBulan,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/survei-publik/komentar",
    akses: ["admin_instansi", "tim_supervisi", "ppk", "pimpinan", "apip"],
    tag: "survei-publik",
    ringkasan: "Komentar survei publik (anonim), terbaru dulu, berhalaman",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(
      z.object({ id: z.uuid(), dikirim: z.string(), layanan: z.string().nullable(), komentar: z.string() }),
    ),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const k = ctx.db
        .selectFrom("survei_respons")
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("komentar", "is not", null);
      const total = await k.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await k
        .select(["id", "dikirim", "layanan", "komentar"])
        .orderBy("dikirim", "desc")
        .orderBy("id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          dikirim: iso(r.dikirim) ?? "",
          layanan: r.layanan,
          komentar: r.komentar ?? "",
        })),
        total: total.n,
        page,
        pageSize,
      };
    },
  }),
]);
