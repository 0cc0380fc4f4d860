/**
 * Recommendations per indicator (docs/nasional.md § 7) and the agency's own
 * position after publication (§ 6): the evaluator sends, closes or reopens;
 * the agency answers with actions and evidence; overdue ones are flagged.
 */
import {
  bukaKembaliRekomendasi,
  hariTerlambat,
  jawabRekomendasi,
  kirimRekomendasi,
  PELAKU_LEMBAR,
  PELAKU_REKOMENDASI,
  type Rekomendasi,
  terlambat,
  tutupRekomendasi,
} from "@nurani/domain";
import { z } from "zod";
import { tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute, type KonteksRute } from "../../http/route.ts";
import { type Db, isiVersi, periodeAtau404 } from "./kueri.ts";
import { galatDomain, hariIni, pastikanJadwal, pastikanPeserta, periodeApi } from "./layanan.ts";
import { distribusi, PENJELASAN_PERINGKAT, peringkatTerbit } from "./peringkat.ts";
import {
  BodyBukaKembali,
  BodyJawabRekomendasi,
  BodyKirimRekomendasi,
  BodyTutup,
  ParamPeriode,
  SkemaPosisi,
  SkemaRekomendasi,
} from "./skema.ts";

const DASAR = "/api/instansi/:instansiId/evaluasi";

type Baris = {
  id: string;
  instansi_id: string;
  periode_id: string;
  kode_indikator: string;
  isi: string;
  tenggat: string;
  status: Rekomendasi["status"];
  riwayat: unknown;
};

const dariBaris = (r: Baris): Rekomendasi & { periodeId: string } => ({
  id: r.id,
  instansiId: r.instansi_id,
  periodeId: r.periode_id,
  kodeIndikator: r.kode_indikator,
  isi: r.isi,
  tenggat: r.tenggat,
  status: r.status,
  riwayat: r.riwayat as Rekomendasi["riwayat"],
});

function api(r: Rekomendasi & { periodeId: string }) {
  const h = hariIni();
  return {
    ...r,
    terlambat: terlambat(r, h),
    hariTerlambat: hariTerlambat(r, h),
    riwayat: r.riwayat.map(({ oleh: _oleh, ...x }) => ({ ...x, bukti: x.bukti ? [...x.bukti] : undefined })),
  };
}

async function muat(db: Db, instansiId: string, id: string) {
  const r = await db
    .selectFrom("rekomendasi_evaluasi")
    .selectAll()
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return dariBaris(r);
}

async function simpan(db: Db, r: Rekomendasi) {
  await db
    .updateTable("rekomendasi_evaluasi")
    .set({ status: r.status, tenggat: r.tenggat, riwayat: JSON.stringify(r.riwayat), diubah: new Date() })
    .where("instansi_id", "=", r.instansiId)
    .where("id", "=", r.id)
    .execute();
}

type HasilLangkah = ReturnType<typeof tutupRekomendasi>;

/**
 * Loads recommendation `:id` (404), applies the domain's step `langkah` to it
 * and keeps the result (409 for a step its status does not allow, 400 for
 * other refusals), audited; answers it as the API shows it.
 */
async function langkahRekomendasi(
  ctx: Pick<KonteksRute<{ instansiId: string; id: string }, unknown, unknown>, "db" | "params" | "audit">,
  langkah: (r: Rekomendasi) => HasilLangkah | Promise<HasilLangkah>,
) {
  const r = await muat(ctx.db, ctx.params.instansiId, ctx.params.id);
  const h = await langkah(r);
  if (!h.ok) throw galatDomain(h.galat, h.galat[0]?.kode.startsWith("STATUS_") ? 409 : 400);
  await simpan(ctx.db, h.rekomendasi);
  ctx.audit({ objekJenis: "rekomendasi_evaluasi", objekId: r.id });
  return api({ ...h.rekomendasi, periodeId: r.periodeId });
}

const ParamRek = z.strictObject({ id: z.uuid() });

