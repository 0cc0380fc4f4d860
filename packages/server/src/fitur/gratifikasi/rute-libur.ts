/**
 * The national holiday calendar for counting working days (docs/gratifikasi.md
 * "Working days"): national holidays and collective leave days (cuti bersama),
 * set yearly by the joint decree (SKB) of the ministers. Read by anyone in an
 * agency; replaced per year by the national evaluator.
 */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { BodyHariLibur, ParamTahun, SkemaHariLibur } from "./skema.ts";

const KueriTahun = z.strictObject({ tahun: z.coerce.number().int().min(2000).max(2100) });

export const ruteLiburInstansi = grupRute("/api/instansi/:instansiId/hari-libur", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/hari-libur",
    akses: "login",
    tag: "gratifikasi",
    ringkasan: "Kalender hari libur nasional dan cuti bersama setahun (dipakai menghitung hari kerja)",
    query: KueriTahun,
    response: z.array(SkemaHariLibur),
    handler: async (ctx) =>
      ctx.db
        .selectFrom("hari_libur")
        .select(["tanggal", "keterangan", "jenis"])
        .where(sql<string>`to_char(tanggal, 'YYYY')`, "=", String(ctx.query.tahun))
        .orderBy("tanggal")
        .execute(),
  }),
]);

export const ruteLiburNasional = grupRute("/api/nasional/hari-libur", [
  defineRoute({
    method: "PUT",
    url: "/api/nasional/hari-libur/:tahun",
    akses: ["evaluator_nasional"],
    tag: "gratifikasi",
    ringkasan: "Mengganti kalender hari libur nasional dan cuti bersama satu tahun (SKB menteri)",
    aksi: "hari_libur.ganti",
    params: ParamTahun,
    body: BodyHariLibur,
    response: z.array(SkemaHariLibur),
    handler: async (ctx) => {
      const { tahun } = ctx.params;
      const hari = ctx.body.hari.filter((h) => h.tanggal.startsWith(`${tahun}-`));
      await ctx.db
        .deleteFrom("hari_libur")
        .where(sql<string>`to_char(tanggal, 'YYYY')`, "=", String(tahun))
        .execute();
      if (hari.length > 0)
        await ctx.db
          .insertInto("hari_libur")
          .values(hari)
          .onConflict((oc) => oc.doNothing())
          .execute();
      ctx.audit({ rincian: { tahun, jumlah: hari.length } });
      return ctx.db
        .selectFrom("hari_libur")
        .select(["tanggal", "keterangan", "jenis"])
        .where(sql<string>`to_char(tanggal, 'YYYY')`, "=", String(tahun))
        .orderBy("tanggal")
        .execute();
    },
  }),
]);
