/** Forum moderation (hide, lock, reports) and attachments; see rute-forum.ts. */
import { sql } from "kysely";
import { z } from "zod";
import { tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { type BerkasUnggahan, bacaBerkasUnggahan, terlaluBesar } from "../../http/unggahan.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { galat, iso, teksWajib } from "./bersama.ts";
import {
  BATAS_LAMPIRAN,
  jenisLampiran,
  MODERATOR,
  ringkas,
  utasDasar,
  utasTerlihat,
} from "./layanan-forum.ts";
import { ParamId, SkemaLampiran, SkemaUtasRingkas } from "./skema-forum.ts";

export const ruteForumModerasi = grupRute("/api/instansi/:instansiId/forum", [
  // ---- moderation ----

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/utas/:id/moderasi",
    akses: MODERATOR,
    tag: "forum",
    ringkasan: "Menyembunyikan/menampilkan dan mengunci/membuka utas (moderator)",
    aksi: "forum.utas.moderasi",
    params: ParamId,
    body: z.strictObject({ disembunyikan: z.boolean().optional(), terkunci: z.boolean().optional() }),
    response: SkemaUtasRingkas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const r = await ctx.db
        .updateTable("utas_forum")
        .set({
          instansi_id: sql<string>`instansi_id`,
          ...(ctx.body.disembunyikan !== undefined && { disembunyikan: ctx.body.disembunyikan }),
          ...(ctx.body.terkunci !== undefined && { terkunci: ctx.body.terkunci }),
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .returning("id")
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "utas_forum", rincian: ctx.body });
      return ringkas(await utasDasar(ctx.db, instansiId).where("t.id", "=", id).executeTakeFirstOrThrow());
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/balasan/:id/moderasi",
    akses: MODERATOR,
    tag: "forum",
    ringkasan: "Menyembunyikan/menampilkan balasan (moderator)",
    aksi: "forum.balasan.moderasi",
    params: ParamId,
    body: z.strictObject({ disembunyikan: z.boolean() }),
    response: z.object({ id: z.uuid(), disembunyikan: z.boolean() }),
    handler: async (ctx) => {
      const r = await ctx.db
        .updateTable("balasan_forum")
        .set({ disembunyikan: ctx.body.disembunyikan })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .returning(["id", "disembunyikan"])
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "balasan_forum", rincian: ctx.body });
      return r;
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/laporan",
    akses: "login",
    tag: "forum",
    ringkasan: "Melaporkan utas atau balasan yang tidak pantas kepada moderator",
    aksi: "forum.lapor",
    body: z.strictObject({
      utasId: z.uuid(),
      balasanId: z.uuid().nullable().optional(),
      alasan: teksWajib(500),
    }),
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const b = ctx.body;
      await utasTerlihat(ctx.db, instansiId, b.utasId, ctx.peran);
      if (b.balasanId) {
        const ada = await ctx.db
          .selectFrom("balasan_forum")
          .select("id")
          .where("instansi_id", "=", instansiId)
          .where("id", "=", b.balasanId)
          .where("utas_id", "=", b.utasId)
          .executeTakeFirst();
        if (!ada) throw tidakDitemukan();
      }
      const r = await ctx.db
        .insertInto("laporan_forum")
        .values({
          instansi_id: instansiId,
          utas_id: b.utasId,
          balasan_id: b.balasanId ?? null,
          alasan: b.alasan,
          pelapor_id: ctx.sesi?.pengguna.id ?? "",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "laporan_forum", objekId: r.id });
      return r;
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/forum/laporan",
    akses: MODERATOR,
    tag: "forum",
    ringkasan: "Laporan yang belum ditangani (moderator)",
    query: z.strictObject({ semua: z.enum(["true", "false", ""]).optional(), ...skemaHalaman }),
    response: skemaDaftar(
      z.object({
        id: z.uuid(),
        utasId: z.uuid(),
        utasJudul: z.string(),
        balasanId: z.uuid().nullable(),
        alasan: z.string(),
        dibuat: z.string(),
        selesai: z.string().nullable(),
      }),
    ),
    handler: async (ctx) => {
      const { page, pageSize, semua } = ctx.query;
      let k = ctx.db
        .selectFrom("laporan_forum as l")
        .innerJoin("utas_forum as t", (j) =>
          j.onRef("t.instansi_id", "=", "l.instansi_id").onRef("t.id", "=", "l.utas_id"),
        )
        .where("l.instansi_id", "=", ctx.params.instansiId);
      if (semua !== "true") k = k.where("l.selesai", "is", null);
      const total = await k.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await k
        .select(["l.id", "l.utas_id", "t.judul", "l.balasan_id", "l.alasan", "l.dibuat", "l.selesai"])
        .orderBy("l.dibuat")
        .orderBy("l.id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: rows.map((r) => ({
          id: r.id,
          utasId: r.utas_id,
          utasJudul: r.judul,
          balasanId: r.balasan_id,
          alasan: r.alasan,
          dibuat: iso(r.dibuat) ?? "",
          selesai: iso(r.selesai),
        })),
        total: total.n,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/laporan/:id/selesai",
    akses: MODERATOR,
    tag: "forum",
    ringkasan: "Menandai laporan sudah ditangani (moderator)",
    aksi: "forum.laporan.selesai",
    params: ParamId,
    response: z.object({ id: z.uuid() }),
    handler: async (ctx) => {
      const r = await ctx.db
        .updateTable("laporan_forum")
        .set({ selesai: sql<Date>`now()`, diselesaikan_oleh: ctx.sesi?.pengguna.id ?? null })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .where("selesai", "is", null)
        .returning("id")
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "laporan_forum" });
      return r;
    },
  }),

  // ---- attachments ----

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/utas/:id/lampiran",
    akses: "login",
    tag: "forum",
    ringkasan:
      "Melampirkan berkas ke utas (multipart `file`; PDF/PNG/JPEG/TXT, ≤ 5 MiB, isi harus sesuai ekstensi)",
    aksi: "forum.lampiran.unggah",
    params: ParamId,
    bodyLimit: BATAS_LAMPIRAN + 64 * 1024,
    response: SkemaLampiran,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const t = await utasTerlihat(ctx.db, instansiId, id, ctx.peran);
      if (t.terkunci) throw galat(409, "UTAS_TERKUNCI");
      if (!ctx.req.isMultipart?.()) throw galat(415, "TIPE_KONTEN");
      const maks = { maks: "5 MiB" };
      let bagian: BerkasUnggahan | null;
      try {
        bagian = await bacaBerkasUnggahan(ctx.req, BATAS_LAMPIRAN);
      } catch (e) {
        if (terlaluBesar(e)) throw galat(413, "BERKAS_TERLALU_BESAR", maks);
        throw e;
      }
      if (!bagian) throw galat(400, "BERKAS_KOSONG");
      const { isi } = bagian;
      if (isi.length === 0) throw galat(400, "BERKAS_KOSONG");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed from the name
      const nama = (bagian.nama || "berkas").replace(/[\\/\u0000-\u001f"]/g, "_").slice(0, 200);
      const mime = jenisLampiran(nama, isi);
      if (!mime) throw galat(415, "BERKAS_DITOLAK");
      const r = await ctx.db
        .insertInto("lampiran_forum")
        .values({
          instansi_id: instansiId,
          utas_id: id,
          nama,
          jenis_mime: mime,
          ukuran: isi.length,
          isi,
          pengunggah_id: ctx.sesi?.pengguna.id ?? "",
        })
        .returning(["id", "nama", "jenis_mime as jenisMime", "ukuran"])
        .executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "lampiran_forum",
        objekId: r.id,
        rincian: { ukuran: isi.length, jenis: mime },
      });
      return r;
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/forum/lampiran/:id",
    akses: "login",
    tag: "forum",
    ringkasan: "Mengunduh lampiran forum (selalu sebagai unduhan, bukan ditampilkan)",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const l = await ctx.db
        .selectFrom("lampiran_forum")
        .select(["utas_id", "nama", "jenis_mime", "isi"])
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!l) throw tidakDitemukan();
      await utasTerlihat(ctx.db, instansiId, l.utas_id, ctx.peran);
      return ctx.reply
        .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(l.nama)}`)
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .type(l.jenis_mime)
        .send(Buffer.from(l.isi));
    },
  }),
]);
