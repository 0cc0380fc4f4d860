/**
 * Authoring worksheet (LKE) versions (docs/nasional.md § 2 "Versions";
 * docs/evaluasi.md): a new draft is derived from a published version, its
 * components/indicators/questions/weights are edited while a draft, it is
 * submitted (content must validate), and published by another evaluator
 * (four eyes: the submitter cannot publish). A published version never
 * changes; periods keep the version they use. National evaluator only.
 */
import {
  ajukanVersi,
  type IsiLke,
  kembalikanVersi,
  skemaIsiLke,
  terbitkanVersi,
  ubahIsiVersi,
  type VersiLke,
  versiTurunan,
} from "@nurani/domain";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import type { Db } from "./kueri.ts";
import { galatDomain, hariIni } from "./layanan.ts";

const DASAR = "/api/evaluasi/lke";
const EVALUATOR = ["evaluator_nasional"] as const;

const SkemaVersiPenuh = z.object({
  versi: z.string(),
  status: z.enum(["draf", "tinjauan", "terbit"]),
  catatan: z.string().nullable(),
  diajukanOleh: z.string().nullable(),
  diterbitkanOleh: z.string().nullable(),
  diterbitkan: z.string().nullable(),
  isi: z.unknown(),
});
const ParamVersi = z.strictObject({ versi: z.string().min(1).max(20) });

async function muatVersi(db: Db, versi: string): Promise<VersiLke> {
  const r = await db.selectFrom("lke_versi").selectAll().where("versi", "=", versi).executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return {
    versi: r.versi,
    status: r.status,
    isi: r.isi as IsiLke,
    diajukanOleh: r.diajukan_oleh,
    diterbitkanOleh: r.diterbitkan_oleh,
    diterbitkan: r.diterbitkan,
    ...(r.catatan ? { catatan: r.catatan } : {}),
  };
}

const api = (v: VersiLke) => ({
  versi: v.versi,
  status: v.status,
  catatan: v.catatan ?? null,
  diajukanOleh: v.diajukanOleh,
  diterbitkanOleh: v.diterbitkanOleh,
  diterbitkan: v.diterbitkan,
  isi: v.isi,
});

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
      diubah: new Date(),
    })
    .where("versi", "=", v.versi)
    .where("status", "<>", "terbit")
    .execute();
  return api(v);
}

const oleh = (ctx: { sesi: { pengguna: { id: string } } | null }) => {
  const id = ctx.sesi?.pengguna.id;
  if (!id) throw new GalatApi(403, "AKSES_DITOLAK");
  return id;
};

export const ruteLke = grupRute("/api/evaluasi", [
  defineRoute({
    method: "GET",
    url: `${DASAR}/:versi`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Isi lengkap satu versi LKE (komponen, indikator, pertanyaan, bobot, aturan skor) dan statusnya",
    params: ParamVersi,
    response: SkemaVersiPenuh,
    handler: async (ctx) => api(await muatVersi(ctx.db, ctx.params.versi)),
  }),
  defineRoute({
    method: "POST",
    url: DASAR,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan: "Membuat draf versi LKE baru dari versi yang sudah terbit",
    aksi: "evaluasi.lke.draf",
    body: z.strictObject({
      dari: z.string().min(1).max(20),
      versi: z.string().min(1).max(20),
      catatan: z.string().max(500).optional(),
    }),
    response: SkemaVersiPenuh,
    status: 201,
    handler: async (ctx) => {
      const asal = await muatVersi(ctx.db, ctx.body.dari);
      const h = versiTurunan(asal, ctx.body.versi, ctx.body.catatan);
      if (!h.ok) throw galatDomain(h.galat, asal.status !== "terbit" ? 409 : 400);
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
        })
        .execute();
      ctx.audit({ objekJenis: "lke_versi", rincian: { versi: h.versi.versi, dari: asal.versi } });
      return api(h.versi);
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
      const v = await muatVersi(ctx.db, ctx.params.versi);
      ctx.audit({ objekJenis: "lke_versi", rincian: { versi: v.versi } });
      return simpan(ctx.db, ubahIsiVersi(v, ctx.body.isi as IsiLke));
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
    handler: async (ctx) => simpan(ctx.db, ajukanVersi(await muatVersi(ctx.db, ctx.params.versi), oleh(ctx))),
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
    handler: async (ctx) => simpan(ctx.db, kembalikanVersi(await muatVersi(ctx.db, ctx.params.versi))),
  }),
  defineRoute({
    method: "POST",
    url: `${DASAR}/:versi/terbitkan`,
    akses: EVALUATOR,
    tag: "evaluasi",
    ringkasan:
      "Menerbitkan versi LKE (empat mata: penerbit bukan pengaju); versi terbit tidak pernah berubah",
    aksi: "evaluasi.lke.terbitkan",
    params: ParamVersi,
    response: SkemaVersiPenuh,
    handler: async (ctx) =>
      simpan(ctx.db, terbitkanVersi(await muatVersi(ctx.db, ctx.params.versi), oleh(ctx), hariIni())),
  }),
]);