export const ruteRekomendasi = grupRute(DASAR, [
  defineRoute({
    method: "GET",
    url: `${DASAR}/rekomendasi`,
    akses: [...PELAKU_LEMBAR.isi, "pimpinan"],
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Rekomendasi evaluator untuk instansi ini (yang menunggu dan terlambat lebih dulu)",
    query: z.strictObject({ periodeId: z.uuid().optional() }),
    response: z.array(SkemaRekomendasi),
    handler: async (ctx) => {
      let q = ctx.db
        .selectFrom("rekomendasi_evaluasi")
        .selectAll()
        .where("instansi_id", "=", ctx.params.instansiId);
      if (ctx.query.periodeId) q = q.where("periode_id", "=", ctx.query.periodeId);
      const rows = await q.orderBy("tenggat").orderBy("dibuat").limit(500).execute();
      const urut = { terkirim: 0, dibuka_kembali: 0, dijawab: 1, ditutup: 2 } as const;
      return rows
        .map((r) => api(dariBaris(r)))
        .sort((a, b) => urut[a.status] - urut[b.status] || a.tenggat.localeCompare(b.tenggat));
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/rekomendasi`,
    akses: PELAKU_REKOMENDASI.kirim,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator mengirim rekomendasi pada satu indikator dengan tenggat",
    aksi: "evaluasi.rekomendasi.kirim",
    params: ParamPeriode,
    body: BodyKirimRekomendasi,
    response: SkemaRekomendasi,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, periodeId } = ctx.params;
      const p = await periodeAtau404(ctx.db, periodeId);
      await pastikanPeserta(ctx.db, p, instansiId);
      pastikanJadwal(p, "kirim_rekomendasi");
      const { id } = await ctx.db
        .selectNoFrom((eb) => eb.fn<string>("gen_random_uuid").as("id"))
        .executeTakeFirstOrThrow();
      const h = kirimRekomendasi(
        { id, instansiId, ...ctx.body },
        await isiVersi(ctx.db, p.versiLke),
        ctx.sesi?.pengguna.id ?? "",
        hariIni(),
      );
      if (!h.ok) throw galatDomain(h.galat);
      const r = h.rekomendasi;
      await ctx.db
        .insertInto("rekomendasi_evaluasi")
        .values({
          instansi_id: instansiId,
          id,
          periode_id: periodeId,
          kode_indikator: r.kodeIndikator,
          isi: r.isi,
          tenggat: r.tenggat,
          status: r.status,
          riwayat: JSON.stringify(r.riwayat),
        })
        .execute();
      ctx.audit({ objekJenis: "rekomendasi_evaluasi", objekId: id });
      return api({ ...r, periodeId });
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/rekomendasi/:id/jawab`,
    akses: PELAKU_REKOMENDASI.jawab,
    tag: "evaluasi",
    ringkasan: "Instansi menjawab rekomendasi dengan tindakan dan bukti",
    aksi: "evaluasi.rekomendasi.jawab",
    params: ParamRek,
    body: BodyJawabRekomendasi,
    response: SkemaRekomendasi,
    handler: async (ctx) =>
      langkahRekomendasi(ctx, async (r) => {
        const bukti = ctx.body.bukti ?? [];
        if (bukti.length > 0) {
          const ada = await ctx.db
            .selectFrom("berkas_evaluasi")
            .select("id")
            .where("instansi_id", "=", ctx.params.instansiId)
            .where(
              "id",
              "in",
              bukti.filter((b) => /^[0-9a-f-]{36}$/i.test(b)),
            )
            .execute();
          if (ada.length !== new Set(bukti).size)
            throw galatDomain([
              {
                kode: "BUKTI_TIDAK_DIKENAL",
                pesan: { id: "Bukti yang dirujuk tidak ditemukan.", en: "Referenced evidence not found." },
                sumber: "BAB IV",
                bidang: "bukti",
              },
            ]);
        }
        return jawabRekomendasi(
          r,
          { tindakan: ctx.body.tindakan, bukti },
          ctx.sesi?.pengguna.id ?? "",
          hariIni(),
        );
      }),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/rekomendasi/:id/tutup`,
    akses: PELAKU_REKOMENDASI.tutup,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator menutup rekomendasi yang sudah dijawab",
    aksi: "evaluasi.rekomendasi.tutup",
    params: ParamRek,
    body: BodyTutup,
    response: SkemaRekomendasi,
    handler: async (ctx) =>
      langkahRekomendasi(ctx, (r) =>
        tutupRekomendasi(r, ctx.sesi?.pengguna.id ?? "", hariIni(), ctx.body.catatan),
      ),
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/rekomendasi/:id/buka-kembali`,
    akses: PELAKU_REKOMENDASI.buka_kembali,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Evaluator membuka kembali rekomendasi dengan catatan dan tenggat baru",
    aksi: "evaluasi.rekomendasi.buka_kembali",
    params: ParamRek,
    body: BodyBukaKembali,
    response: SkemaRekomendasi,
    handler: async (ctx) =>
      langkahRekomendasi(ctx, (r) =>
        bukaKembaliRekomendasi(r, ctx.body, ctx.sesi?.pengguna.id ?? "", hariIni()),
      ),
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/periode/:periodeId/posisi`,
    akses: [...PELAKU_LEMBAR.isi, "pimpinan"],
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Posisi instansi dalam peringkat jenisnya dan sebaran nasional (setelah publikasi)",
    params: ParamPeriode,
    response: SkemaPosisi,
    handler: async (ctx) => {
      const p = await periodeAtau404(ctx.db, ctx.params.periodeId);
      const jenis = await pastikanPeserta(ctx.db, p, ctx.params.instansiId);
      const terbit = p.peringkatTerbit !== null;
      if (!terbit)
        return {
          periode: periodeApi(p),
          terbit,
          posisi: null,
          jumlahSekategori: 0,
          distribusi: [],
          penjelasan: PENJELASAN_PERINGKAT,
        };
      // The snapshot taken at publication (national table): only this agency's row and aggregates leave.
      const semua = await peringkatTerbit(ctx.db, p.id);
      return {
        periode: periodeApi(p),
        terbit,
        posisi: semua.find((x) => x.instansiId === ctx.params.instansiId) ?? null,
        jumlahSekategori: semua.filter((x) => x.jenis === jenis).length,
        distribusi: distribusi(semua),
        penjelasan: PENJELASAN_PERINGKAT,
      };
    },
  }),
]);
