/**
 * Campaign posts (PermenPANRB 60/2020 Tabel 4 no. 1 "Kampanye": "Pengumuman",
 * "Pesan-pesan kode etik", "Cerita"/stories of integrity) published to the
 * whole agency or to units (optionally with their sub-units), with read and
 * acknowledge tracking: each reader marks a post read and may acknowledge it;
 * authors and the supervision team see counts against the audience size.
 */

import { type Expression, sql, type Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { aksesDitolak, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { galat, iso, pegawaiSaya, teksWajib } from "./bersama.ts";
import { renderMarkdown } from "./markdown.ts";

type Trx = Transaction<Database>;
const JENIS = ["pengumuman", "kode_etik", "cerita"] as const;
/** Manage every post (Tabel 3 no. 1: the supervision team runs the programme). */
const PENGELOLA = ["admin_instansi", "tim_supervisi"] as const;
/** Write posts: also leaders (role models, Tabel 2 III.2) and change agents (Tabel 2 I.1). */
const PENULIS = [...PENGELOLA, "pimpinan", "agen_perubahan"] as const;

const uuidArr = (ids: readonly string[]): Expression<string[]> =>
  ids.length === 0
    ? sql<string[]>`'{}'::uuid[]`
    : sql<string[]>`array[${sql.join(ids.map((i) => sql`${i}::uuid`))}]`;

/** The unit and its ancestors, nearest first. */
async function leluhur(db: Trx, instansiId: string, unitId: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    with recursive naik(id, induk_id, d) as (
      select id, induk_id, 0 from unit_kerja where instansi_id = ${instansiId} and id = ${unitId}
      union all
      select u.id, u.induk_id, n.d + 1 from unit_kerja u join naik n on u.id = n.induk_id
      where u.instansi_id = ${instansiId} and n.d < 50
    )
    select id from naik order by d`.execute(db);
  return r.rows.map((x) => x.id);
}

/** Where-clause of the posts addressed to a reader in `unitId` (null: agency-wide posts only). */
async function sasaranSaya(db: Trx, instansiId: string, penggunaId: string) {
  const pegawaiId = await pegawaiSaya(db, instansiId, penggunaId);
  const unit = pegawaiId
    ? await db
        .selectFrom("pegawai")
        .select("unit_id")
        .where("instansi_id", "=", instansiId)
        .where("id", "=", pegawaiId)
        .executeTakeFirst()
    : undefined;
  const rantai = unit?.unit_id ? await leluhur(db, instansiId, unit.unit_id) : [];
  return sql<boolean>`(k.sasaran = 'instansi'
    or k.unit_ids && ${uuidArr(rantai.slice(0, 1))}
    or (k.sub_unit and k.unit_ids && ${uuidArr(rantai.slice(1))}))`;
}

/** Active employees a post is addressed to. */
async function ukuranSasaran(
  db: Trx,
  instansiId: string,
  p: { sasaran: string; unit_ids: string[]; sub_unit: boolean },
): Promise<number> {
  if (p.sasaran === "instansi") {
    const r = await db
      .selectFrom("pegawai")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("instansi_id", "=", instansiId)
      .where("aktif", "=", true)
      .executeTakeFirstOrThrow();
    return r.n;
  }
  const r = await sql<{ n: number }>`
    with recursive turun(id, d) as (
      select id, 0 from unit_kerja where instansi_id = ${instansiId} and id = any(${uuidArr(p.unit_ids)})
      union
      select u.id, t.d + 1 from unit_kerja u join turun t on u.induk_id = t.id
      where u.instansi_id = ${instansiId} and ${p.sub_unit} and t.d < 50
    )
    select count(*)::int as n from pegawai
    where instansi_id = ${instansiId} and aktif and unit_id in (select id from turun)`.execute(db);
  return r.rows[0]?.n ?? 0;
}

const SkemaPos = z.object({
  id: z.uuid(),
  jenis: z.enum(JENIS),
  judul: z.string(),
  isi: z.string(),
  /** `isi` rendered from Markdown to sanitised HTML. */
  html: z.string(),
  sasaran: z.enum(["instansi", "unit"]),
  unitIds: z.array(z.uuid()),
  subUnit: z.boolean(),
  penulis: z.object({ id: z.uuid(), nama: z.string() }),
  ditarik: z.boolean(),
  diterbitkan: z.string(),
  diubah: z.string(),
  dibaca: z.string().nullable(),
  diakui: z.string().nullable(),
  /** Author's counts (manage list and detail for managers/authors only). */
  statistik: z.object({ sasaran: z.number(), dibaca: z.number(), diakui: z.number() }).nullable(),
});

function dasar(db: Trx, instansiId: string, penggunaId: string) {
  return db
    .selectFrom("pos_kampanye as k")
    .innerJoin("pengguna as u", "u.id", "k.penulis_id")
    .leftJoin("pos_kampanye_baca as b", (j) =>
      j
        .onRef("b.instansi_id", "=", "k.instansi_id")
        .onRef("b.pos_id", "=", "k.id")
        .on("b.pengguna_id", "=", penggunaId),
    )
    .where("k.instansi_id", "=", instansiId)
    .select([
      "k.id",
      "k.jenis",
      "k.judul",
      "k.isi",
      "k.sasaran",
      "k.unit_ids",
      "k.sub_unit",
      "k.penulis_id",
      "k.ditarik",
      "k.diterbitkan",
      "k.diubah",
      "u.nama as penulis_nama",
      "b.dibaca",
      "b.diakui",
    ]);
}
type Baris = Awaited<ReturnType<ReturnType<typeof dasar>["executeTakeFirstOrThrow"]>>;

async function keApi(
  db: Trx,
  instansiId: string,
  r: Baris,
  statistik: boolean,
): Promise<z.input<typeof SkemaPos>> {
  let stat: { sasaran: number; dibaca: number; diakui: number } | null = null;
  if (statistik) {
    const c = await db
      .selectFrom("pos_kampanye_baca")
      .where("instansi_id", "=", instansiId)
      .where("pos_id", "=", r.id)
      .select([sql<number>`count(*)::int`.as("dibaca"), sql<number>`count(diakui)::int`.as("diakui")])
      .executeTakeFirstOrThrow();
    stat = { sasaran: await ukuranSasaran(db, instansiId, r), ...c };
  }
  return {
    id: r.id,
    jenis: r.jenis,
    judul: r.judul,
    isi: r.isi,
    html: renderMarkdown(r.isi),
    sasaran: r.sasaran,
    unitIds: r.unit_ids,
    subUnit: r.sub_unit,
    penulis: { id: r.penulis_id, nama: r.penulis_nama },
    ditarik: r.ditarik,
    diterbitkan: iso(r.diterbitkan) ?? "",
    diubah: iso(r.diubah) ?? "",
    dibaca: iso(r.dibaca),
    diakui: iso(r.diakui),
    statistik: stat,
  };
}

const BodyPos = z.strictObject({
  jenis: z.enum(JENIS),
  judul: teksWajib(200),
  isi: teksWajib(20000),
  sasaran: z.enum(["instansi", "unit"]),
  unitIds: z.array(z.uuid()).max(200).default([]),
  subUnit: z.boolean().default(true),
});

async function cekUnit(db: Trx, instansiId: string, sasaran: string, unitIds: string[]) {
  if (sasaran === "instansi") return [];
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) throw galat(400, "UNIT_TIDAK_DIKENAL");
  const ada = await db
    .selectFrom("unit_kerja")
    .select("id")
    .where("instansi_id", "=", instansiId)
    .where("aktif", "=", true)
    .where("id", "in", ids)
    .execute();
  if (ada.length !== ids.length) throw galat(400, "UNIT_TIDAK_DIKENAL");
  return ids;
}

const ParamId = z.strictObject({ id: z.uuid() });
const mengelola = (peran: readonly string[]) =>
  peran.some((p) => (PENGELOLA as readonly string[]).includes(p));

/** The post if the caller may read it (addressed to them, or they wrote/manage it); withdrawn posts only for those. */
async function posTerbaca(
  ctx: { db: Trx; peran: string[] },
  instansiId: string,
  penggunaId: string,
  id: string,
) {
  const r = await dasar(ctx.db, instansiId, penggunaId).where("k.id", "=", id).executeTakeFirst();
  if (!r) throw tidakDitemukan();
  const pengelola = mengelola(ctx.peran) || r.penulis_id === penggunaId;
  if (pengelola) return { r, pengelola };
  const boleh = await dasar(ctx.db, instansiId, penggunaId)
    .where("k.id", "=", id)
    .where("k.ditarik", "=", false)
    .where(await sasaranSaya(ctx.db, instansiId, penggunaId))
    .executeTakeFirst();
  if (!boleh) throw tidakDitemukan();
  return { r, pengelola };
}

export const ruteKampanye = grupRute("/api/instansi/:instansiId/kampanye", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/kampanye",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Pos kampanye untuk pengguna (seluruh instansi atau unitnya), terbaru dulu, berhalaman",
    query: z.strictObject({ jenis: z.enum([...JENIS, ""]).optional(), ...skemaHalaman }),
    response: skemaDaftar(SkemaPos).extend({ belumDibaca: z.number() }),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = ctx.sesi?.pengguna.id ?? "";
      const { jenis, page, pageSize } = ctx.query;
      let k = dasar(ctx.db, instansiId, saya)
        .where("k.ditarik", "=", false)
        .where(await sasaranSaya(ctx.db, instansiId, saya));
      if (jenis) k = k.where("k.jenis", "=", jenis);
      const semua = await k.orderBy("k.diterbitkan", "desc").orderBy("k.id").execute();
      const halaman = semua.slice((page - 1) * pageSize, page * pageSize);
      return {
        items: await Promise.all(halaman.map((r) => keApi(ctx.db, instansiId, r, false))),
        total: semua.length,
        belumDibaca: semua.filter((r) => !r.dibaca).length,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/kampanye/kelola",
    akses: PENULIS,
    tag: "komunitas",
    ringkasan:
      "Pos kampanye yang dikelola (semua untuk tim supervisi/admin, milik sendiri untuk penulis lain) dengan jumlah pembaca",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(SkemaPos),
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = ctx.sesi?.pengguna.id ?? "";
      const { page, pageSize } = ctx.query;
      let k = dasar(ctx.db, instansiId, saya);
      if (!mengelola(ctx.peran)) k = k.where("k.penulis_id", "=", saya);
      const total = (await k.execute()).length;
      const items = await k
        .orderBy("k.diterbitkan", "desc")
        .orderBy("k.id")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      return {
        items: await Promise.all(items.map((r) => keApi(ctx.db, instansiId, r, true))),
        total,
        page,
        pageSize,
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/kampanye/:id",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Satu pos kampanye (jumlah pembaca bagi penulis/pengelola)",
    params: ParamId,
    response: SkemaPos,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const { r, pengelola } = await posTerbaca(ctx, instansiId, ctx.sesi?.pengguna.id ?? "", id);
      return keApi(ctx.db, instansiId, r, pengelola);
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/kampanye",
    akses: PENULIS,
    tag: "komunitas",
    ringkasan: "Menerbitkan pos kampanye (pengumuman, pesan kode etik, cerita) ke instansi atau unit",
    aksi: "kampanye.terbit",
    body: BodyPos,
    response: SkemaPos,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = ctx.sesi?.pengguna.id ?? "";
      const b = ctx.body;
      const unitIds = await cekUnit(ctx.db, instansiId, b.sasaran, b.unitIds);
      const { id } = await ctx.db
        .insertInto("pos_kampanye")
        .values({
          instansi_id: instansiId,
          jenis: b.jenis,
          judul: b.judul,
          isi: b.isi,
          sasaran: b.sasaran,
          unit_ids: uuidArr(unitIds),
          sub_unit: b.subUnit,
          penulis_id: saya,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({
        objekJenis: "pos_kampanye",
        objekId: id,
        rincian: { jenis: b.jenis, unit: unitIds.length },
      });
      const r = await dasar(ctx.db, instansiId, saya).where("k.id", "=", id).executeTakeFirstOrThrow();
      return keApi(ctx.db, instansiId, r, true);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/kampanye/:id",
    akses: PENULIS,
    tag: "komunitas",
    ringkasan:
      "Mengubah pos kampanye, atau menarik/menerbitkan kembali (penulisnya, atau tim supervisi/admin)",
    aksi: "kampanye.ubah",
    params: ParamId,
    body: z.strictObject({
      jenis: z.enum(JENIS).optional(),
      judul: teksWajib(200).optional(),
      isi: teksWajib(20000).optional(),
      sasaran: z.enum(["instansi", "unit"]).optional(),
      unitIds: z.array(z.uuid()).max(200).optional(),
      subUnit: z.boolean().optional(),
      ditarik: z.boolean().optional(),
    }),
    response: SkemaPos,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = ctx.sesi?.pengguna.id ?? "";
      const lama = await dasar(ctx.db, instansiId, saya).where("k.id", "=", id).executeTakeFirst();
      if (!lama) throw tidakDitemukan();
      if (lama.penulis_id !== saya && !mengelola(ctx.peran)) throw aksesDitolak();
      const b = ctx.body;
      const sasaran = b.sasaran ?? lama.sasaran;
      const unitIds =
        b.sasaran !== undefined || b.unitIds !== undefined
          ? await cekUnit(ctx.db, instansiId, sasaran, b.unitIds ?? lama.unit_ids)
          : undefined;
      await ctx.db
        .updateTable("pos_kampanye")
        .set({
          ...(b.jenis !== undefined && { jenis: b.jenis }),
          ...(b.judul !== undefined && { judul: b.judul }),
          ...(b.isi !== undefined && { isi: b.isi }),
          ...(b.sasaran !== undefined && { sasaran: b.sasaran }),
          ...(unitIds !== undefined && { unit_ids: uuidArr(unitIds) }),
          ...(b.subUnit !== undefined && { sub_unit: b.subUnit }),
          ...(b.ditarik !== undefined && { ditarik: b.ditarik }),
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .execute();
      ctx.audit({ objekJenis: "pos_kampanye", rincian: { kolom: Object.keys(b) } });
      const r = await dasar(ctx.db, instansiId, saya).where("k.id", "=", id).executeTakeFirstOrThrow();
      return keApi(ctx.db, instansiId, r, true);
    },
  }),

  ...(["baca", "akui"] as const).map((aksi) =>
    defineRoute({
      method: "POST",
      url: `/api/instansi/:instansiId/kampanye/:id/${aksi}`,
      akses: "login",
      tag: "komunitas",
      ringkasan:
        aksi === "baca"
          ? "Menandai pos kampanye sudah dibaca"
          : "Menyatakan telah membaca dan memahami pos kampanye (pengakuan)",
      aksi: `kampanye.${aksi}`,
      params: ParamId,
      response: SkemaPos,
      handler: async (ctx) => {
        const { instansiId, id } = ctx.params;
        const saya = ctx.sesi?.pengguna.id ?? "";
        await posTerbaca(ctx, instansiId, saya, id);
        await ctx.db
          .insertInto("pos_kampanye_baca")
          .values({
            instansi_id: instansiId,
            pos_id: id,
            pengguna_id: saya,
            ...(aksi === "akui" && { diakui: sql<Date>`now()` }),
          })
          .onConflict((oc) =>
            oc.columns(["instansi_id", "pos_id", "pengguna_id"]).doUpdateSet(
              aksi === "akui"
                ? { diakui: sql<Date>`coalesce(pos_kampanye_baca.diakui, now())` }
                : {
                    dibaca: sql<Date>`pos_kampanye_baca.dibaca`,
                  },
            ),
          )
          .execute();
        ctx.audit({ objekJenis: "pos_kampanye" });
        const { r, pengelola } = await posTerbaca(ctx, instansiId, saya, id);
        return keApi(ctx.db, instansiId, r, pengelola);
      },
    }),
  ),
]);
