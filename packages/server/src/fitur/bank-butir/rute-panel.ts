/**
 * Expert panel review, the national evaluator's side (docs/panel-ahli.md):
 * open a panel for a bank version, invite experts (a printed one-time code
 * each, shown once), follow their progress, close the panel, read the
 * results (CVR with its critical value, desirability mean and SD, ICC, flags).
 * Experts' individual ratings are never shown, to anyone.
 */
import { RELEVANSI } from "@nurani/domain";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { TAG, TULIS } from "./bersama.ts";
import { bacaVersi, wajibEvaluatorNasional } from "./kueri.ts";
import {
  AHLI_MIN_TUTUP,
  bacaPanel,
  bukaPanel,
  hitungPanel,
  kemajuanAhli,
  kodeBaru,
  wajibTerbuka,
} from "./panel.ts";

const idPanel = z.strictObject({ id: z.uuid() });
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

const SkemaPanel = z.object({
  id: z.uuid(),
  versiId: z.uuid(),
  versi: z.string(),
  judul: z.string(),
  status: z.enum(["terbuka", "selesai"]),
  dibuat: z.string(),
  ditutup: z.string().nullable(),
});

const SkemaAhli = z.object({
  id: z.uuid(),
  nama: z.string(),
  status: z.enum(["belum_masuk", "menilai", "selesai"]),
  dinilai: z.number(),
  kodeKedaluwarsa: z.string().nullable(),
});

const SkemaKode = z.object({ id: z.uuid(), nama: z.string(), kode: z.string(), kedaluwarsa: z.string() });

const panelApi = (p: {
  id: string;
  versi_id: string;
  versi: string;
  judul: string;
  status: "terbuka" | "selesai";
  dibuat: Date;
  ditutup: Date | null;
}) => ({
  id: p.id,
  versiId: p.versi_id,
  versi: p.versi,
  judul: p.judul,
  status: p.status,
  dibuat: new Date(p.dibuat).toISOString(),
  ditutup: iso(p.ditutup),
});

async function panelDenganVersi(db: Parameters<typeof bacaPanel>[0], id: string) {
  const p = await bacaPanel(db, id);
  const v = await db
    .selectFrom("bank_butir_versi")
    .select("versi")
    .where("id", "=", p.versi_id)
    .executeTakeFirstOrThrow();
  return { ...p, versi: v.versi };
}

