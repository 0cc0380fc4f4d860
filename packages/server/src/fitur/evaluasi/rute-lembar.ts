/**
 * The agency's worksheet in a period (PermenPANRB 60/2020 BAB IV;
 * docs/evaluasi.md): the agency (PPK, admin, supervision team) answers,
 * uploads evidence and submits within the self-assessment window; the
 * national evaluator reviews each answer, finalizes, and a second evaluator
 * approves. Every route is fenced to the URL's agency.
 */
import {
  finalisasiLembar,
  isiJawaban,
  kembalikanLembar,
  kirimLembar,
  type LembarKerja,
  PELAKU_LEMBAR,
  setujuiLembar,
  tetapkanReviu,
  tolakFinalisasi,
} from "@nurani/domain";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute, type InstansiRute, type KonteksRute } from "../../http/route.ts";
import { daftarPeriode, hitungSumber, type NilaiDihitung, periodeAtau404, simpanLembar } from "./kueri.ts";
import { galatDomain, pastikanJadwal, pastikanPeserta, periodeApi, skorLembar } from "./layanan.ts";
import {
  BodyCatatan,
  BodyJawaban,
  BodyReviu,
  ParamKode,
  ParamPeriode,
  SkemaLembar,
  SkemaPeriode,
} from "./skema.ts";
import { lembarApi, muatLembarSegar } from "./tampilan.ts";

const DASAR = "/api/instansi/:instansiId/evaluasi";
const INSTANSI = PELAKU_LEMBAR.isi;
const EVALUATOR = PELAKU_LEMBAR.reviu;

type Ctx = KonteksRute<{ instansiId: string; periodeId: string }, unknown, unknown>;

/**
 * Loads the period (the agency must take part), checks the timeline, applies
 * a domain step to the worksheet and saves it with its scores.
 */
async function ubahLembar(
  ctx: Ctx,
  aksi: Parameters<typeof pastikanJadwal>[1],
  langkah: (
    l: LembarKerja,
    isi: Awaited<ReturnType<typeof muatLembarSegar>>["isi"],
  ) => { ok: true; lembar: LembarKerja } | { ok: false; galat: Parameters<typeof galatDomain>[0] },
  lain: { dikirimOleh?: string | null; catatanKembali?: string | null; bekukan?: boolean } = {},
) {
  const { instansiId, periodeId } = ctx.params;
  const p = await periodeAtau404(ctx.db, periodeId);
  await pastikanPeserta(ctx.db, p, instansiId);
  pastikanJadwal(p, aksi);
  const { isi, lembar } = await muatLembarSegar(ctx.db, instansiId, p);
  const h = langkah(lembar, isi);
  if (!h.ok) throw galatDomain(h.galat, h.galat.some((g) => g.kode.startsWith("STATUS_")) ? 409 : 400);
  const dihitung: Record<string, NilaiDihitung> = lain.bekukan
    ? await hitungSumber(ctx.db, instansiId, p.tahun)
    : lembar.dihitung;
  const skor = skorLembar(isi, h.lembar.isian, dihitung);
  await simpanLembar(ctx.db, instansiId, periodeId, h.lembar, {
    dihitung,
    skorMandiri: skor.mandiri.total,
    skorAkhir:
      h.lembar.status === "difinalisasi" || h.lembar.status === "disetujui" ? skor.akhir.total : null,
    ...(lain.dikirimOleh !== undefined ? { dikirimOleh: lain.dikirimOleh } : {}),
    ...(lain.catatanKembali !== undefined ? { catatanKembali: lain.catatanKembali } : {}),
  });
  ctx.audit({ objekJenis: "lembar_evaluasi", objekId: periodeId, rincian: { status: h.lembar.status } });
  return lembarApi(
    ctx.db,
    ctx.instansi ?? { id: instansiId, kode: "", nama: "", nasional: false },
    p,
    ctx.bahasa,
  );
}

const instansiDari = (ctx: { instansi: InstansiRute | null; params: { instansiId: string } }): InstansiRute =>
  ctx.instansi ?? { id: ctx.params.instansiId, kode: "", nama: "", nasional: false };

const olehSaya = (ctx: { sesi: { pengguna: { id: string } } | null }) => ctx.sesi?.pengguna.id ?? "";

