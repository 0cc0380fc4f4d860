/**
 * Selection and appointment of change agents in a cycle (Tabel 2 I.1;
 * Tabel 3 no. 6): published criteria, nominations (self or by others), the
 * supervision team's selection, the leader's decree, coverage per unit.
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import {
  bacaAturan,
  bacaInstrumen,
  jumlahNominasi,
  kueriNominasi,
  nominasiApi,
  pegawaiSaya,
} from "./kueri.ts";
import {
  ajukanNominasi,
  cakupan,
  putuskanNominasi,
  siklusAda,
  terbitkanAturan,
  tetapkanAgen,
  wajibPegawaiSaya,
} from "./layanan.ts";
import {
  BodyAturan,
  BodyKeputusan,
  BodyNominasi,
  BodyPenetapan,
  ParamId,
  ParamSiklus,
  SkemaCakupan,
  SkemaNominasi,
  SkemaRingkasan,
} from "./skema.ts";

export const DASAR = "/api/instansi/:instansiId/agen";
export const PERAN_BACA = ["tim_supervisi", "ppk", "pimpinan", "admin_instansi"] as const;
const S = `${DASAR}/siklus/:siklusId`;

export const ruteSiklus = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/siklus`,
    akses: "login",
    tag: "agen",
    ringkasan: "Siklus program dan apakah kriteria seleksi agen perubahannya sudah diterbitkan",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(
      z.object({ id: z.uuid(), nama: z.string(), ditutup: z.boolean(), kriteriaTerbit: z.boolean() }),
    ),
    handler: async (ctx) => {
      const q = ctx.db
        .selectFrom("siklus_program as s")
        .leftJoin("aturan_agen as a", (j) =>
          j.onRef("a.instansi_id", "=", "s.instansi_id").onRef("a.siklus_id", "=", "s.id"),
        )
        .select(["s.id", "s.nama", "s.ditutup", "a.siklus_id as terbit"])
        .where("s.instansi_id", "=", ctx.params.instansiId)
        .orderBy("s.dibuat", "desc")
        .orderBy("s.id");
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      return {
        ...h,
        items: h.items.map((r) => ({
          id: r.id,
          nama: r.nama,
          ditutup: r.ditutup !== null,
          kriteriaTerbit: r.terbit !== null,
        })),
      };
    },
  }),

  defineRoute({
    method: "GET",
    url: S,
    akses: "login",
    tag: "agen",
    ringkasan:
      "Ringkasan agen perubahan siklus: kriteria terbit, instrumen, nominasi saya, jumlah per status, SK berlaku",
    params: ParamSiklus,
    response: SkemaRingkasan,
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      const s = await siklusAda(ctx.db, instansiId, siklusId);
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const mine = saya
        ? await kueriNominasi(ctx.db, instansiId, siklusId)
            .where("n.pegawai_id", "=", saya)
            .executeTakeFirst()
        : undefined;
      const sk = await ctx.db
        .selectFrom("peran_sk")
        .select(["nomor_sk", "tanggal_sk"])
        .where("instansi_id", "=", instansiId)
        .where("siklus_id", "=", siklusId)
        .where("langkah", "=", "agen_perubahan")
        .executeTakeFirst();
      return {
        siklus: { id: s.id, nama: s.nama, ditutup: s.ditutup !== null },
        aturan: await bacaAturan(ctx.db, instansiId, siklusId),
        instrumen: await bacaInstrumen(ctx.db, instansiId, siklusId),
        nominasiSaya: mine ? nominasiApi(mine) : null,
        jumlah: await jumlahNominasi(ctx.db, instansiId, siklusId),
        skBerlaku: sk ? { nomorSk: sk.nomor_sk, tanggalSk: sk.tanggal_sk } : null,
      };
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${S}/kriteria`,
    akses: ["tim_supervisi", "ppk"],
    tag: "agen",
    ringkasan: "Menerbitkan kriteria seleksi agen perubahan dan aturan cakupan per unit (Tabel 3 no. 6)",
    aksi: "agen.kriteria.terbitkan",
    params: ParamSiklus,
    body: BodyAturan,
    response: z.object({ ok: z.boolean() }),
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId, { terbuka: true });
      await terbitkanAturan(ctx.db, {
        instansiId,
        siklusId,
        ...ctx.body,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      ctx.audit({
        objekJenis: "siklus_program",
        objekId: siklusId,
        rincian: { kriteria: ctx.body.kriteria.length },
      });
      return { ok: true };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${S}/nominasi`,
    akses: "login",
    tag: "agen",
    ringkasan: "Mencalonkan diri sendiri atau mencalonkan pegawai lain sebagai agen perubahan",
    aksi: "agen.nominasi.ajukan",
    params: ParamSiklus,
    body: BodyNominasi,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId, { terbuka: true });
      const saya = wajibPegawaiSaya(await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id));
      const pegawaiId = ctx.body.pegawaiId ?? saya;
      const id = await ajukanNominasi(ctx.db, {
        instansiId,
        siklusId,
        pengusul: saya,
        pegawaiId,
        alasan: ctx.body.alasan,
      });
      ctx.audit({ objekJenis: "nominasi_agen", objekId: id, rincian: { mandiri: pegawaiId === saya } });
      return { id };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${S}/nominasi`,
    akses: PERAN_BACA,
    tag: "agen",
    ringkasan: "Daftar nominasi agen perubahan siklus dengan keputusan seleksi",
    aksi: "agen.nominasi.baca",
    params: ParamSiklus,
    query: z.strictObject({
      ...skemaHalaman,
      status: z.enum(["diajukan", "terpilih", "tidak_terpilih", "ditetapkan"]).optional(),
    }),
    response: skemaDaftar(SkemaNominasi),
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId);
      const { status, ...hal } = ctx.query;
      const q = kueriNominasi(ctx.db, instansiId, siklusId)
        .$if(status !== undefined, (k) => k.where("n.status", "=", status as "diajukan"))
        .orderBy("n.dibuat")
        .orderBy("n.id");
      const h = await ambilHalaman(ctx.db, q, hal);
      ctx.audit({ objekJenis: "siklus_program", objekId: siklusId });
      return { ...h, items: h.items.map(nominasiApi) };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/nominasi/:id/keputusan`,
    akses: ["tim_supervisi"],
    tag: "agen",
    ringkasan: "Tim Supervisi memutuskan seleksi: terpilih atau tidak terpilih",
    aksi: "agen.nominasi.putuskan",
    params: ParamId,
    body: BodyKeputusan,
    response: z.object({ ok: z.boolean() }),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      await putuskanNominasi(ctx.db, {
        instansiId,
        id,
        keputusan: ctx.body.keputusan,
        catatan: ctx.body.catatan,
        oleh: ctx.sesi?.pengguna.id as string,
        pegawaiSaya: saya,
      });
      ctx.audit({ objekJenis: "nominasi_agen", objekId: id, rincian: { keputusan: ctx.body.keputusan } });
      return { ok: true };
    },
  }),

  defineRoute({
    method: "POST",
    url: `${S}/penetapan`,
    akses: ["ppk"],
    tag: "agen",
    ringkasan:
      "Pimpinan (PPK) menetapkan agen terpilih dengan SK; SK memberi peran agen_perubahan (Tabel 3 no. 6, fitur peran-sk)",
    aksi: "agen.penetapan",
    params: ParamSiklus,
    body: BodyPenetapan,
    response: z.object({ ditetapkan: z.number(), tanpaAkun: z.number() }),
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId, { terbuka: true });
      const h = await tetapkanAgen(ctx.db, {
        instansiId,
        siklusId,
        ...ctx.body,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      ctx.audit({
        objekJenis: "siklus_program",
        objekId: siklusId,
        rincian: { nomorSk: ctx.body.nomorSk, ...h },
      });
      return h;
    },
  }),

  defineRoute({
    method: "GET",
    url: `${S}/cakupan`,
    akses: PERAN_BACA,
    tag: "agen",
    ringkasan: "Cakupan agen perubahan per unit kerja menurut aturan siklus (jumlah yang memadai)",
    params: ParamSiklus,
    response: SkemaCakupan,
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId);
      return cakupan(ctx.db, instansiId, siklusId);
    },
  }),
]);
