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
import { sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { aksesDitolak, tidakDitemukan } from "../../http/errors.ts";
import { defineRoute } from "../../http/route.ts";
import { type BerkasUnggahan, bacaBerkasUnggahan, terlaluBesar } from "../../http/unggahan.ts";
import { skemaDaftar, skemaHalaman, teksOpsional } from "../halaman.ts";
import { jenisDariIsi, MIME_BERKAS } from "../program/berkas.ts";
import { galat, iso, teksBebas, teksWajib } from "./bersama.ts";
import { renderMarkdown } from "./markdown.ts";

type Trx = Transaction<Database>;
const MODERATOR = ["admin_instansi", "tim_supervisi"] as const;
const moderator = (peran: readonly string[]) =>
  peran.some((p) => (MODERATOR as readonly string[]).includes(p));

/** Attachments: at most 5 MiB, of a type recognised by its first bytes and matching its extension. */
export const BATAS_LAMPIRAN = 5 * 1024 * 1024;
// PDF, PNG and JPEG are recognised by the same signatures as programme evidence (program/berkas.ts).
const JENIS_LAMPIRAN: { ext: string[]; mime: string; cocok: (b: Buffer) => boolean }[] = [
  ...(["pdf", "png", "jpeg"] as const).map((jenis) => ({
    ext: jenis === "jpeg" ? ["jpg", "jpeg"] : [jenis],
    mime: MIME_BERKAS[jenis],
    cocok: (b: Buffer) => jenisDariIsi(b) === jenis,
  })),
  {
    ext: ["txt"],
    mime: "text/plain; charset=utf-8",
    cocok: (b) => !b.includes(0) && Buffer.from(b.toString("utf8"), "utf8").equals(b),
  },
];

/** The accepted type of a file, or null when its extension is not accepted or its content does not match. */
export function jenisLampiran(nama: string, isi: Buffer): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(nama)?.[1]?.toLowerCase() ?? "";
  const j = JENIS_LAMPIRAN.find((x) => x.ext.includes(ext));
  return j?.cocok(isi) ? j.mime : null;
}

/** `@username` mentions in a text (usernames as the platform allows them). */
export function sebutan(isi: string): string[] {
  const out = new Set<string>();
  for (const m of isi.matchAll(/(^|[^\w@.])@([a-z0-9][a-z0-9._-]{1,59})/gi))
    out.add(m[2].replace(/[._-]+$/, "").toLowerCase());
  return [...out];
}

/** Notifies members of this agency mentioned in `isi` (not the writer). */
async function beriTahuSebutan(
  db: Trx,
  instansiId: string,
  penulisId: string,
  isi: string,
  judul: string,
  tautan: string,
) {
  const nama = sebutan(isi);
  if (nama.length === 0) return 0;
  const orang = await db
    .selectFrom("pengguna as p")
    .innerJoin("peran_pengguna as r", "r.pengguna_id", "p.id")
    .where("r.instansi_id", "=", instansiId)
    .where(sql<string>`lower(p.username)`, "in", nama.slice(0, 20))
    .where("p.id", "<>", penulisId)
    .where("p.aktif", "=", true)
    .select("p.id")
    .distinct()
    .execute();
  if (orang.length > 0) {
    await db
      .insertInto("notifikasi")
      .values(
        orang.map((o) => ({
          instansi_id: instansiId,
          pengguna_id: o.id,
          jenis: "sebutan" as const,
          judul,
          tautan,
        })),
      )
      .execute();
  }
  return orang.length;
}

const SkemaKategori = z.object({
  id: z.uuid(),
  nama: z.string(),
  deskripsi: z.string().nullable(),
  urutan: z.number(),
  aktif: z.boolean(),
  jumlahUtas: z.number(),
});
const SkemaPenulis = z.object({ id: z.uuid(), nama: z.string(), username: z.string() });
const SkemaUtasRingkas = z.object({
  id: z.uuid(),
  kategoriId: z.uuid(),
  judul: z.string(),
  penulis: SkemaPenulis,
  terkunci: z.boolean(),
  disembunyikan: z.boolean(),
  jumlahBalasan: z.number(),
  aktivitasTerakhir: z.string(),
  dibuat: z.string(),
});
const SkemaBalasan = z.object({
  id: z.uuid(),
  isi: z.string(),
  html: z.string(),
  penulis: SkemaPenulis,
  disembunyikan: z.boolean(),
  dibuat: z.string(),
  diubah: z.string(),
});
const SkemaLampiran = z.object({ id: z.uuid(), nama: z.string(), jenisMime: z.string(), ukuran: z.number() });
const SkemaUtas = SkemaUtasRingkas.extend({
  isi: z.string(),
  html: z.string(),
  diubah: z.string(),
  balasan: skemaDaftar(SkemaBalasan),
  lampiran: z.array(SkemaLampiran),
});

