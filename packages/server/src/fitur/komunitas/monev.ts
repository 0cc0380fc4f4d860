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
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";
import { iso, PESAN_KOMUNITAS, skemaTanggal, teksBebas, teksWajib } from "./bersama.ts";

const MONEV = ["tim_supervisi", "apip"] as const;
const APIP = ["apip"] as const;
/** Agency side of an audit: answers findings and reports follow-up. */
const AUDITEE = ["admin_instansi", "ppk", "pimpinan", "tim_supervisi"] as const;
const BACA_AUDIT = [...APIP, ...AUDITEE] as const;
const ParamId = z.strictObject({ id: z.uuid() });

const SkemaCatatan = z.strictObject({
  pemahaman: z.string().max(5000).optional(),
  praktik: z.string().max(5000).optional(),
  hambatan: z.string().max(5000).optional(),
  saran: z.string().max(5000).optional(),
});

const SkemaSampel = z.object({
  id: z.uuid(),
  judul: z.string(),
  benih: z.number(),
  ukuran: z.number(),
  minimalPerUnit: z.number(),
  populasi: z.number(),
  alokasi: z.array(
    z.object({
      unitKerjaId: z.string(),
      populasi: z.number(),
      bagianProporsional: z.number(),
      jatah: z.number(),
    }),
  ),
  dibuat: z.string(),
  selesai: z.number(),
});

const SkemaWawancara = z.object({
  id: z.uuid(),
  pegawai: z.object({ id: z.uuid(), nama: z.string() }),
  unit: z.object({ id: z.uuid(), nama: z.string() }),
  urutan: z.number(),
  jadwal: z.string().nullable(),
  pewawancara: z.string().nullable(),
  status: z.enum(["belum", "terjadwal", "selesai", "batal"]),
  catatan: SkemaCatatan.nullable(),
});

const SkemaTemuan = z.object({
  id: z.uuid(),
  rencanaId: z.uuid(),
  judul: z.string(),
  uraian: z.string(),
  tingkat: z.enum(["rendah", "sedang", "tinggi", "kritis"]),
  rekomendasi: z.string(),
  batasWaktu: z.string().nullable(),
  tanggapan: z.string().nullable(),
  tanggapanPada: z.string().nullable(),
  status: z.enum(["terbuka", "ditindaklanjuti", "selesai"]),
  dibuat: z.string(),
});

type BarisTemuan = {
  id: string;
  rencana_id: string;
  judul: string;
  uraian: string;
  tingkat: "rendah" | "sedang" | "tinggi" | "kritis";
  rekomendasi: string;
  batas_waktu: string | null;
  tanggapan: string | null;
  tanggapan_pada: Date | null;
  status: "terbuka" | "ditindaklanjuti" | "selesai";
  dibuat: Date;
};
const temuanKeApi = (r: BarisTemuan): z.input<typeof SkemaTemuan> => ({
  id: r.id,
  rencanaId: r.rencana_id,
  judul: r.judul,
  uraian: r.uraian,
  tingkat: r.tingkat,
  rekomendasi: r.rekomendasi,
  batasWaktu: r.batas_waktu,
  tanggapan: r.tanggapan,
  tanggapanPada: iso(r.tanggapan_pada),
  status: r.status,
  dibuat: iso(r.dibuat) ?? "",
});
const KOLOM_TEMUAN = [
  "id",
  "rencana_id",
  "judul",
  "uraian",
  "tingkat",
  "rekomendasi",
  "batas_waktu",
  "tanggapan",
  "tanggapan_pada",
  "status",
  "dibuat",
] as const;

export const ruteMonev = [
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

  // ---- internal audit by APIP ----
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
];
