/**
 * Evidence files of the agency's worksheet (per indicator, PDF/PNG/JPEG ≤ 10 MiB,
 * type checked by content) and the clarification thread per indicator between
 * the evaluator and the agency (docs/evaluasi.md).
 */
import { PELAKU_LEMBAR } from "@nurani/domain";
import { z } from "zod";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { wajibBerkasUnggahan } from "../../http/unggahan.ts";
import { isoWaktu } from "../../umum/tanggal.ts";
import { isiVersi, muatLembar, periodeAtau404, simpanLembar } from "./kueri.ts";
import {
  galatDomain,
  pastikanIndikator,
  pastikanJadwal,
  pastikanPeserta,
  periksaBukti,
  skorLembar,
  UKURAN_MAKS_BUKTI,
} from "./layanan.ts";
import { BodyKlarifikasi, ParamId, ParamKode, SkemaBerkas, SkemaKlarifikasi } from "./skema.ts";

const DASAR = "/api/instansi/:instansiId/evaluasi";
const INSTANSI = PELAKU_LEMBAR.isi;

const terlaluBesarGalat = () =>
  new GalatApi(413, "BERKAS_TERLALU_BESAR", {
    pesan: { id: "Berkas bukti paling besar 10 MiB.", en: "An evidence file is at most 10 MiB." },
  });