const ParamId = z.strictObject({ id: z.uuid() });

function utasDasar(db: Trx, instansiId: string) {
  return db
    .selectFrom("utas_forum as t")
    .innerJoin("pengguna as u", "u.id", "t.penulis_id")
    .where("t.instansi_id", "=", instansiId)
    .select([
      "t.id",
      "t.kategori_id",
      "t.judul",
      "t.isi",
      "t.penulis_id",
      "t.terkunci",
      "t.disembunyikan",
      "t.jumlah_balasan",
      "t.aktivitas_terakhir",
      "t.dibuat",
      "t.diubah",
      "u.nama as penulis_nama",
      "u.username as penulis_username",
    ]);
}
type BarisUtas = Awaited<ReturnType<ReturnType<typeof utasDasar>["executeTakeFirstOrThrow"]>>;
const ringkas = (r: BarisUtas): z.input<typeof SkemaUtasRingkas> => ({
  id: r.id,
  kategoriId: r.kategori_id,
  judul: r.judul,
  penulis: { id: r.penulis_id, nama: r.penulis_nama, username: r.penulis_username },
  terkunci: r.terkunci,
  disembunyikan: r.disembunyikan,
  jumlahBalasan: r.jumlah_balasan,
  aktivitasTerakhir: iso(r.aktivitas_terakhir) ?? "",
  dibuat: iso(r.dibuat) ?? "",
});

/** The thread if visible to the caller (hidden threads only to moderators). */
async function utasTerlihat(db: Trx, instansiId: string, id: string, peran: readonly string[]) {
  const r = await utasDasar(db, instansiId).where("t.id", "=", id).executeTakeFirst();
  if (!r || (r.disembunyikan && !moderator(peran))) throw tidakDitemukan();
  return r;
}

async function utasLengkap(
  db: Trx,
  instansiId: string,
  r: BarisUtas,
  peran: readonly string[],
  page: number,
  pageSize: number,
): Promise<z.input<typeof SkemaUtas>> {
  let b = db
    .selectFrom("balasan_forum as b")
    .innerJoin("pengguna as u", "u.id", "b.penulis_id")
    .where("b.instansi_id", "=", instansiId)
    .where("b.utas_id", "=", r.id);
  if (!moderator(peran)) b = b.where("b.disembunyikan", "=", false);
  const total = await b.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
  const balasan = await b
    .select([
      "b.id",
      "b.isi",
      "b.penulis_id",
      "b.disembunyikan",
      "b.dibuat",
      "b.diubah",
      "u.nama",
      "u.username",
    ])
    .orderBy("b.dibuat")
    .orderBy("b.id")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const lampiran = await db
    .selectFrom("lampiran_forum")
    .select(["id", "nama", "jenis_mime as jenisMime", "ukuran"])
    .where("instansi_id", "=", instansiId)
    .where("utas_id", "=", r.id)
    .orderBy("dibuat")
    .execute();
  return {
    ...ringkas(r),
    isi: r.isi,
    html: renderMarkdown(r.isi),
    diubah: iso(r.diubah) ?? "",
    lampiran,
    balasan: {
      items: balasan.map((x) => ({
        id: x.id,
        isi: x.isi,
        html: renderMarkdown(x.isi),
        penulis: { id: x.penulis_id, nama: x.nama, username: x.username },
        disembunyikan: x.disembunyikan,
        dibuat: iso(x.dibuat) ?? "",
        diubah: iso(x.diubah) ?? "",
      })),
      total: total.n,
      page,
      pageSize,
    },
  };
}

const BodyKategori = z.strictObject({
  nama: teksWajib(100),
  deskripsi: teksBebas(500).optional(),
  urutan: z.number().int().min(0).max(1000).optional(),
  aktif: z.boolean().optional(),
});

export const ruteForum = [
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
];
