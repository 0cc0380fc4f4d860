/**
 * Authoring worksheet (LKE) versions (docs/nasional.md § 2 "Versions";
 * docs/evaluasi.md): the paged list of versions with who wrote, submitted
 * and published each; a new draft copied from another version or empty; its
 * components/indicators/questions/weights edited while a draft; submitted
 * (content must validate); and published by another evaluator (four eyes:
 * not the submitter, the author nor any editor). A published version never
 * changes; periods keep the version they use. National evaluator only.
 */
import {
  ajukanVersi,
  type IsiLke,
  kembalikanVersi,
  skemaIsiLke,
  terbitkanVersi,
  ubahIsiVersi,
  versiBaru,
  versiTurunan,
} from "@nurani/domain";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import type { Db } from "./kueri.ts";
import { galatDomain, hariIni } from "./layanan.ts";
import {
  type BarisVersi,
  barisVersi,
  keDomain,
  kueriDaftarVersi,
  namaOrang,
  ringkasVersi,
  SkemaVersiLke,
  SkemaVersiPenuh,
  versiAktif,
  versiPenuh,
} from "./lke-versi.ts";

const DASAR = "/api/evaluasi/lke";
const EVALUATOR = ["evaluator_nasional"] as const;
const ParamVersi = z.strictObject({ versi: z.string().min(1).max(20) });

async function jawabVersi(db: Db, versi: string) {
  const r = await barisVersi(db, versi);
  return versiPenuh(r, await namaOrang(db, [r]), await versiAktif(db));
}

/** Stores a domain step's result (only drafts and versions under review change: the domain refuses the rest). */
async function simpan(db: Db, h: ReturnType<typeof ubahIsiVersi>) {
  if (!h.ok)
    throw galatDomain(
      h.galat,
      h.galat.some((g) => g.kode.startsWith("STATUS") || g.kode === "VERSI_TERBIT_TETAP") ? 409 : 400,
    );
  const v = h.versi;
  await db
    .updateTable("lke_versi")
    .set({
      status: v.status,
      isi: JSON.stringify(v.isi),
      diajukan_oleh: v.diajukanOleh,
      diterbitkan_oleh: v.diterbitkanOleh,
      diterbitkan: v.diterbitkan,
      penyunting: [...(v.penyunting ?? [])],
      diubah: new Date(),
    })
    .where("versi", "=", v.versi)
    .where("status", "<>", "terbit")
    .execute();
  return jawabVersi(db, v.versi);
}

const oleh = (ctx: { sesi: { pengguna: { id: string } } | null }) => {
  const id = ctx.sesi?.pengguna.id;
  if (!id) throw new GalatApi(403, "AKSES_DITOLAK");
  return id;
};

const muat = async (db: Db, versi: string) => keDomain(await barisVersi(db, versi));

