/**
 * Monitoring and evaluation (PermenPANRB 60/2020 Tabel 4 no. 5 "Pemantauan
 * dan evaluasi": "Interview acak", audit; Tabel 2 I.4 "monitoring dan
 * evaluasi ... oleh APIP"):
 *
 * - random interviews: a reproducible sample of active employees, stratified
 *   by unit, drawn by the domain's `ambilSampelAcak` (program/sampel.ts) with
 *   a recorded seed; each drawn employee gets an interview to schedule and
 *   structured notes. Run by the supervision team and APIP.
 * - internal audit: APIP's audit plans and findings (severity,
 *   recommendation, deadline); the agency answers each finding and reports
 *   follow-up; APIP closes it.
 */
import { randomInt } from "node:crypto";
import { ambilSampelAcak } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { iso, PESAN_KOMUNITAS, teksBebas, teksWajib } from "./bersama.ts";
import { MONEV, ParamId, SkemaCatatan, SkemaSampel, SkemaWawancara } from "./skema-monev.ts";

export const ruteWawancara = grupRute("/api/instansi/:instansiId/wawancara", [
  // ---- random interviews ----
  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/wawancara/sampel",
    akses: MONEV,
    tag: "monev",
    ringkasan:
      "Mengambil sampel acak pegawai aktif untuk wawancara, berstrata per unit, dengan benih tercatat (benih sama ⇒ sampel sama)",
    aksi: "wawancara.sampel",
    body: z.strictObject({
      judul: teksWajib(200),
      ukuran: z.number().int().min(1).max(10000),
      minimalPerUnit: z.number().int().min(0).max(100).default(1),
      /** Omit for a fresh random seed; give a recorded one to redraw a sample. */
      benih: z.number().int().min(0).max(2147483647).optional(),
    }),
    response: SkemaSampel,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      const benih = b.benih ?? randomInt(0, 2147483647);
      const populasi = await ctx.db
        .selectFrom("pegawai")
        .select(["id as pegawaiId", "unit_id as unitKerjaId"])
        .where("instansi_id", "=", instansiId)
        .where("aktif", "=", true)
        .where("unit_id", "is not", null)
        .execute();
      const hasil = ambilSampelAcak(
        populasi.map((p) => ({ pegawaiId: p.pegawaiId, unitKerjaId: p.unitKerjaId ?? "" })),
        { benih, ukuran: b.ukuran, minimalPerUnit: b.minimalPerUnit },
      );
      if (!hasil.ok) {
        throw new GalatApi(400, "SAMPEL_TIDAK_SAH", {
          pesan: PESAN_KOMUNITAS.SAMPEL_TIDAK_SAH,
          param: {
            alasan: hasil.galat.map((g) => (ctx.bahasa === "en" ? g.pesan.en : g.pesan.id)).join(" "),
          },
          details: hasil.galat,
        });
      }
      const { id } = await ctx.db
        .insertInto("sampel_wawancara")
        .values({
          instansi_id: instansiId,
          judul: b.judul,
          benih,
          ukuran: b.ukuran,
          minimal_per_unit: b.minimalPerUnit,
          populasi: populasi.length,
          alokasi: JSON.stringify(hasil.alokasi),
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await ctx.db
        .insertInto("wawancara")
        .values(
          hasil.terpilih.map((t) => ({
            instansi_id: instansiId,
            sampel_id: id,
            pegawai_id: t.pegawaiId,
            unit_id: t.unitKerjaId,
            urutan: t.urutan,
          })),
        )
        .execute();
      ctx.audit({ objekJenis: "sampel_wawancara", objekId: id, rincian: { benih, ukuran: b.ukuran } });
      return {
        id,
        judul: b.judul,
        benih,
        ukuran: b.ukuran,
        minimalPerUnit: b.minimalPerUnit,
        populasi: populasi.length,
        alokasi: hasil.alokasi,
        dibuat: new Date().toISOString(),
        selesai: 0,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/wawancara/sampel",
    akses: MONEV,
    tag: "monev",
    ringkasan: "Daftar sampel wawancara acak (dengan benihnya)",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(SkemaSampel),
    handler: async (ctx) => {
      const { page, pageSize } = ctx.query;
      const k = ctx.db.selectFrom("sampel_wawancara as s").where("s.instansi_id", "=", ctx.params.instansiId);
      const total = await k.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await k
        .select([
          "s.id",
          "s.judul",
          "s.benih",
          "s.ukuran",
          "s.minimal_per_unit",
          "s.populasi",
          "s.alokasi",
          "s.dibuat",
          (eb) =>
            eb
              .selectFrom("wawancara as w")
              .whereRef("w.instansi_id", "=", "s.instansi_id")
              .whereRef("w.sampel_id", "=", "s.id")
              .where("w.status", "=", "selesai")
              .select(sql<number>`count(*)::int`.as("n"))
              .as("selesai"),
        ])
        .orderBy("s.dibuat", "desc")
        .orderBy("s.id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          judul: r.judul,
          benih: Number(r.benih),
          ukuran: r.ukuran,
          minimalPerUnit: r.minimal_per_unit,
          populasi: r.populasi,
          alokasi: r.alokasi as z.input<typeof SkemaSampel>["alokasi"],
          dibuat: iso(r.dibuat) ?? "",
          selesai: Number(r.selesai ?? 0),
        })),
        total: total.n,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/wawancara/sampel/:id",
    akses: MONEV,
    tag: "monev",
    ringkasan:
      "Wawancara dalam satu sampel, urut per unit lalu urutan wawancara (catatan terstruktur; dicatat di log audit)",
    bacaPribadi: "sampel_wawancara",
    params: ParamId,
    response: z.array(SkemaWawancara),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const rows = await ctx.db
        .selectFrom("wawancara as w")
        .innerJoin("pegawai as p", (j) =>
          j.onRef("p.instansi_id", "=", "w.instansi_id").onRef("p.id", "=", "w.pegawai_id"),
        )
        .innerJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "w.instansi_id").onRef("u.id", "=", "w.unit_id"),
        )
        .where("w.instansi_id", "=", instansiId)
        .where("w.sampel_id", "=", id)
        .select([
          "w.id",
          "w.pegawai_id",
          "p.nama as pegawai_nama",
          "w.unit_id",
          "u.nama as unit_nama",
          "w.urutan",
          "w.jadwal",
          "w.pewawancara",
          "w.status",
          "w.catatan",
        ])
        .orderBy("u.nama")
        .orderBy("w.urutan")
        .execute();
      if (rows.length === 0) {
        const ada = await ctx.db
          .selectFrom("sampel_wawancara")
          .select("id")
          .where("instansi_id", "=", instansiId)
          .where("id", "=", id)
          .executeTakeFirst();
        if (!ada) throw tidakDitemukan();
      }
      return rows.map((r) => ({
        id: r.id,
        pegawai: { id: r.pegawai_id, nama: r.pegawai_nama },
        unit: { id: r.unit_id, nama: r.unit_nama },
        urutan: r.urutan,
        jadwal: iso(r.jadwal),
        pewawancara: r.pewawancara,
        status: r.status,
        catatan: r.catatan,
      }));
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/wawancara/:id",
    akses: MONEV,
    tag: "monev",
    ringkasan: "Menjadwalkan wawancara, mencatat hasil terstruktur, atau membatalkannya",
    aksi: "wawancara.ubah",
    params: ParamId,
    body: z.strictObject({
      jadwal: z.iso.datetime({ offset: true }).nullable().optional(),
      pewawancara: teksBebas(200).optional(),
      status: z.enum(["belum", "terjadwal", "selesai", "batal"]).optional(),
      catatan: SkemaCatatan.nullable().optional(),
    }),
    response: z.object({ id: z.uuid(), status: z.string() }),
    handler: async (ctx) => {
      const b = ctx.body;
      const r = await ctx.db
        .updateTable("wawancara")
        .set({
          ...(b.jadwal !== undefined && { jadwal: b.jadwal === null ? null : new Date(b.jadwal) }),
          ...(b.pewawancara !== undefined && { pewawancara: b.pewawancara }),
          ...(b.status !== undefined && { status: b.status }),
          ...(b.catatan !== undefined && { catatan: b.catatan === null ? null : JSON.stringify(b.catatan) }),
          ...(b.status === undefined &&
            b.jadwal && {
              status: sql<"terjadwal">`case when status = 'belum' then 'terjadwal' else status end`,
            }),
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .returning(["id", "status"])
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "wawancara", rincian: { kolom: Object.keys(b) } });
      return r;
    },
  }),
]);
