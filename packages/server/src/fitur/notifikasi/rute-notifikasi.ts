/**
 * My notifications (docs/server.md "Notifications"): the list, newest first,
 * with the unread count the bell shows, and marking read. Every query names
 * the caller's own account: nobody reads another's messages, not even an admin.
 */
import { sql } from "kysely";
import { z } from "zod";
import { loadConfig } from "../../config.ts";
import { defineRoute } from "../../http/route.ts";
import type { JobHandler } from "../../jobs/queue.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";
import { JOB_EMAIL_NOTIFIKASI } from "./beritahu.ts";
import { kirimEmailNotifikasi } from "./email.ts";

const SkemaNotifikasi = z.object({
  id: z.uuid(),
  jenis: z.string(),
  judul: z.string(),
  isi: z.string().nullable(),
  tautan: z.string().nullable(),
  dibaca: z.string().nullable(),
  dibuat: z.string(),
});

export const routes = [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/notifikasi",
    akses: "login",
    tag: "notifikasi",
    ringkasan: "Notifikasi saya, terbaru dulu, dengan jumlah yang belum dibaca",
    query: z.strictObject({ ...skemaHalaman, belumDibaca: z.enum(["true", "false"]).optional() }),
    response: skemaDaftar(SkemaNotifikasi).extend({ belumDibaca: z.number() }),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const milikSaya = ctx.db
        .selectFrom("notifikasi")
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("pengguna_id", "=", ctx.sesi?.pengguna.id ?? "");
      const c = await milikSaya
        .select([
          sql<number>`count(*)::int`.as("n"),
          sql<number>`(count(*) - count(dibaca))::int`.as("belum"),
        ])
        .executeTakeFirstOrThrow();
      const rows = await milikSaya
        .$if(ctx.query.belumDibaca === "true", (q) => q.where("dibaca", "is", null))
        .select(["id", "jenis", "judul", "isi", "tautan", "dibaca", "dibuat"])
        .orderBy("dibuat", "desc")
        .orderBy("id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          ...r,
          dibaca: r.dibaca ? r.dibaca.toISOString() : null,
          dibuat: r.dibuat.toISOString(),
        })),
        total: ctx.query.belumDibaca === "true" ? c.belum : c.n,
        belumDibaca: c.belum,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/notifikasi/baca",
    akses: "login",
    tag: "notifikasi",
    ringkasan: "Menandai notifikasi saya sudah dibaca (daftar id, atau semua)",
    aksi: "notifikasi.baca",
    body: z.strictObject({ ids: z.array(z.uuid()).max(200).optional(), semua: z.boolean().optional() }),
    response: z.object({ diubah: z.number() }),
    handler: async (ctx) => {
      let q = ctx.db
        .updateTable("notifikasi")
        .set({ dibaca: sql<Date>`now()` })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("pengguna_id", "=", ctx.sesi?.pengguna.id ?? "")
        .where("dibaca", "is", null);
      if (!ctx.body.semua) {
        const ids = ctx.body.ids ?? [];
        if (ids.length === 0) return { diubah: 0 };
        q = q.where("id", "in", ids);
      }
      const r = await q.executeTakeFirst();
      return { diubah: Number(r.numUpdatedRows) };
    },
  }),
];

export const jobs: Record<string, JobHandler> = {
  [JOB_EMAIL_NOTIFIKASI]: async (job, ctx) => {
    const smtp = loadConfig().smtp;
    const { id } = z.object({ id: z.uuid() }).parse(job.muatan);
    if (!smtp || !job.instansi_id) return { terkirim: false, alasan: "tanpa_smtp" };
    return kirimEmailNotifikasi(ctx.db, job.instansi_id, id, smtp);
  },
};
