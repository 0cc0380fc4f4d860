/**
 * Retention settings and runs (docs/data-saya.md "Retention"): the agency
 * admin sets the months per kind, runs a dry run to see what would go, and
 * confirms it; or switches the daily job to delete for real.
 */
import { INFO_RETENSI, JENIS_RETENSI } from "@nurani/domain";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { ambilHalaman, skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { isoWaktu } from "../../umum/tanggal.ts";
import { bacaPengaturan, jalankanRetensi, type RincianJenis, simpanPengaturan } from "./retensi.ts";
import {
  BodyJalankan,
  BodyPengaturanRetensi,
  galatRetensi,
  SkemaLaporanRetensi,
  SkemaPengaturanRetensi,
} from "./skema.ts";

const P = "/api/instansi/:instansiId/retensi";
const ADMIN = ["admin_instansi"] as const;

const laporanApi = (r: {
  id: string;
  nyata: boolean;
  dibuat: Date;
  oleh: string | null;
  rincian: unknown;
}) => ({
  id: r.id,
  nyata: r.nyata,
  dibuat: isoWaktu(r.dibuat),
  oleh: r.oleh,
  rincian: (typeof r.rincian === "string" ? JSON.parse(r.rincian) : r.rincian) as RincianJenis[],
});

export const ruteRetensi = grupRute(P, [
  defineRoute({
    method: "GET",
    url: P,
    akses: ADMIN,
    tag: "retensi",
    ringkasan:
      "Masa retensi per jenis data (bawaan atau yang diatur instansi) dan apakah job harian menghapus",
    response: SkemaPengaturanRetensi,
    handler: async (ctx) => {
      const p = await bacaPengaturan(ctx.db, ctx.params.instansiId);
      const b = ctx.bahasa;
      return {
        otomatis: p.otomatis,
        jenis: JENIS_RETENSI.map((j) => ({
          jenis: j,
          nama: INFO_RETENSI[j].nama[b],
          bulan: p.bulan[j],
          bawaanBulan: INFO_RETENSI[j].bawaanBulan,
          sejak: INFO_RETENSI[j].sejak[b],
          tindakan: INFO_RETENSI[j].tindakan,
        })),
      };
    },
  }),
  defineRoute({
    method: "PUT",
    url: P,
    akses: ADMIN,
    tag: "retensi",
    ringkasan: "Mengatur masa retensi (bulan) per jenis data dan penghapusan otomatis oleh job harian",
    aksi: "retensi.atur",
    body: BodyPengaturanRetensi,
    handler: async (ctx) => {
      await simpanPengaturan(ctx.db, ctx.params.instansiId, ctx.sesi?.pengguna.id ?? null, ctx.body);
      ctx.audit({ objekJenis: "retensi_instansi", rincian: { ...ctx.body } });
    },
  }),
  defineRoute({
    method: "POST",
    url: `${P}/uji`,
    akses: ADMIN,
    tag: "retensi",
    ringkasan:
      "Uji coba retensi: menghitung data yang akan dihapus tanpa menghapus apa pun (laporan disimpan)",
    aksi: "retensi.uji",
    status: 201,
    response: SkemaLaporanRetensi,
    handler: async (ctx) => {
      const r = await jalankanRetensi(ctx.db, {
        instansiId: ctx.params.instansiId,
        nyata: false,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      ctx.audit({ objekJenis: "retensi_laporan", objekId: r.id ?? undefined });
      return laporanApi({ ...r, id: r.id as string, oleh: ctx.sesi?.pengguna.id ?? null });
    },
  }),
  defineRoute({
    method: "POST",
    url: `${P}/jalankan`,
    akses: ADMIN,
    tag: "retensi",
    ringkasan:
      "Mengonfirmasi uji coba (≤ 24 jam): menghapus data yang lewat masa retensi dengan batas tanggal uji coba itu",
    aksi: "retensi.jalankan",
    status: 201,
    body: BodyJalankan,
    response: SkemaLaporanRetensi,
    handler: async (ctx) => {
      const { instansiId } = ctx.params;
      const uji = await ctx.db
        .selectFrom("retensi_laporan")
        .selectAll()
        .where("instansi_id", "=", instansiId)
        .where("id", "=", ctx.body.laporanId)
        .where("nyata", "=", false)
        .executeTakeFirst();
      if (!uji) throw galatRetensi(404, "LAPORAN_UJI_TIDAK_ADA");
      const sesudah = await ctx.db
        .selectFrom("retensi_laporan")
        .select("id")
        .where("instansi_id", "=", instansiId)
        .where("nyata", "=", true)
        .where("dibuat", ">", uji.dibuat)
        .executeTakeFirst();
      if (sesudah || Date.now() - new Date(uji.dibuat).getTime() > 86_400_000)
        throw galatRetensi(409, "LAPORAN_UJI_KEDALUWARSA");
      const batas = Object.fromEntries(laporanApi(uji).rincian.map((r) => [r.jenis, r.batas]));
      const r = await jalankanRetensi(ctx.db, {
        instansiId,
        nyata: true,
        oleh: ctx.sesi?.pengguna.id ?? null,
        batas,
      });
      ctx.audit({
        objekJenis: "retensi_laporan",
        objekId: r.id ?? undefined,
        rincian: { uji: uji.id, jumlah: Object.fromEntries(r.rincian.map((x) => [x.jenis, x.jumlah])) },
      });
      return laporanApi({ ...r, id: r.id as string, oleh: ctx.sesi?.pengguna.id ?? null });
    },
  }),
  defineRoute({
    method: "GET",
    url: `${P}/laporan`,
    akses: ADMIN,
    tag: "retensi",
    ringkasan: "Riwayat uji coba dan penghapusan retensi, terbaru dahulu",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaLaporanRetensi),
    handler: async (ctx) => {
      const q = ctx.db
        .selectFrom("retensi_laporan")
        .select(["id", "nyata", "dibuat", "oleh", "rincian"])
        .where("instansi_id", "=", ctx.params.instansiId)
        .orderBy("dibuat", "desc")
        .orderBy("id");
      const h = await ambilHalaman(ctx.db, q, ctx.query);
      return { ...h, items: h.items.map(laporanApi) };
    },
  }),
]);
