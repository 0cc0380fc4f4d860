/**
 * Structured-interview routes (BAB III.B.3.b angka 3; docs/nontes.md): the
 * supervision team schedules interviews (assessment or the M&E random
 * sample) and lists them; an interviewer lists their own, opens the guide
 * and sends scores and notes. Reading an interview (its notes) is allowed to
 * its interviewers and the team only, and audited; anyone else gets 403.
 */
import { sql } from "kysely";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar } from "../../umum/halaman.ts";
import { PERAN_PEGAWAI } from "./rute-tugas.ts";
import {
  KueriDaftarRekam as KueriCalon,
  KueriWawancara,
  ParamsWawancara,
  SkemaBuatWawancara,
  SkemaIsiWawancara,
  SkemaKirimWawancara,
  SkemaWawancara,
} from "./skema-lanjut.ts";
import { buatWawancara, isiWawancara, kirimWawancara, wawancaraApi, wawancaraQ } from "./wawancara.ts";

const TIM = ["tim_supervisi"] as const;
const W = "/api/instansi/:instansiId/nontes/wawancara";

export const ruteWawancara = grupRute(W, [
  defineRoute({
    method: "POST",
    url: W,
    akses: TIM,
    tag: "nontes",
    ringkasan:
      "Menjadwalkan wawancara terstruktur (asesmen atau sampel wawancara monev) dengan 1–2 pewawancara",
    aksi: "wawancara.buat",
    body: SkemaBuatWawancara,
    response: SkemaIsiWawancara,
    status: 201,
    handler: async (ctx) => {
      const u = ctx.sesi?.pengguna.id ?? "";
      const id = await buatWawancara(ctx.db, ctx.params.instansiId, u || null, ctx.body);
      ctx.audit({ objekJenis: "wawancara_nontes", objekId: id });
      return isiWawancara(ctx.db, ctx.params.instansiId, id, u, true);
    },
  }),
  defineRoute({
    method: "GET",
    url: W,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Daftar wawancara terstruktur (berhalaman)",
    query: KueriWawancara,
    response: skemaDaftar(SkemaWawancara),
    handler: async (ctx) => {
      const h = await ambilHalaman(
        ctx.db,
        wawancaraQ(ctx.db, ctx.params.instansiId, { tujuan: ctx.query.tujuan }),
        ctx.query,
      );
      return { ...h, items: await wawancaraApi(ctx.db, ctx.params.instansiId, h.items) };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${W}/calon-pewawancara`,
    akses: TIM,
    tag: "nontes",
    ringkasan: "Akun aktif instansi ini yang dapat ditunjuk sebagai pewawancara (berhalaman, cari nama)",
    query: KueriCalon,
    response: skemaDaftar(z.object({ id: z.uuid(), nama: z.string() })),
    handler: async (ctx) => {
      let q = ctx.db
        .selectFrom("pengguna as u")
        .select(["u.id", "u.nama"])
        .where("u.aktif", "=", true)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("peran_pengguna as r")
              .select("r.pengguna_id")
              .whereRef("r.pengguna_id", "=", "u.id")
              .where("r.instansi_id", "=", ctx.params.instansiId),
          ),
        )
        .orderBy("u.nama")
        .orderBy("u.id");
      if (ctx.query.cari) q = q.where(sql<boolean>`u.nama ilike ${`%${ctx.query.cari}%`}`);
      return ambilHalaman(ctx.db, q, ctx.query);
    },
  }),
  defineRoute({
    method: "GET",
    url: `${W}/saya`,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Wawancara yang saya lakukan sebagai pewawancara (berhalaman)",
    query: KueriWawancara,
    response: skemaDaftar(SkemaWawancara),
    handler: async (ctx) => {
      const q = wawancaraQ(ctx.db, ctx.params.instansiId, {
        penggunaId: ctx.sesi?.pengguna.id ?? "",
        tujuan: ctx.query.tujuan,
      });
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      return { ...h, items: await wawancaraApi(ctx.db, ctx.params.instansiId, h.items) };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${W}/:id`,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Satu wawancara: panduan, skor dan catatan (hanya pewawancara dan tim supervisi)",
    aksi: "wawancara.baca",
    params: ParamsWawancara,
    response: SkemaIsiWawancara,
    handler: async (ctx) => {
      ctx.audit({ objekJenis: "wawancara_nontes", objekId: ctx.params.id });
      return isiWawancara(
        ctx.db,
        ctx.params.instansiId,
        ctx.params.id,
        ctx.sesi?.pengguna.id ?? "",
        ctx.peran.includes("tim_supervisi"),
      );
    },
  }),
  defineRoute({
    method: "PUT",
    url: `${W}/:id/nilai`,
    akses: PERAN_PEGAWAI,
    tag: "nontes",
    ringkasan: "Pewawancara mengirim skor BARS setiap subdimensi dan catatannya",
    aksi: "wawancara.nilai",
    params: ParamsWawancara,
    body: SkemaKirimWawancara,
    response: SkemaIsiWawancara,
    handler: async (ctx) => {
      const u = ctx.sesi?.pengguna.id ?? "";
      await kirimWawancara(ctx.db, ctx.params.instansiId, ctx.params.id, u, ctx.body.nilai, ctx.body.catatan);
      ctx.audit({ objekJenis: "wawancara_nontes", objekId: ctx.params.id });
      return isiWawancara(
        ctx.db,
        ctx.params.instansiId,
        ctx.params.id,
        u,
        ctx.peran.includes("tim_supervisi"),
      );
    },
  }),
]);