export const ruteBukti = grupRute(DASAR, [
  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/lembar/bukti/:kode`,
    akses: INSTANSI,
    tag: "evaluasi",
    ringkasan: "Mengunggah bukti dukung satu indikator LKE (multipart `file`; PDF, PNG, JPEG; ≤ 10 MiB)",
    aksi: "evaluasi.bukti.unggah",
    params: ParamKode,
    bodyLimit: UKURAN_MAKS_BUKTI + 64 * 1024,
    response: SkemaBerkas,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, periodeId, kode } = ctx.params;
      const p = await periodeAtau404(ctx.db, periodeId);
      await pastikanPeserta(ctx.db, p, instansiId);
      pastikanJadwal(p, "isi_lke");
      const isi = await isiVersi(ctx.db, p.versiLke);
      pastikanIndikator(isi, kode);
      const lembar = await muatLembar(ctx.db, instansiId, periodeId);
      if (lembar.status !== "draf")
        throw new GalatApi(409, "STATUS_LEMBAR_TIDAK_SESUAI", {
          pesan: {
            id: "Lembar kerja sudah dikirim; bukti tidak dapat ditambah.",
            en: "The worksheet has been submitted; no evidence can be added.",
          },
        });
      const bagian = await wajibBerkasUnggahan(ctx.req, UKURAN_MAKS_BUKTI, terlaluBesarGalat);
      const nama = (bagian.nama || "bukti").slice(0, 255);
      const cek = periksaBukti(nama, bagian.isi);
      const r = await ctx.db
        .insertInto("berkas_evaluasi")
        .values({
          instansi_id: instansiId,
          periode_id: periodeId,
          kode_indikator: kode,
          nama,
          jenis: cek.jenis,
          mime: cek.mime,
          ukuran: bagian.isi.length,
          sha256: cek.sha256,
          isi: bagian.isi,
          diunggah_oleh: ctx.sesi?.pengguna.id ?? null,
        })
        .returning(["id", "kode_indikator", "nama", "jenis", "ukuran", "dibuat"])
        .executeTakeFirstOrThrow();
      const bukti = { ...lembar.isian.bukti, [kode]: [...(lembar.isian.bukti[kode] ?? []), r.id] };
      const isian = { ...lembar.isian, bukti };
      const skor = skorLembar(isi, isian, lembar.dihitung);
      await simpanLembar(
        ctx.db,
        instansiId,
        periodeId,
        { ...lembar, isian },
        {
          skorMandiri: skor.mandiri.total,
          skorAkhir: null,
        },
      );
      ctx.audit({
        objekJenis: "berkas_evaluasi",
        objekId: r.id,
        rincian: { ukuran: r.ukuran, jenis: r.jenis },
      });
      return {
        id: r.id,
        kodeIndikator: r.kode_indikator,
        nama: r.nama,
        jenis: r.jenis,
        ukuran: r.ukuran,
        dibuat: isoWaktu(r.dibuat),
      };
    },
  }),

  defineRoute({
    method: "DELETE",
    url: `${DASAR}/periode/:periodeId/berkas/:id`,
    akses: INSTANSI,
    tag: "evaluasi",
    ringkasan: "Menghapus bukti dukung (hanya selama LKE masih draf)",
    aksi: "evaluasi.bukti.hapus",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, periodeId, id } = ctx.params;
      const p = await periodeAtau404(ctx.db, periodeId);
      await pastikanPeserta(ctx.db, p, instansiId);
      pastikanJadwal(p, "isi_lke");
      const lembar = await muatLembar(ctx.db, instansiId, periodeId);
      if (lembar.status !== "draf")
        throw galatDomain(
          [
            {
              kode: "STATUS_LEMBAR_TIDAK_SESUAI",
              pesan: {
                id: "Lembar kerja sudah dikirim; bukti tidak dapat dihapus.",
                en: "The worksheet has been submitted; evidence cannot be removed.",
              },
              sumber: "BAB IV",
            },
          ],
          409,
        );
      const r = await ctx.db
        .deleteFrom("berkas_evaluasi")
        .where("instansi_id", "=", instansiId)
        .where("periode_id", "=", periodeId)
        .where("id", "=", id)
        .returning("kode_indikator")
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      const isi = await isiVersi(ctx.db, p.versiLke);
      const sisa = (lembar.isian.bukti[r.kode_indikator] ?? []).filter((x) => x !== id);
      const isian = { ...lembar.isian, bukti: { ...lembar.isian.bukti, [r.kode_indikator]: sisa } };
      const skor = skorLembar(isi, isian, lembar.dihitung);
      await simpanLembar(
        ctx.db,
        instansiId,
        periodeId,
        { ...lembar, isian },
        {
          skorMandiri: skor.mandiri.total,
          skorAkhir: null,
        },
      );
      ctx.audit({ objekJenis: "berkas_evaluasi", objekId: id });
    },
  }),

  defineRoute({
    method: "GET",
    url: `${DASAR}/periode/:periodeId/berkas/:id`,
    akses: INSTANSI,
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Mengunduh bukti dukung LKE",
    params: ParamId,
    handler: async (ctx) => {
      const { instansiId, periodeId, id } = ctx.params;
      const r = await ctx.db
        .selectFrom("berkas_evaluasi")
        .select(["nama", "mime", "isi"])
        .where("instansi_id", "=", instansiId)
        .where("periode_id", "=", periodeId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (!r) throw tidakDitemukan();
      ctx.reply.header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(r.nama)}`);
      ctx.reply.header("x-content-type-options", "nosniff");
      return ctx.reply.type(r.mime).send(Buffer.from(r.isi));
    },
  }),

  defineRoute({
    method: "POST",
    url: `${DASAR}/periode/:periodeId/klarifikasi`,
    akses: [...INSTANSI, "evaluator_nasional"],
    bolehEvaluatorNasional: true,
    tag: "evaluasi",
    ringkasan: "Menulis di utas klarifikasi satu indikator (evaluator bertanya, instansi menjawab)",
    aksi: "evaluasi.klarifikasi",
    params: z.strictObject({ periodeId: z.uuid() }),
    body: BodyKlarifikasi,
    response: SkemaKlarifikasi,
    status: 201,
    handler: async (ctx) => {
      const { instansiId, periodeId } = ctx.params;
      const p = await periodeAtau404(ctx.db, periodeId);
      await pastikanPeserta(ctx.db, p, instansiId);
      pastikanIndikator(await isiVersi(ctx.db, p.versiLke), ctx.body.kodeIndikator);
      const isi = ctx.body.isi.trim();
      if (isi.length === 0)
        throw new GalatApi(400, "ISI_WAJIB", {
          pesan: { id: "Tulis pesan klarifikasinya.", en: "Write the clarification message." },
        });
      const dari = ctx.peran.some((r) => INSTANSI.includes(r)) ? "instansi" : "evaluator";
      const r = await ctx.db
        .insertInto("klarifikasi_evaluasi")
        .values({
          instansi_id: instansiId,
          periode_id: periodeId,
          kode_indikator: ctx.body.kodeIndikator,
          dari,
          oleh: ctx.sesi?.pengguna.id ?? null,
          isi,
        })
        .returning(["id", "kode_indikator", "dari", "isi", "dibuat"])
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "klarifikasi_evaluasi", objekId: r.id });
      return {
        id: r.id,
        kodeIndikator: r.kode_indikator,
        dari: r.dari,
        isi: r.isi,
        dibuat: isoWaktu(r.dibuat),
      };
    },
  }),
]);