export const rutePanel = grupRute("/api/bank-butir/panel", [
  defineRoute({
    method: "GET",
    url: "/api/bank-butir/panel",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Daftar panel ahli bank butir, terbaru dulu",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaPanel),
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const { page, pageSize } = ctx.query;
      const q = ctx.db
        .selectFrom("bank_butir_panel as p")
        .innerJoin("bank_butir_versi as v", "v.id", "p.versi_id")
        .select(["p.id", "p.versi_id", "v.versi", "p.judul", "p.status", "p.dibuat", "p.ditutup"]);
      const [items, n] = await Promise.all([
        q
          .orderBy("p.dibuat", "desc")
          .orderBy("p.id")
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        ctx.db
          .selectFrom("bank_butir_panel")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: items.map(panelApi), total: Number(n.n), page, pageSize };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/panel",
    akses: TULIS,
    tag: TAG,
    status: 201,
    ringkasan:
      "Membuka panel ahli untuk satu versi bank butir (pernyataan yang tidak ditarik, seperti saat ini)",
    aksi: "bank_butir.panel.buka",
    body: z.strictObject({ versiId: z.uuid(), judul: z.string().trim().min(1).max(200) }),
    response: SkemaPanel,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.body.versiId, ctx.sesi);
      const p = await bukaPanel(ctx.db, v.id, ctx.body.judul, ctx.sesi?.pengguna.id ?? null);
      ctx.audit({ objekJenis: "bank_butir_panel", objekId: p.id, rincian: { versi: v.versi } });
      return panelApi({ ...p, versi: v.versi });
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/panel/:id",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Panel ahli: status dan kemajuan tiap ahli (tanpa kode dan tanpa penilaiannya)",
    params: idPanel,
    response: SkemaPanel.extend({ jumlahPernyataan: z.number(), ahli: z.array(SkemaAhli) }),
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const p = await panelDenganVersi(ctx.db, ctx.params.id);
      const k = await kemajuanAhli(ctx.db, p.id);
      return {
        ...panelApi(p),
        jumlahPernyataan: k.total,
        ahli: k.ahli.map((a) => ({
          id: a.id,
          nama: a.nama,
          status: a.selesai
            ? ("selesai" as const)
            : a.masuk
              ? ("menilai" as const)
              : ("belum_masuk" as const),
          dinilai: a.dinilai,
          kodeKedaluwarsa: iso(a.kode_kedaluwarsa),
        })),
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/panel/:id/ahli",
    akses: TULIS,
    tag: TAG,
    status: 201,
    ringkasan: "Mengundang ahli: kode sekali pakai untuk dicetak (ditampilkan sekali, disimpan sebagai hash)",
    aksi: "bank_butir.panel.undang",
    params: idPanel,
    body: z.strictObject({ nama: z.string().trim().min(1).max(200) }),
    response: SkemaKode,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const p = await bacaPanel(ctx.db, ctx.params.id, true);
      wajibTerbuka(p);
      const a = await ctx.db
        .insertInto("bank_butir_panel_ahli")
        .values({ panel_id: p.id, nama: ctx.body.nama })
        .returning("id")
        .executeTakeFirstOrThrow();
      const k = await kodeBaru(ctx.db, a.id);
      ctx.audit({ objekJenis: "bank_butir_panel", objekId: p.id, rincian: { ahli: a.id } });
      return { id: a.id, nama: ctx.body.nama, ...k };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/panel/:id/ahli/:ahliId/kode",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Kode baru untuk seorang ahli (kode dan sesi sebelumnya tidak berlaku lagi; penilaiannya tetap)",
    aksi: "bank_butir.panel.kode_baru",
    params: z.strictObject({ id: z.uuid(), ahliId: z.uuid() }),
    response: SkemaKode,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const p = await bacaPanel(ctx.db, ctx.params.id, true);
      wajibTerbuka(p);
      const a = await ctx.db
        .selectFrom("bank_butir_panel_ahli")
        .select(["id", "nama"])
        .where("id", "=", ctx.params.ahliId)
        .where("panel_id", "=", p.id)
        .executeTakeFirst();
      if (!a)
        throw new GalatApi(404, "AHLI_TIDAK_ADA", {
          pesan: { id: "Ahli tidak ditemukan di panel ini.", en: "Expert not found in this panel." },
        });
      const k = await kodeBaru(ctx.db, a.id);
      ctx.audit({ objekJenis: "bank_butir_panel", objekId: p.id, rincian: { ahli: a.id } });
      return { id: a.id, nama: a.nama, ...k };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/panel/:id/tutup",
    akses: TULIS,
    tag: TAG,
    ringkasan: `Menutup panel (minimal ${AHLI_MIN_TUTUP} ahli menilai semua pernyataan); sejak itu perakit formulir memakai rerata keinginan sosial panel`,
    aksi: "bank_butir.panel.tutup",
    params: idPanel,
    response: SkemaPanel,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const p = await panelDenganVersi(ctx.db, ctx.params.id);
      await bacaPanel(ctx.db, p.id, true);
      wajibTerbuka(p);
      const k = await kemajuanAhli(ctx.db, p.id);
      const selesai = k.ahli.filter((a) => a.selesai).length;
      if (selesai < AHLI_MIN_TUTUP)
        throw new GalatApi(409, "PANEL_KURANG_AHLI", {
          pesan: {
            id: `Baru ${selesai} ahli yang menilai semua pernyataan; panel dapat ditutup dengan minimal ${AHLI_MIN_TUTUP}.`,
            en: `Only ${selesai} experts rated every statement; a panel closes with at least ${AHLI_MIN_TUTUP}.`,
          },
        });
      const t = await ctx.db
        .updateTable("bank_butir_panel")
        .set({ status: "selesai", ditutup: new Date() })
        .where("id", "=", p.id)
        .returning(["status", "ditutup"])
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "bank_butir_panel", objekId: p.id, rincian: { ahli: selesai } });
      return panelApi({ ...p, ...t });
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/panel/:id/hasil",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Hasil panel: CVR Lawshe dengan nilai kritis Ayre & Scally, rerata dan SB keinginan sosial, ICC(2,1)/ICC(2,k), pernyataan yang ditandai",
    params: idPanel,
    query: z.strictObject({
      ...skemaHalaman,
      ditandai: z.enum(["true", "false", ""]).optional(),
    }),
    response: z.object({
      ahli: z.number(),
      cvrKritis: z.number().nullable(),
      icc: z.object({ n: z.number(), k: z.number(), icc21: z.number(), icc2k: z.number() }).nullable(),
      ringkasan: z.object({ pernyataan: z.number(), gagalCvr: z.number(), ditandai: z.number() }),
      relevansi: z.array(z.enum(RELEVANSI as [string, ...string[]])),
      daftar: skemaDaftar(
        z.object({
          id: z.string(),
          subDimensi: z.string(),
          teks: z.string(),
          n: z.number(),
          nEsensial: z.number(),
          nBerguna: z.number(),
          nTidakPerlu: z.number(),
          cvr: z.number().nullable(),
          cvrKritis: z.number().nullable(),
          lulusCvr: z.boolean().nullable(),
          keinginanSosialRerata: z.number().nullable(),
          keinginanSosialSb: z.number().nullable(),
          bendera: z.array(z.enum(["CVR_GAGAL", "KEINGINAN_SOSIAL_TIDAK_SEPAKAT"])),
        }),
      ),
    }),
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const p = await bacaPanel(ctx.db, ctx.params.id);
      const { pernyataan, hasil } = await hitungPanel(ctx.db, p.id);
      const info = new Map(pernyataan.map((x) => [x.id, x]));
      const semua = hasil.pernyataan.map((h) => ({
        ...h,
        id: h.pernyataan,
        subDimensi: info.get(h.pernyataan)?.sub_dimensi ?? "",
        teks: info.get(h.pernyataan)?.teks ?? "",
      }));
      const pilih = ctx.query.ditandai === "true" ? semua.filter((h) => h.bendera.length > 0) : semua;
      const { page, pageSize } = ctx.query;
      return {
        ahli: hasil.ahli,
        cvrKritis: semua[0]?.cvrKritis ?? null,
        icc: hasil.icc
          ? { n: hasil.icc.n, k: hasil.icc.k, icc21: hasil.icc.icc21, icc2k: hasil.icc.icc2k }
          : null,
        ringkasan: {
          pernyataan: semua.length,
          gagalCvr: semua.filter((h) => h.lulusCvr === false).length,
          ditandai: semua.filter((h) => h.bendera.length > 0).length,
        },
        relevansi: [...RELEVANSI],
        daftar: {
          items: pilih.slice((page - 1) * pageSize, page * pageSize).map(({ pernyataan: _p, ...h }) => h),
          total: pilih.length,
          page,
          pageSize,
        },
      };
    },
  }),
]);