export const ruteLembar = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/periode`,
    akses: [...INSTANSI, "pimpinan"],
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Periode evaluasi yang diikuti instansi ini (BAB IV)",
    response: z.array(SkemaPeriode),
    handler: async (ctx) => {
      const semua = await daftarPeriode(ctx.db);
      const out = [];
      for (const p of semua) {
        try {
          await pastikanPeserta(ctx.db, p, ctx.params.instansiId);
          out.push(periodeApi(p));
        } catch {
          // not a participant
        }
      }
      return out;
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/periode/:periodeId/lembar`,
    akses: INSTANSI,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan:
      "Lembar kerja evaluasi (LKE) instansi: jawaban, nilai terhitung sistem, bukti, reviu, skor dan rumusnya",
    params: ParamPeriode,
    response: SkemaLembar,
    handler: async (ctx) => {
      const p = await periodeAtau404(ctx.db, ctx.params.periodeId);
      await pastikanPeserta(ctx.db, p, ctx.params.instansiId);
      return lembarApi(ctx.db, instansiDari(ctx), p, ctx.bahasa);
    },
  }),

  defineRoute({
    method: "PUT",
    url: `${DASAR}/periode/:periodeId/lembar/jawaban/:kode`,
    akses: INSTANSI,
    tag: "evaluasi",
    ringkasan: "Menyimpan (draf) jawaban satu pertanyaan LKE; null mengosongkan",
    aksi: "evaluasi.lembar.jawab",
    params: ParamKode,
    body: BodyJawaban,
    response: SkemaLembar,
    handler: async (ctx) =>
      ubahLembar(ctx, "isi_lke", (l, isi) => isiJawaban(l, isi, ctx.params.kode, ctx.body.nilai)),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/lembar/kirim`,
    akses: INSTANSI,
    tag: "evaluasi",
    ringkasan: "Mengirim LKE (semua pertanyaan dijawab, bukti wajib ada); nilai terhitung dibekukan",
    aksi: "evaluasi.lembar.kirim",
    params: ParamPeriode,
    response: SkemaLembar,
    handler: async (ctx) =>
      ubahLembar(ctx, "kirim_lke", (l, isi) => kirimLembar(l, isi), {
        dikirimOleh: olehSaya(ctx),
        catatanKembali: null,
        bekukan: true,
      }),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/lembar/reviu/:kode`,
    akses: EVALUATOR,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator menerima jawaban, atau menyesuaikan skornya (0–1) dengan catatan wajib",
    aksi: "evaluasi.lembar.reviu",
    params: ParamKode,
    body: BodyReviu,
    response: SkemaLembar,
    handler: async (ctx) =>
      ubahLembar(ctx, "reviu_lke", (l, isi) => tetapkanReviu(l, isi, ctx.params.kode, ctx.body)),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/lembar/kembalikan`,
    akses: EVALUATOR,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator mengembalikan LKE terkirim ke instansi dengan catatan",
    aksi: "evaluasi.lembar.kembalikan",
    params: ParamPeriode,
    body: BodyCatatan,
    response: SkemaLembar,
    handler: async (ctx) =>
      ubahLembar(ctx, "kembalikan_lke", (l) => kembalikanLembar(l, ctx.body.catatan), {
        catatanKembali: ctx.body.catatan.trim(),
      }),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/lembar/finalisasi`,
    akses: EVALUATOR,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator memfinalisasi reviu (semua jawaban sudah direviu)",
    aksi: "evaluasi.lembar.finalisasi",
    params: ParamPeriode,
    response: SkemaLembar,
    handler: async (ctx) =>
      ubahLembar(ctx, "finalisasi_lke", (l, isi) => finalisasiLembar(l, isi, olehSaya(ctx))),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/lembar/setujui`,
    akses: EVALUATOR,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator kedua menyetujui finalisasi (prinsip empat mata)",
    aksi: "evaluasi.lembar.setujui",
    params: ParamPeriode,
    response: SkemaLembar,
    handler: async (ctx) => ubahLembar(ctx, "setujui_lke", (l) => setujuiLembar(l, olehSaya(ctx))),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/lembar/tolak-finalisasi`,
    akses: EVALUATOR,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator kedua mengembalikan finalisasi ke reviu, dengan catatan",
    aksi: "evaluasi.lembar.tolak_finalisasi",
    params: ParamPeriode,
    body: BodyCatatan,
    response: SkemaLembar,
    handler: async (ctx) =>
      ubahLembar(ctx, "setujui_lke", (l) => tolakFinalisasi(l, olehSaya(ctx), ctx.body.catatan)),
  }),
]);
