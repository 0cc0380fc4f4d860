import { sql } from "kysely";
import { z } from "zod";
import { tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar, skemaHalaman, teksOpsional } from "../../umum/halaman.ts";
import { beritahuSesiPendampingan } from "../pengingat/index.ts";
import {
  galat,
  hapusMilik,
  iso,
  pegawaiSaya,
  skemaTanggal,
  teksBebas,
  teksWajib,
  wajibPegawai,
  wajibPegawaiAktif,
} from "./bersama.ts";

const JENIS = ["mentoring", "coaching", "konseling"] as const;
const PENDAMPING = ["pimpinan", "agen_perubahan"] as const;

export const SkemaOrang = z.object({ id: z.uuid(), nama: z.string() });
const SkemaSesi = z.object({
  id: z.uuid(),
  jenis: z.enum(JENIS),
  tanggal: z.string(),
  topik: z.string(),
  tindakan: z.string().nullable(),
  tindakLanjut: z.string().nullable(),
  tanggalTindakLanjut: z.string().nullable(),
  catatan: z.string().nullable(),
  pendamping: SkemaOrang,
  pegawai: SkemaOrang,
  /** The caller's side of the session. */
  peranSaya: z.enum(["pendamping", "pegawai"]),
  diubah: z.string(),
});

const BodySesi = z.strictObject({
  pegawaiId: z.uuid(),
  jenis: z.enum(JENIS),
  tanggal: skemaTanggal,
  topik: teksWajib(300),
  tindakan: teksBebas(5000).optional(),
  tindakLanjut: teksBebas(5000).optional(),
  tanggalTindakLanjut: skemaTanggal.nullable().optional(),
  catatan: teksBebas(10000).optional(),
});

/** Sessions of which `saya` is one of the two people: the only way any route reads a session. */
function sesiMilik(db: Parameters<typeof wajibPegawai>[0], instansiId: string, saya: string) {
  return db
    .selectFrom("sesi_pendampingan as s")
    .innerJoin("pegawai as m", (j) =>
      j.onRef("m.instansi_id", "=", "s.instansi_id").onRef("m.id", "=", "s.pendamping_id"),
    )
    .innerJoin("pegawai as p", (j) =>
      j.onRef("p.instansi_id", "=", "s.instansi_id").onRef("p.id", "=", "s.pegawai_id"),
    )
    .where("s.instansi_id", "=", instansiId)
    .where((eb) => eb.or([eb("s.pendamping_id", "=", saya), eb("s.pegawai_id", "=", saya)]))
    .select([
      "s.id",
      "s.jenis",
      "s.tanggal",
      "s.topik",
      "s.tindakan",
      "s.tindak_lanjut",
      "s.tanggal_tindak_lanjut",
      "s.catatan",
      "s.pendamping_id",
      "s.pegawai_id",
      "s.diubah",
      "m.nama as pendamping_nama",
      "p.nama as pegawai_nama",
    ]);
}

type BarisSesi = Awaited<ReturnType<ReturnType<typeof sesiMilik>["executeTakeFirstOrThrow"]>>;

const keApi = (r: BarisSesi, saya: string): z.input<typeof SkemaSesi> => ({
  id: r.id,
  jenis: r.jenis,
  tanggal: r.tanggal,
  topik: r.topik,
  tindakan: r.tindakan,
  tindakLanjut: r.tindak_lanjut,
  tanggalTindakLanjut: r.tanggal_tindak_lanjut,
  catatan: r.catatan,
  pendamping: { id: r.pendamping_id, nama: r.pendamping_nama },
  pegawai: { id: r.pegawai_id, nama: r.pegawai_nama },
  peranSaya: r.pendamping_id === saya ? "pendamping" : "pegawai",
  diubah: iso(r.diubah) ?? "",
});

const ParamId = z.strictObject({ id: z.uuid() });

