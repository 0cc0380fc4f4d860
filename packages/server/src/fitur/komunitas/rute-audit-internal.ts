/** Internal audit by APIP: plans, findings, the agency's answers and follow-up (see rute-wawancara.ts). */
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { skemaTanggal, teksBebas, teksWajib } from "./bersama.ts";
import { APIP, AUDITEE, BACA_AUDIT, KOLOM_TEMUAN, ParamId, SkemaTemuan, temuanKeApi } from "./skema-monev.ts";

export const ruteAuditInternal = grupRute("/api/instansi/:instansiId", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/audit-internal",
    akses: BACA_AUDIT,
    tag: "monev",
    ringkasan: "Rencana audit internal APIP dengan jumlah temuan per status",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(
      z.object({
        id: z.uuid(),
        judul: z.string(),
        lingkup: z.string().nullable(),
        mulai: z.string(),
        selesai: z.string(),
        status: z.enum(["rencana", "berjalan", "selesai"]),
        temuan: z.object({ terbuka: z.number(), ditindaklanjuti: z.number(), selesai: z.number() }),
      }),
    ),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const { instansiId } = ctx.params;
      const k = ctx.db.selectFrom("rencana_audit").where("instansi_id", "=", instansiId);
      const total = await k.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await k
        .select(["id", "judul", "lingkup", "mulai", "selesai", "status"])
        .orderBy("mulai", "desc")
        .orderBy("id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const hitung = await ctx.db
        .selectFrom("temuan_audit")
        .where("instansi_id", "=", instansiId)
        .select(["rencana_id", "status", sql<number>`count(*)::int`.as("n")])
        .groupBy(["rencana_id", "status"])
        .execute();
      return {
        items: rows.map((r) => {
          const t = { terbuka: 0, ditindaklanjuti: 0, selesai: 0 };
          for (const h of hitung) if (h.rencana_id === r.id) t[h.status] = h.n;
          return { ...r, temuan: t };
        }),
        total: total.n,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/audit-internal",
    akses: APIP,
    tag: "monev",
    ringkasan: "Membuat rencana audit internal (APIP)",
    aksi: "audit_internal.rencana",
    body: z.strictObject({
      judul: teksWajib(200),
      lingkup: teksBebas(5000).optional(),
      mulai: skemaTanggal,
      selesai: skemaTanggal,
    }),
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: async (ctx) => {
      const b = ctx.body;
      if (b.selesai < b.mulai) {
        throw new GalatApi(400, "VALIDASI", {
          pesan: {
            id: "Tanggal selesai tidak boleh sebelum tanggal mulai.",
            en: "The end date cannot be before the start date.",
          },
        });
      }
      const r = await ctx.db
        .insertInto("rencana_audit")
        .values({
          instansi_id: ctx.params.instansiId,
          judul: b.judul,
          lingkup: b.lingkup ?? null,
          mulai: b.mulai,
          selesai: b.selesai,
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "rencana_audit", objekId: r.id });
      return r;
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/audit-internal/:id",
    akses: APIP,
    tag: "monev",
    ringkasan: "Mengubah status rencana audit (APIP)",
    aksi: "audit_internal.status",
    params: ParamId,
    body: z.strictObject({ status: z.enum(["rencana", "berjalan", "selesai"]) }),
    response: z.object({ id: z.uuid() }),
    handler: async (ctx) => {
      const r = await ctx.db
        .updateTable("rencana_audit")
        .set({ status: ctx.body.status, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .returning("id")
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "rencana_audit", rincian: ctx.body });
      return r;
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/audit-internal/:id/temuan",
    akses: BACA_AUDIT,
    tag: "monev",
    ringkasan: "Temuan satu rencana audit, paling berat dulu",
    params: ParamId,
    response: z.array(SkemaTemuan),
    handler: async (ctx) => {
      const rows = await ctx.db
        .selectFrom("temuan_audit")
        .select([...KOLOM_TEMUAN])
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("rencana_id", "=", ctx.params.id)
        .orderBy(sql`array_position(array['kritis','tinggi','sedang','rendah'], tingkat)`)
        .orderBy("dibuat")
        .execute();
      return rows.map(temuanKeApi);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/audit-internal/:id/temuan",
    akses: APIP,
    tag: "monev",
    ringkasan: "Mencatat temuan audit dengan tingkat keparahan dan rekomendasi (APIP)",
    aksi: "audit_internal.temuan",
    params: ParamId,
    body: z.strictObject({
      judul: teksWajib(200),
      uraian: teksWajib(10000),
      tingkat: z.enum(["rendah", "sedang", "tinggi", "kritis"]),
      rekomendasi: teksWajib(5000),
      batasWaktu: skemaTanggal.nullable().optional(),
    }),
    response: SkemaTemuan,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const rencana = await ctx.db
        .selectFrom("rencana_audit")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!rencana) throw tidakDitemukan();
      const b = ctx.body;
      const r = await ctx.db
        .insertInto("temuan_audit")
        .values({
          instansi_id: instansiId,
          rencana_id: id,
          judul: b.judul,
          uraian: b.uraian,
          tingkat: b.tingkat,
          rekomendasi: b.rekomendasi,
          batas_waktu: b.batasWaktu ?? null,
        })
        .returning([...KOLOM_TEMUAN])
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "temuan_audit", objekId: r.id, rincian: { tingkat: b.tingkat } });
      return temuanKeApi(r);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/temuan-audit/:id/tanggapan",
    akses: AUDITEE,
    tag: "monev",
    ringkasan:
      "Tanggapan instansi atas temuan dan status tindak lanjut (terbuka/ditindaklanjuti; penutupan oleh APIP)",
    aksi: "audit_internal.tanggapan",
    params: ParamId,
    body: z.strictObject({ tanggapan: teksWajib(5000), status: z.enum(["terbuka", "ditindaklanjuti"]) }),
    response: SkemaTemuan,
    handler: async (ctx) => {
      const r = await ctx.db
        .updateTable("temuan_audit")
        .set({
          tanggapan: ctx.body.tanggapan,
          status: ctx.body.status,
          tanggapan_oleh: ctx.sesi?.pengguna.id ?? null,
          tanggapan_pada: sql<Date>`now()`,
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .where("status", "<>", "selesai")
        .returning([...KOLOM_TEMUAN])
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "temuan_audit", rincian: { status: ctx.body.status } });
      return temuanKeApi(r);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/temuan-audit/:id/status",
    akses: APIP,
    tag: "monev",
    ringkasan: "APIP menetapkan status temuan (termasuk menutupnya setelah tindak lanjut diverifikasi)",
    aksi: "audit_internal.temuan_status",
    params: ParamId,
    body: z.strictObject({ status: z.enum(["terbuka", "ditindaklanjuti", "selesai"]) }),
    response: SkemaTemuan,
    handler: async (ctx) => {
      const r = await ctx.db
        .updateTable("temuan_audit")
        .set({ status: ctx.body.status, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .returning([...KOLOM_TEMUAN])
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "temuan_audit", rincian: ctx.body });
      return temuanKeApi(r);
    },
  }),
]);
