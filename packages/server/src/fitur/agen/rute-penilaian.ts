/**
 * Assessing change agents on their Renaksi (Tabel 2 I.2): the supervision
 * team builds the instrument first ((i) persiapan), then assesses appointed
 * agents periodically with evidence ((ii) pelaksanaan). Each agent's Renaksi
 * belongs to the cycle and names the cycle's SMART targets (Tabel 2 I.1).
 */
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import {
  bacaInstrumen,
  kueriPenilaian,
  kueriRenaksiSiklus,
  pegawaiSaya,
  penilaianApi,
  renaksiApi,
} from "./kueri.ts";
import { nilaiAgen, siklusAda, simpanInstrumen, tautkanRenaksi, wajibPegawaiSaya } from "./layanan.ts";
import { DASAR, PERAN_BACA } from "./rute-siklus.ts";
import {
  BodyInstrumen,
  BodyPenilaian,
  BodyRenaksi,
  ParamSiklus,
  SkemaInstrumen,
  SkemaPenilaian,
  SkemaRenaksiSiklus,
} from "./skema.ts";

const S = `${DASAR}/penilaian/:siklusId`;
const NOL = "00000000-0000-0000-0000-000000000000";
const bolehSemua = (peran: readonly string[]) =>
  peran.some((p) => (PERAN_BACA as readonly string[]).includes(p));

export const rutePenilaian = grupRute(`${DASAR}/penilaian`, [
  defineRoute({
    method: "PUT",
    url: `${S}/instrumen`,
    akses: ["tim_supervisi"],
    tag: "agen",
    ringkasan:
      "Tim Supervisi menyusun instrumen penilaian agen: kriteria, bobot (jumlah 100), rubrik level 1–4 (Tabel 2 I.2 (i))",
    aksi: "agen.instrumen.simpan",
    params: ParamSiklus,
    body: BodyInstrumen,
    response: SkemaInstrumen,
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId, { terbuka: true });
      await simpanInstrumen(ctx.db, {
        instansiId,
        siklusId,
        kriteria: ctx.body.kriteria,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      ctx.audit({
        objekJenis: "siklus_program",
        objekId: siklusId,
        rincian: { kriteria: ctx.body.kriteria.length },
      });
      return (await bacaInstrumen(ctx.db, instansiId, siklusId)) as z.input<typeof SkemaInstrumen>;
    },
  }),

  defineRoute({
    method: "POST",
    url: S,
    akses: ["tim_supervisi"],
    tag: "agen",
    ringkasan:
      "Menilai seorang agen perubahan pada satu periode dengan instrumen tim: level dan bukti per kriteria (Tabel 2 I.2 (ii))",
    aksi: "agen.penilaian.catat",
    params: ParamSiklus,
    body: BodyPenilaian,
    response: z.object({ id: z.uuid() }),
    status: 201,
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId, { terbuka: true });
      const saya = await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id);
      const id = await nilaiAgen(ctx.db, {
        instansiId,
        siklusId,
        body: ctx.body,
        oleh: ctx.sesi?.pengguna.id as string,
        pegawaiSaya: saya,
      });
      ctx.audit({
        objekJenis: "penilaian_agen",
        objekId: id,
        rincian: { pegawaiId: ctx.body.pegawaiId, periode: ctx.body.periode },
      });
      return { id };
    },
  }),

  defineRoute({
    method: "GET",
    url: S,
    akses: [...PERAN_BACA, "agen_perubahan"],
    tag: "agen",
    ringkasan: "Hasil penilaian agen perubahan siklus (agen: miliknya sendiri)",
    aksi: "agen.penilaian.baca",
    params: ParamSiklus,
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaPenilaian),
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId);
      const semua = bolehSemua(ctx.peran);
      const saya = semua ? null : ((await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id)) ?? NOL);
      const q = kueriPenilaian(ctx.db, instansiId, siklusId)
        .$if(saya !== null, (k) => k.where("a.pegawai_id", "=", saya as string))
        .orderBy("p.nama")
        .orderBy("a.periode")
        .orderBy("a.id");
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      ctx.audit({ objekJenis: "penilaian_agen", rincian: { siklusId, sendiri: saya !== null } });
      return { ...h, items: h.items.map(penilaianApi) };
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${S}/renaksi`,
    akses: ["agen_perubahan"],
    tag: "agen",
    ringkasan: "Agen menautkan Renaksi miliknya ke siklus dan ke target SMART Rencana Aksi (Tabel 2 I.1)",
    aksi: "agen.renaksi.tautkan",
    params: ParamSiklus,
    body: BodyRenaksi,
    response: z.object({ ok: z.boolean() }),
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId, { terbuka: true });
      const saya = wajibPegawaiSaya(await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id));
      await tautkanRenaksi(ctx.db, { instansiId, siklusId, ...ctx.body, saya });
      ctx.audit({
        objekJenis: "renaksi",
        objekId: ctx.body.renaksiId,
        rincian: { siklusId, target: ctx.body.targetKode },
      });
      return { ok: true };
    },
  }),

  defineRoute({
    method: "GET",
    url: `${S}/renaksi`,
    akses: [...PERAN_BACA, "agen_perubahan"],
    tag: "agen",
    ringkasan:
      "Renaksi agen yang menjadi bagian siklus, dengan target dan kemajuan butirnya (agen: miliknya)",
    params: ParamSiklus,
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaRenaksiSiklus),
    handler: async (ctx) => {
      const { instansiId, siklusId } = ctx.params;
      await siklusAda(ctx.db, instansiId, siklusId);
      const saya = bolehSemua(ctx.peran)
        ? null
        : ((await pegawaiSaya(ctx.db, instansiId, ctx.sesi?.pengguna.id)) ?? NOL);
      const q = kueriRenaksiSiklus(ctx.db, instansiId, siklusId)
        .$if(saya !== null, (k) => k.where("r.agen_id", "=", saya as string))
        .orderBy("p.nama")
        .orderBy("s.renaksi_id");
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      return { ...h, items: h.items.map(renaksiApi) };
    },
  }),
]);