export const rutePendampingan = grupRute("/api/instansi/:instansiId", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/komunitas/saya",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Identitas pegawai pengguna dan daftar pendampingnya (untuk berbagi evaluasi diri)",
    response: z.object({ pegawaiId: z.uuid().nullable(), pendamping: z.array(SkemaOrang) }),
    handler: async (ctx) => {
      const instansiId = ctx.params.instansiId;
      const saya = ctx.sesi ? await pegawaiSaya(ctx.db, instansiId, ctx.sesi.pengguna.id) : null;
      if (!saya) return { pegawaiId: null, pendamping: [] };
      const pendamping = await ctx.db
        .selectFrom("sesi_pendampingan as s")
        .innerJoin("pegawai as m", (j) =>
          j.onRef("m.instansi_id", "=", "s.instansi_id").onRef("m.id", "=", "s.pendamping_id"),
        )
        .where("s.instansi_id", "=", instansiId)
        .where("s.pegawai_id", "=", saya)
        .select(["m.id", "m.nama"])
        .distinct()
        .orderBy("m.nama")
        .execute();
      return { pegawaiId: saya, pendamping };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/komunitas/pegawai",
    akses: ["pimpinan", "agen_perubahan", "tim_supervisi", "admin_instansi", "apip"],
    tag: "komunitas",
    ringkasan: "Mencari pegawai aktif (nama saja, tanpa NIP) untuk memilih peserta pendampingan/wawancara",
    query: z.strictObject({ q: teksOpsional(100), ...skemaHalaman }),
    response: skemaDaftar(z.object({ id: z.uuid(), nama: z.string(), unitNama: z.string().nullable() })),
    handler: async (ctx) => {
      const { q, page, pageSize } = ctx.query;
      let k = ctx.db
        .selectFrom("pegawai as p")
        .leftJoin("unit_kerja as u", (j) =>
          j.onRef("u.instansi_id", "=", "p.instansi_id").onRef("u.id", "=", "p.unit_id"),
        )
        .where("p.instansi_id", "=", ctx.params.instansiId)
        .where("p.aktif", "=", true);
      if (q) k = k.where("p.nama", "ilike", `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const total = await k.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const items = await k
        .select(["p.id", "p.nama", "u.nama as unitNama"])
        .orderBy("p.nama")
        .orderBy("p.id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items, total: total.n, page, pageSize };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pendampingan",
    akses: "login",
    tag: "komunitas",
    ringkasan:
      "Sesi mentoring/coaching/konseling milik pengguna (hanya sesi di mana ia pendamping atau pegawai yang didampingi)",
    query: z.strictObject({
      sebagai: z.enum(["pendamping", "pegawai", ""]).optional(),
      jenis: z.enum([...JENIS, ""]).optional(),
      ...skemaHalaman,
    }),
    response: skemaDaftar(SkemaSesi),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const { sebagai, jenis, page, pageSize } = ctx.query;
      let k = sesiMilik(ctx.db, instansiId, saya);
      if (sebagai === "pendamping") k = k.where("s.pendamping_id", "=", saya);
      if (sebagai === "pegawai") k = k.where("s.pegawai_id", "=", saya);
      if (jenis) k = k.where("s.jenis", "=", jenis);
      const d = await ambilHalaman(ctx.db, k.orderBy("s.tanggal", "desc").orderBy("s.id"), {
        page,
        pageSize,
      });
      return { ...d, items: d.items.map((r) => keApi(r, saya)) };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pendampingan/ringkasan",
    akses: ["admin_instansi", "tim_supervisi", "ppk", "pimpinan", "apip"],
    tag: "komunitas",
    ringkasan: "Jumlah sesi pendampingan per jenis dan bulan (tanpa nama, topik atau catatan)",
    response: z.object({
      perBulan: z.array(z.object({ bulan: z.string(), jenis: z.enum(JENIS), jumlah: z.number() })),
      pendamping: z.number(),
      pegawai: z.number(),
    }),
    handler: async (ctx) => {
      const instansiId = ctx.params.instansiId;
      const perBulan = await ctx.db
        .selectFrom("sesi_pendampingan")
        .where("instansi_id", "=", instansiId)
        .select([
          sql<string>`to_char(tanggal, 'YYYY-MM')`.as("bulan"),
          "jenis",
          sql<number>`count(*)::int`.as("jumlah"),
        ])
        .groupBy([sql`to_char(tanggal, 'YYYY-MM')`, "jenis"])
        .orderBy("bulan")
        .orderBy("jenis")
        .execute();
      const orang = await ctx.db
        .selectFrom("sesi_pendampingan")
        .where("instansi_id", "=", instansiId)
        .select([
          sql<number>`count(distinct pendamping_id)::int`.as("pendamping"),
          sql<number>`count(distinct pegawai_id)::int`.as("pegawai"),
        ])
        .executeTakeFirstOrThrow();
      return { perBulan, ...orang };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/pendampingan/:id",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Satu sesi pendampingan (hanya untuk kedua pihaknya; dicatat di log audit)",
    bacaPribadi: "sesi_pendampingan",
    params: ParamId,
    response: SkemaSesi,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const r = await sesiMilik(ctx.db, instansiId, saya).where("s.id", "=", id).executeTakeFirst();
      if (!r) throw tidakDitemukan();
      return keApi(r, saya);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/pendampingan",
    akses: PENDAMPING,
    tag: "komunitas",
    ringkasan:
      "Mencatat sesi mentoring/coaching/konseling (oleh pimpinan atau agen perubahan sebagai pendamping)",
    aksi: "pendampingan.buat",
    body: BodySesi,
    response: SkemaSesi,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const b = ctx.body;
      if (b.pegawaiId === saya) throw galat(400, "DIRI_SENDIRI");
      await wajibPegawaiAktif(ctx.db, instansiId, b.pegawaiId);
      const { id } = await ctx.db
        .insertInto("sesi_pendampingan")
        .values({
          instansi_id: instansiId,
          pendamping_id: saya,
          pegawai_id: b.pegawaiId,
          jenis: b.jenis,
          tanggal: b.tanggal,
          topik: b.topik,
          tindakan: b.tindakan ?? null,
          tindak_lanjut: b.tindakLanjut ?? null,
          tanggal_tindak_lanjut: b.tanggalTindakLanjut ?? null,
          catatan: b.catatan ?? null,
          dibuat_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      // audit: ids and the kind only, never the topic or notes
      ctx.audit({ objekJenis: "sesi_pendampingan", objekId: id, rincian: { jenis: b.jenis } });
      // both people are told it is scheduled (kind, date, the other's name: never the content)
      await beritahuSesiPendampingan(ctx.db, { instansiId, sesiId: id, smtp: ctx.config.smtp });
      const r = await sesiMilik(ctx.db, instansiId, saya).where("s.id", "=", id).executeTakeFirstOrThrow();
      return keApi(r, saya);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/pendampingan/:id",
    akses: PENDAMPING,
    tag: "komunitas",
    ringkasan: "Mengubah sesi pendampingan (hanya pendamping yang mencatatnya)",
    aksi: "pendampingan.ubah",
    params: ParamId,
    body: BodySesi.omit({ pegawaiId: true }).partial(),
    response: SkemaSesi,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const b = ctx.body;
      const set = {
        ...(b.jenis !== undefined && { jenis: b.jenis }),
        ...(b.tanggal !== undefined && { tanggal: b.tanggal }),
        ...(b.topik !== undefined && { topik: b.topik }),
        ...(b.tindakan !== undefined && { tindakan: b.tindakan }),
        ...(b.tindakLanjut !== undefined && { tindak_lanjut: b.tindakLanjut }),
        ...(b.tanggalTindakLanjut !== undefined && { tanggal_tindak_lanjut: b.tanggalTindakLanjut }),
        ...(b.catatan !== undefined && { catatan: b.catatan }),
      };
      const r = await ctx.db
        .updateTable("sesi_pendampingan")
        .set({ ...set, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .where("pendamping_id", "=", saya)
        .returning("id")
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "sesi_pendampingan", rincian: { kolom: Object.keys(b) } });
      // a new date is a new schedule to tell (the same date is already told: nothing sent)
      if (b.tanggal !== undefined)
        await beritahuSesiPendampingan(ctx.db, { instansiId, sesiId: id, smtp: ctx.config.smtp });
      return keApi(
        await sesiMilik(ctx.db, instansiId, saya).where("s.id", "=", id).executeTakeFirstOrThrow(),
        saya,
      );
    },
  }),

  defineRoute({
    method: "DELETE",
    url: "/api/instansi/:instansiId/pendampingan/:id",
    akses: PENDAMPING,
    tag: "komunitas",
    ringkasan: "Menghapus sesi pendampingan (hanya pendamping yang mencatatnya)",
    aksi: "pendampingan.hapus",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      await hapusMilik(ctx.db, "sesi_pendampingan", instansiId, id, saya);
      ctx.audit({ objekJenis: "sesi_pendampingan" });
    },
  }),

  // ---- self-evaluation diary (Tabel 8) ----
]);
