/**
 * Knowledge-sharing forum (PermenPANRB 60/2020 Tabel 4 no. 2 "Wadah berbagi
 * pengetahuan": "forum diskusi", sharing of experience about integrity):
 * categories, threads, replies, @mentions, moderation, search, Markdown
 * rendered to sanitised HTML, attachments with limits, and notifications.
 *
 * Every member of the agency may read and write; moderation (hide, lock,
 * resolve reports, categories) belongs to the supervision team and the agency
 * admin. Hidden threads and replies are left out for everyone else.
 */
import { sql } from "kysely";
import { z } from "zod";
import { aksesDitolak, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman, teksOpsional } from "../../umum/halaman.ts";
import { galat, iso, teksWajib } from "./bersama.ts";
import {
  beriTahuSebutan,
  MODERATOR,
  moderator,
  ringkas,
  utasDasar,
  utasLengkap,
  utasTerlihat,
} from "./layanan-forum.ts";
import { renderMarkdown } from "./markdown.ts";
import {
  BodyKategori,
  ParamId,
  SkemaBalasan,
  SkemaKategori,
  SkemaUtas,
  SkemaUtasRingkas,
} from "./skema-forum.ts";

export const ruteForum = grupRute("/api/instansi/:instansiId/forum", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/forum/kategori",
    akses: "login",
    tag: "forum",
    ringkasan: "Kategori forum berbagi pengetahuan",
    response: z.array(SkemaKategori),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      let k = ctx.db
        .selectFrom("kategori_forum as k")
        .where("k.instansi_id", "=", instansiId)
        .select([
          "k.id",
          "k.nama",
          "k.deskripsi",
          "k.urutan",
          "k.aktif",
          (eb) =>
            eb
              .selectFrom("utas_forum as t")
              .whereRef("t.instansi_id", "=", "k.instansi_id")
              .whereRef("t.kategori_id", "=", "k.id")
              .where("t.disembunyikan", "=", false)
              .select(sql<number>`count(*)::int`.as("n"))
              .as("jumlahUtas"),
        ]);
      if (!moderator(ctx.peran)) k = k.where("k.aktif", "=", true);
      const rows = await k.orderBy("k.urutan").orderBy("k.nama").execute();
      return rows.map((r) => ({ ...r, jumlahUtas: Number(r.jumlahUtas ?? 0) }));
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/kategori",
    akses: MODERATOR,
    tag: "forum",
    ringkasan: "Membuat kategori forum (tim supervisi/admin)",
    aksi: "forum.kategori.buat",
    body: BodyKategori,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: async (ctx) => {
      const b = ctx.body;
      const r = await ctx.db
        .insertInto("kategori_forum")
        .values({
          instansi_id: ctx.params.instansiId,
          nama: b.nama,
          deskripsi: b.deskripsi ?? null,
          urutan: b.urutan ?? 0,
          aktif: b.aktif ?? true,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "kategori_forum", objekId: r.id });
      return r;
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/forum/kategori/:id",
    akses: MODERATOR,
    tag: "forum",
    ringkasan: "Mengubah / menonaktifkan kategori forum",
    aksi: "forum.kategori.ubah",
    params: ParamId,
    body: BodyKategori.partial(),
    response: z.object({ id: z.uuid() }),
    handler: async (ctx) => {
      const b = ctx.body;
      const r = await ctx.db
        .updateTable("kategori_forum")
        .set({
          instansi_id: sql<string>`instansi_id`,
          ...(b.nama !== undefined && { nama: b.nama }),
          ...(b.deskripsi !== undefined && { deskripsi: b.deskripsi }),
          ...(b.urutan !== undefined && { urutan: b.urutan }),
          ...(b.aktif !== undefined && { aktif: b.aktif }),
        })
        .where("instansi_id", "=", ctx.params.instansiId)
        .where("id", "=", ctx.params.id)
        .returning("id")
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.audit({ objekJenis: "kategori_forum" });
      return r;
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/forum/utas",
    akses: "login",
    tag: "forum",
    ringkasan:
      "Daftar utas forum: per kategori, pencarian teks (judul, isi, balasan), aktivitas terbaru dulu",
    query: z.strictObject({
      kategoriId: z
        .union([z.uuid(), z.literal("")])
        .optional()
        .transform((v) => v || undefined),
      q: teksOpsional(200),
      ...skemaHalaman,
    }),
    response: skemaDaftar(SkemaUtasRingkas),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const { kategoriId, q, page, pageSize } = ctx.query;
      const mod = moderator(ctx.peran);
      let k = utasDasar(ctx.db, instansiId);
      if (!mod) k = k.where("t.disembunyikan", "=", false);
      if (kategoriId) k = k.where("t.kategori_id", "=", kategoriId);
      if (q) {
        // PostgreSQL full-text search ('simple' configuration: no language stemming, works for Bahasa Indonesia
        // and English alike; same SQL on PGlite). websearch_to_tsquery never fails on user input.
        const tq = sql`websearch_to_tsquery('simple', ${q})`;
        k = k.where((eb) =>
          eb.or([
            sql<boolean>`to_tsvector('simple', t.judul || ' ' || t.isi) @@ ${tq}`,
            eb.exists(
              eb
                .selectFrom("balasan_forum as b")
                .whereRef("b.instansi_id", "=", "t.instansi_id")
                .whereRef("b.utas_id", "=", "t.id")
                .where(sql<boolean>`to_tsvector('simple', b.isi) @@ ${tq}`)
                .$if(!mod, (x) => x.where("b.disembunyikan", "=", false))
                .select(sql`1`.as("x")),
            ),
          ]),
        );
      }
      const total = await k
        .clearSelect()
        .select(sql<number>`count(*)::int`.as("n"))
        .executeTakeFirstOrThrow();
      const rows = await k
        .orderBy("t.aktivitas_terakhir", "desc")
        .orderBy("t.id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return { items: rows.map(ringkas), total: total.n, page, pageSize };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/utas",
    akses: "login",
    tag: "forum",
    ringkasan: "Membuka utas baru (Markdown; @nama_pengguna memberi tahu orang yang disebut)",
    aksi: "forum.utas.buat",
    body: z.strictObject({ kategoriId: z.uuid(), judul: teksWajib(200), isi: teksWajib(20000) }),
    response: SkemaUtas,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = ctx.sesi?.pengguna.id ?? "";
      const b = ctx.body;
      const kat = await ctx.db
        .selectFrom("kategori_forum")
        .select("aktif")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", b.kategoriId)
        .executeTakeFirst();
      if (!kat?.aktif) throw tidakDitemukan();
      const { id } = await ctx.db
        .insertInto("utas_forum")
        .values({
          instansi_id: instansiId,
          kategori_id: b.kategoriId,
          judul: b.judul,
          isi: b.isi,
          penulis_id: saya,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const n = await beriTahuSebutan(
        ctx.db,
        instansiId,
        saya,
        b.isi,
        `Anda disebut di utas "${b.judul.slice(0, 200)}"`,
        `/forum/${id}`,
      );
      ctx.audit({ objekJenis: "utas_forum", objekId: id, rincian: { sebutan: n } });
      return utasLengkap(
        ctx.db,
        instansiId,
        await utasTerlihat(ctx.db, instansiId, id, ctx.peran),
        ctx.peran,
        1,
        50,
      );
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/forum/utas/:id",
    akses: "login",
    tag: "forum",
    ringkasan: "Satu utas dengan balasannya (berhalaman) dan lampirannya",
    params: ParamId,
    query: z.strictObject({ ...skemaHalaman }),
    response: SkemaUtas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const r = await utasTerlihat(ctx.db, instansiId, id, ctx.peran);
      return utasLengkap(ctx.db, instansiId, r, ctx.peran, ctx.query.page, ctx.query.pageSize);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/forum/utas/:id",
    akses: "login",
    tag: "forum",
    ringkasan: "Penulis mengubah utasnya (selama tidak dikunci)",
    aksi: "forum.utas.ubah",
    params: ParamId,
    body: z.strictObject({ judul: teksWajib(200).optional(), isi: teksWajib(20000).optional() }),
    response: SkemaUtas,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const r = await utasTerlihat(ctx.db, instansiId, id, ctx.peran);
      if (r.penulis_id !== ctx.sesi?.pengguna.id) throw aksesDitolak();
      if (r.terkunci) throw galat(409, "UTAS_TERKUNCI");
      await ctx.db
        .updateTable("utas_forum")
        .set({
          ...(ctx.body.judul !== undefined && { judul: ctx.body.judul }),
          ...(ctx.body.isi !== undefined && { isi: ctx.body.isi }),
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "utas_forum" });
      return utasLengkap(
        ctx.db,
        instansiId,
        await utasTerlihat(ctx.db, instansiId, id, ctx.peran),
        ctx.peran,
        1,
        50,
      );
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/forum/utas/:id/balasan",
    akses: "login",
    tag: "forum",
    ringkasan: "Membalas utas (ditolak bila utas dikunci); penulis utas dan orang yang disebut diberi tahu",
    aksi: "forum.balasan.buat",
    params: ParamId,
    body: z.strictObject({ isi: teksWajib(20000) }),
    response: SkemaBalasan,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = ctx.sesi?.pengguna.id ?? "";
      const t = await utasTerlihat(ctx.db, instansiId, id, ctx.peran);
      if (t.terkunci) throw galat(409, "UTAS_TERKUNCI");
      const b = await ctx.db
        .insertInto("balasan_forum")
        .values({ instansi_id: instansiId, utas_id: id, isi: ctx.body.isi, penulis_id: saya })
        .returning(["id", "dibuat", "diubah"])
        .executeTakeFirstOrThrow();
      await ctx.db
        .updateTable("utas_forum")
        .set({ jumlah_balasan: sql<number>`jumlah_balasan + 1`, aktivitas_terakhir: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      const tautan = `/forum/${id}`;
      if (t.penulis_id !== saya) {
        await ctx.db
          .insertInto("notifikasi")
          .values({
            instansi_id: instansiId,
            pengguna_id: t.penulis_id,
            jenis: "balasan",
            judul: `Balasan baru di utas "${t.judul.slice(0, 200)}"`,
            tautan,
          })
          .execute();
      }
      const n = await beriTahuSebutan(
        ctx.db,
        instansiId,
        saya,
        ctx.body.isi,
        `Anda disebut di utas "${t.judul.slice(0, 200)}"`,
        tautan,
      );
      ctx.audit({ objekJenis: "balasan_forum", objekId: b.id, rincian: { utas: id, sebutan: n } });
      const u = await ctx.db
        .selectFrom("pengguna")
        .select(["nama", "username"])
        .where("id", "=", saya)
        .executeTakeFirstOrThrow();
      return {
        id: b.id,
        isi: ctx.body.isi,
        html: renderMarkdown(ctx.body.isi),
        penulis: { id: saya, nama: u.nama, username: u.username },
        disembunyikan: false,
        dibuat: iso(b.dibuat) ?? "",
        diubah: iso(b.diubah) ?? "",
      };
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/forum/balasan/:id",
    akses: "login",
    tag: "forum",
    ringkasan: "Penulis mengubah balasannya (selama utas tidak dikunci)",
    aksi: "forum.balasan.ubah",
    params: ParamId,
    body: z.strictObject({ isi: teksWajib(20000) }),
    response: z.object({ id: z.uuid(), html: z.string() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const b = await ctx.db
        .selectFrom("balasan_forum as b")
        .innerJoin("utas_forum as t", (j) =>
          j.onRef("t.instansi_id", "=", "b.instansi_id").onRef("t.id", "=", "b.utas_id"),
        )
        .select(["b.penulis_id", "b.disembunyikan", "t.terkunci"])
        .where("b.instansi_id", "=", instansiId)
        .where("b.id", "=", id)
        .executeTakeFirst();
      if (!b || b.disembunyikan) throw tidakDitemukan();
      if (b.penulis_id !== ctx.sesi?.pengguna.id) throw aksesDitolak();
      if (b.terkunci) throw galat(409, "UTAS_TERKUNCI");
      await ctx.db
        .updateTable("balasan_forum")
        .set({ isi: ctx.body.isi, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "balasan_forum" });
      return { id, html: renderMarkdown(ctx.body.isi) };
    },
  }),
]);
