/**
 * Mentoring, coaching and counseling (PermenPANRB 60/2020 Tabel 2 I.3
 * "mentoring, coaching dan counseling" by leaders and change agents, III.2
 * "pemimpin sebagai role model ... pembinaan") and the self-evaluation diary
 * (Tabel 8, sub-stage kepemilikan: "evaluasi diri").
 *
 * Privacy rule, enforced in every query here (never by role): a session is
 * read only by its two people — the mentor (`pendamping_id`) and the employee
 * (`pegawai_id`) — identified by the caller's `pengguna.pegawai_id`. No admin,
 * auditor (APIP), supervision team or national evaluator sees a session's
 * content; they get only counts (`/pendampingan/ringkasan`). A diary entry is
 * read only by its author, and by the one mentor it is shared with while shared.
 */

import { isKodeSubDimensi } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute, type KonteksRute } from "../../http/route.ts";
import { ambilHalaman, type Halaman, skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { galat, hapusMilik, iso, skemaTanggal, teksWajib, wajibPegawai } from "./bersama.ts";

import { SkemaOrang } from "./rute-pendampingan.ts";

/** The self-evaluation diary (evaluasi diri; docs/komunitas.md): private entries an employee may share. */
const ParamId = z.strictObject({ id: z.uuid() });

const SkemaEntri = z.object({
  id: z.uuid(),
  tanggal: z.string(),
  judul: z.string(),
  isi: z.string(),
  subdimensi: z.array(z.string()),
  dibagikanKe: SkemaOrang.nullable(),
  dibagikanPada: z.string().nullable(),
  /** Set on entries shared with the caller: their author. */
  penulis: SkemaOrang.nullable(),
  diubah: z.string(),
});

const skemaSubdimensi = z
  .array(z.string().max(10))
  .max(12)
  .refine((a) => a.every(isKodeSubDimensi) && new Set(a).size === a.length, {
    message: "Kode sub-dimensi tidak dikenal atau ganda",
  });

const BodyEntri = z.strictObject({
  tanggal: skemaTanggal,
  judul: teksWajib(200),
  isi: teksWajib(10000),
  subdimensi: skemaSubdimensi.default([]),
});

function entriDasar(db: Parameters<typeof wajibPegawai>[0], instansiId: string) {
  return db
    .selectFrom("evaluasi_diri as e")
    .innerJoin("pegawai as a", (j) =>
      j.onRef("a.instansi_id", "=", "e.instansi_id").onRef("a.id", "=", "e.pegawai_id"),
    )
    .leftJoin("pegawai as b", (j) =>
      j.onRef("b.instansi_id", "=", "e.instansi_id").onRef("b.id", "=", "e.dibagikan_ke"),
    )
    .where("e.instansi_id", "=", instansiId)
    .select([
      "e.id",
      "e.tanggal",
      "e.judul",
      "e.isi",
      "e.subdimensi",
      "e.dibagikan_ke",
      "e.dibagikan_pada",
      "e.pegawai_id",
      "e.diubah",
      "a.nama as penulis_nama",
      "b.nama as dibagikan_nama",
    ]);
}
type BarisEntri = Awaited<ReturnType<ReturnType<typeof entriDasar>["executeTakeFirstOrThrow"]>>;
const entriKeApi = (r: BarisEntri, saya: string): z.input<typeof SkemaEntri> => ({
  id: r.id,
  tanggal: r.tanggal,
  judul: r.judul,
  isi: r.isi,
  subdimensi: r.subdimensi,
  dibagikanKe: r.dibagikan_ke ? { id: r.dibagikan_ke, nama: r.dibagikan_nama ?? "" } : null,
  dibagikanPada: iso(r.dibagikan_pada),
  penulis: r.pegawai_id === saya ? null : { id: r.pegawai_id, nama: r.penulis_nama },
  diubah: iso(r.diubah) ?? "",
});

/** The entry if the caller wrote it; 404 otherwise (not 403: its existence is private too). */
async function entriSaya(
  db: Parameters<typeof wajibPegawai>[0],
  instansiId: string,
  saya: string,
  id: string,
) {
  const r = await entriDasar(db, instansiId)
    .where("e.id", "=", id)
    .where("e.pegawai_id", "=", saya)
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return r;
}

/**
 * A page of the entries whose `kolom` is the caller (their own, or those
 * shared with them), latest `urut` first.
 */
async function daftarEntri(
  ctx: Pick<KonteksRute<{ instansiId: string }, Halaman, unknown>, "db" | "params" | "sesi" | "query">,
  kolom: "e.pegawai_id" | "e.dibagikan_ke",
  urut: "e.tanggal" | "e.dibagikan_pada",
) {
  const { instansiId } = ctx.params;
  const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
  const q = entriDasar(ctx.db, instansiId).where(kolom, "=", saya).orderBy(urut, "desc").orderBy("e.id");
  const d = await ambilHalaman(ctx.db, q, ctx.query);
  return { ...d, items: d.items.map((r) => entriKeApi(r, saya)) };
}

export const ruteEvaluasiDiri = grupRute("/api/instansi/:instansiId/evaluasi-diri", [
  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/evaluasi-diri",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Catatan evaluasi diri milik pengguna sendiri (pribadi)",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(SkemaEntri),
    handler: async (ctx) => daftarEntri(ctx, "e.pegawai_id", "e.tanggal"),
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/evaluasi-diri/dibagikan",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Catatan evaluasi diri yang dibagikan pegawai kepada pengguna sebagai pendampingnya",
    query: z.strictObject({ ...skemaHalaman }),
    response: skemaDaftar(SkemaEntri),
    handler: async (ctx) => daftarEntri(ctx, "e.dibagikan_ke", "e.dibagikan_pada"),
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/evaluasi-diri",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Menulis catatan evaluasi diri (pribadi secara bawaan)",
    aksi: "evaluasi_diri.buat",
    body: BodyEntri,
    response: SkemaEntri,
    status: 201,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      const b = ctx.body;
      const { id } = await ctx.db
        .insertInto("evaluasi_diri")
        .values({
          instansi_id: instansiId,
          pegawai_id: saya,
          tanggal: b.tanggal,
          judul: b.judul,
          isi: b.isi,
          subdimensi: b.subdimensi,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "evaluasi_diri", objekId: id });
      return entriKeApi(await entriSaya(ctx.db, instansiId, saya, id), saya);
    },
  }),

  defineRoute({
    method: "PATCH",
    url: "/api/instansi/:instansiId/evaluasi-diri/:id",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Mengubah catatan evaluasi diri sendiri",
    aksi: "evaluasi_diri.ubah",
    params: ParamId,
    body: z.strictObject({
      tanggal: skemaTanggal.optional(),
      judul: teksWajib(200).optional(),
      isi: teksWajib(10000).optional(),
      subdimensi: skemaSubdimensi.optional(),
    }),
    response: SkemaEntri,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      await entriSaya(ctx.db, instansiId, saya, id);
      const b = ctx.body;
      await ctx.db
        .updateTable("evaluasi_diri")
        .set({
          ...(b.tanggal !== undefined && { tanggal: b.tanggal }),
          ...(b.judul !== undefined && { judul: b.judul }),
          ...(b.isi !== undefined && { isi: b.isi }),
          ...(b.subdimensi !== undefined && { subdimensi: b.subdimensi }),
          diubah: sql<Date>`now()`,
        })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .where("pegawai_id", "=", saya)
        .execute();
      ctx.audit({ objekJenis: "evaluasi_diri", rincian: { kolom: Object.keys(b) } });
      return entriKeApi(await entriSaya(ctx.db, instansiId, saya, id), saya);
    },
  }),

  defineRoute({
    method: "DELETE",
    url: "/api/instansi/:instansiId/evaluasi-diri/:id",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Menghapus catatan evaluasi diri sendiri",
    aksi: "evaluasi_diri.hapus",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      await hapusMilik(ctx.db, "evaluasi_diri", instansiId, id, saya);
      ctx.audit({ objekJenis: "evaluasi_diri" });
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/evaluasi-diri/:id/bagikan",
    akses: "login",
    tag: "komunitas",
    ringkasan: "Membagikan satu catatan evaluasi diri kepada pendamping sendiri (null = berhenti membagikan)",
    aksi: "evaluasi_diri.bagikan",
    params: ParamId,
    body: z.strictObject({ pendampingId: z.uuid().nullable() }),
    response: SkemaEntri,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await wajibPegawai(ctx.db, instansiId, ctx.sesi);
      await entriSaya(ctx.db, instansiId, saya, id);
      const ke = ctx.body.pendampingId;
      if (ke) {
        const mentor = await ctx.db
          .selectFrom("sesi_pendampingan")
          .select("id")
          .where("instansi_id", "=", instansiId)
          .where("pegawai_id", "=", saya)
          .where("pendamping_id", "=", ke)
          .limit(1)
          .executeTakeFirst();
        if (!mentor) throw galat(400, "BUKAN_PENDAMPING");
      }
      await ctx.db
        .updateTable("evaluasi_diri")
        .set({ dibagikan_ke: ke, dibagikan_pada: ke ? sql<Date>`now()` : null, diubah: sql<Date>`now()` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .where("pegawai_id", "=", saya)
        .execute();
      ctx.audit({ objekJenis: "evaluasi_diri", rincian: { dibagikan: ke !== null } });
      return entriKeApi(await entriSaya(ctx.db, instansiId, saya, id), saya);
    },
  }),
]);