export const ruteLke = grupRute("/api/evaluasi", [
  defineRoute({
    method: "GET",
    url: DASAR,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Versi lembar kerja evaluasi (LKE), terbaru dahulu, dengan penyusun, pengaju dan penerbitnya; versi terbit terbaru aktif, yang lebih lama digantikan (`status=terbit` untuk memilih versi periode)",
    query: z.strictObject({ ...skemaHalaman, status: z.enum(["draf", "tinjauan", "terbit"]).optional() }),
    response: skemaDaftar(SkemaVersiLke),
    handler: async (ctx) => {
      const { status, ...h } = ctx.query;
      const d = await ambilHalaman(ctx.db, kueriDaftarVersi(ctx.db, status), h);
      const rows = d.items as BarisVersi[];
      const [nama, aktif] = await Promise.all([namaOrang(ctx.db, rows), versiAktif(ctx.db)]);
      return { ...d, items: rows.map((r) => ringkasVersi(r, nama, aktif)) };
    },
  }),
  defineRoute({
    method: "GET",
    url: `${DASAR}/:versi`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Isi lengkap satu versi LKE (komponen, indikator, pertanyaan, bobot, aturan skor), statusnya dan penyusunnya",
    params: ParamVersi,
    response: SkemaVersiPenuh,
    handler: async (ctx) => jawabVersi(ctx.db, ctx.params.versi),
  }),
  defineRoute({
    method: "POST",
    url: DASAR,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Membuat draf versi LKE baru: salinan versi lain (`dari`) atau kosong",
    aksi: "evaluasi.lke.draf",
    body: z.strictObject({
      dari: z.string().min(1).max(20).optional(),
      versi: z.string().min(1).max(20),
      catatan: z.string().max(500).optional(),
    }),
    response: SkemaVersiPenuh,
    status: 201,
    handler: async (ctx) => {
      const saya = oleh(ctx);
      const { dari, versi, catatan } = ctx.body;
      const h = dari
        ? versiTurunan(await muat(ctx.db, dari), versi, catatan, saya)
        : versiBaru(versi, { komponen: [] }, catatan, saya);
      if (!h.ok) throw galatDomain(h.galat);
      const ada = await ctx.db
        .selectFrom("lke_versi")
        .select("versi")
        .where("versi", "=", h.versi.versi)
        .executeTakeFirst();
      if (ada)
        throw new GalatApi(409, "VERSI_DIPAKAI", {
          pesan: { id: `Versi ${h.versi.versi} sudah ada.`, en: `Version ${h.versi.versi} already exists.` },
        });
      await ctx.db
        .insertInto("lke_versi")
        .values({
          versi: h.versi.versi,
          status: "draf",
          isi: JSON.stringify(h.versi.isi),
          catatan: h.versi.catatan ?? null,
          dibuat_oleh: saya,
          penyunting: [saya],
        })
        .execute();
      ctx.audit({ objekJenis: "lke_versi", rincian: { versi: h.versi.versi, dari: dari ?? null } });
      return jawabVersi(ctx.db, h.versi.versi);
    },
  }),
  defineRoute({
    method: "PUT",
    url: `${DASAR}/:versi`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Mengubah isi draf LKE (komponen, indikator, pertanyaan, bobot, aturan skor); versi terbit tidak dapat diubah",
    aksi: "evaluasi.lke.ubah",
    params: ParamVersi,
    body: z.strictObject({ isi: skemaIsiLke }),
    response: SkemaVersiPenuh,
    handler: async (ctx) => {
      const v = await muat(ctx.db, ctx.params.versi);
      ctx.audit({ objekJenis: "lke_versi", rincian: { versi: v.versi } });
      return simpan(ctx.db, ubahIsiVersi(v, ctx.body.isi as IsiLke, oleh(ctx)));
    },
  }),
  defineRoute({
    method: "POST",
    url: `${DASAR}/:versi/ajukan`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Mengajukan draf LKE untuk ditinjau (isi harus sah: bobot 100, kode unik, sumber data tersedia, …)",
    aksi: "evaluasi.lke.ajukan",
    params: ParamVersi,
    response: SkemaVersiPenuh,
    handler: async (ctx) => simpan(ctx.db, ajukanVersi(await muat(ctx.db, ctx.params.versi), oleh(ctx))),
  }),
  defineRoute({
    method: "POST",
    url: `${DASAR}/:versi/kembalikan`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Mengembalikan versi LKE dalam tinjauan ke draf",
    aksi: "evaluasi.lke.kembalikan",
    params: ParamVersi,
    response: SkemaVersiPenuh,
    handler: async (ctx) => simpan(ctx.db, kembalikanVersi(await muat(ctx.db, ctx.params.versi))),
  }),
  defineRoute({
    method: "POST",
    url: `${DASAR}/:versi/terbitkan`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Menerbitkan versi LKE (empat mata: penerbit bukan pengaju, penyusun atau penyunting); versi terbit tidak pernah berubah",
    aksi: "evaluasi.lke.terbitkan",
    params: ParamVersi,
    response: SkemaVersiPenuh,
    handler: async (ctx) =>
      simpan(ctx.db, terbitkanVersi(await muat(ctx.db, ctx.params.versi), oleh(ctx), hariIni())),
  }),
]);
