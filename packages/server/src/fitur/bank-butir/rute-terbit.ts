/** A version's design check, its state machine (ajukan → kembalikan/terbitkan), export and import (QTI). */
import type {} from "@fastify/multipart";
import type { Formulir, Pernyataan } from "@nurani/domain";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { bacaBerkasUnggahan } from "../../http/unggahan.ts";
import { antrekanJob } from "../../jobs/queue.ts";
import {
  BACA,
  galatValidasiBank,
  idVersi,
  JOB_DESAIN,
  namaVersi,
  periksaGanda,
  ringkasTemuan,
  SkemaVersi,
  TAG,
  TULIS,
  versiApi,
} from "./bersama.ts";
import { bacaRegister, bacaVersi, muatBank, wajibDraf, wajibEvaluatorNasional } from "./kueri.ts";
import { bankUntuk, bolehLihatKunci } from "./kunci.ts";
import {
  buatVersiDraf,
  catatPengaju,
  halanganEmpatMata,
  halanganTerbit,
  lintVersi,
  terbitkan,
  wajibTransisi,
} from "./layanan.ts";
import { PESAN_BANK } from "./pesan.ts";
import { eksporQti, GalatQti, imporQti } from "./qti.ts";
import { type BankImpor, SkemaBank } from "./skema.ts";

export const ruteTerbit = grupRute("/api/bank-butir", [
  defineRoute({
    method: "POST",
    url: "/api/bank-butir/versi/:id/desain",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Menjalankan penjaga desain (simulasi reliabilitas setiap formulir) sebagai job latar belakang",
    aksi: "bank_butir.desain.jalankan",
    params: idVersi,
    response: z.object({ jobId: z.uuid() }),
    status: 202,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      if (v.status === "terbit") wajibDraf(v);
      const jobId = await antrekanJob(ctx.db, { jenis: JOB_DESAIN, muatan: { versiId: v.id } });
      await ctx.db
        .updateTable("bank_butir_versi")
        .set({ job_desain_id: jobId })
        .where("id", "=", v.id)
        .execute();
      ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi, jobId } });
      return { jobId };
    },
  }),

  ...(["ajukan", "kembalikan", "terbitkan"] as const).map((aksi) =>
    defineRoute({
      method: "POST",
      url: `/api/bank-butir/versi/:id/${aksi}`,
      akses: TULIS,
      tag: TAG,
      ringkasan: {
        ajukan: "Mengajukan versi draf untuk ditinjau (draf → tinjauan)",
        kembalikan: "Mengembalikan versi dalam tinjauan ke draf dengan komentar peninjau (tinjauan → draf)",
        terbitkan:
          "Menerbitkan versi dalam tinjauan (tinjauan → terbit); ditolak bila ada galat lint atau formulir gagal penjaga desain",
      }[aksi],
      aksi: `bank_butir.versi.${aksi}`,
      params: idVersi,
      body: z.strictObject({ komentar: z.string().trim().max(5000).optional() }).optional(),
      response: SkemaVersi,
      handler: async (ctx) => {
        wajibEvaluatorNasional(ctx.sesi);
        const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
        const ke = wajibTransisi(v, aksi);
        const komentar = ctx.body?.komentar || null;
        const oleh = ctx.sesi?.pengguna.id ?? null;
        if (aksi === "kembalikan" && !komentar) {
          throw new GalatApi(400, "KOMENTAR_WAJIB", { pesan: PESAN_BANK.KOMENTAR_WAJIB });
        }
        if (aksi === "terbitkan") {
          // a refused attempt is audited too
          const tolak = (galat: GalatApi) => {
            ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi, dari: v.status, ke } });
            return new GalatApi(galat.status, galat.code, {
              pesan: galat.teks,
              param: galat.param,
              details: galat.details,
              tetapSimpan: true,
            });
          };
          const empatMata = halanganEmpatMata(v, oleh);
          if (empatMata) throw tolak(empatMata);
          const { bank, galat } = await halanganTerbit(ctx.db, v);
          if (galat) throw tolak(galat);
          await terbitkan(ctx.db, v, bank, oleh);
        } else {
          await ctx.db
            .updateTable("bank_butir_versi")
            .set({
              status: ke,
              diubah: new Date(),
              ...(aksi === "ajukan" ? { diajukan: new Date() } : { komentar_tinjauan: komentar }),
            })
            .where("id", "=", v.id)
            .where("status", "=", v.status)
            .execute();
          // the submitter may not publish (four eyes); back in draft nobody has submitted it
          await catatPengaju(ctx.db, v.id, aksi === "ajukan" ? oleh : null);
        }
        ctx.audit({
          objekJenis: "bank_butir_versi",
          rincian: { versi: v.versi, dari: v.status, ke, ...(komentar ? { komentar } : {}) },
        });
        return versiApi(await bacaVersi(ctx.db, v.id, ctx.sesi));
      },
    }),
  ),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id/ekspor",
    akses: BACA,
    tag: TAG,
    ringkasan:
      "Mengekspor versi sebagai JSON (bentuk BankButir) atau paket QTI 3.0 (.zip); tanpa kunci dan keinginan sosial kecuali untuk evaluator nasional",
    aksi: "bank_butir.versi.ekspor",
    params: idVersi,
    query: z.strictObject({ format: z.enum(["json", "qti"]).default("json") }),
    handler: async (ctx) => {
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const lihatKunci = bolehLihatKunci(ctx.sesi?.peran ?? []);
      const bank = bankUntuk((await muatBank(ctx.db, v)) as BankImpor, lihatKunci);
      const { format } = ctx.query;
      ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi, format, kunci: lihatKunci } });
      const dasar = `bank-butir-${v.versi}`;
      if (format === "json") {
        ctx.reply.header("content-disposition", `attachment; filename="${dasar}.json"`);
        return ctx.reply.type("application/json; charset=utf-8").send(`${JSON.stringify(bank, null, 2)}\n`);
      }
      ctx.reply.header("content-disposition", `attachment; filename="${dasar}-qti3.zip"`);
      return ctx.reply.type("application/zip").send(eksporQti(bank));
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/impor",
    akses: TULIS,
    tag: TAG,
    ringkasan:
      "Mengimpor bank butir sebagai versi draf baru: JSON (bentuk BankButir) sebagai isi permintaan atau berkas multipart `file` (JSON atau paket QTI 3.0 hasil ekspor)",
    aksi: "bank_butir.impor",
    bodyLimit: 5 * 1024 * 1024,
    query: z.strictObject({ versi: namaVersi.optional() }),
    response: SkemaVersi.extend({ galat: z.number(), peringatan: z.number() }),
    status: 201,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      let mentah: unknown;
      let format: "json" | "qti" = "json";
      if (ctx.req.isMultipart?.()) {
        const isi = (await bacaBerkasUnggahan(ctx.req, 5 * 1024 * 1024))?.isi ?? Buffer.alloc(0);
        if (isi.length >= 4 && isi.readUInt32LE(0) === 0x04034b50) {
          format = "qti";
          try {
            mentah = imporQti(isi, new Date().toISOString().slice(0, 10));
          } catch (e) {
            if (!(e instanceof GalatQti)) throw e;
            throw new GalatApi(400, "QTI_TIDAK_TERBACA", {
              pesan: PESAN_BANK.QTI_TIDAK_TERBACA,
              param: { alasan: e.message },
            });
          }
        } else {
          try {
            mentah = JSON.parse(isi.toString("utf8").replace(/^\uFEFF/, ""));
          } catch {
            throw new GalatApi(400, "IMPOR_FORMAT", { pesan: PESAN_BANK.IMPOR_FORMAT });
          }
        }
      } else {
        mentah = ctx.body;
      }
      if (mentah === null || typeof mentah !== "object" || Array.isArray(mentah)) {
        throw new GalatApi(400, "IMPOR_FORMAT", { pesan: PESAN_BANK.IMPOR_FORMAT });
      }
      if (ctx.query.versi) mentah = { ...(mentah as object), versi: ctx.query.versi };
      const hasil = SkemaBank.safeParse(mentah, { reportInput: true });
      if (!hasil.success) throw galatValidasiBank(hasil.error, ctx.bahasa);
      const ganda = periksaGanda(hasil.data, ctx.bahasa);
      if (ganda) throw ganda;
      const bank = hasil.data;
      const id = await buatVersiDraf(ctx.db, bank, {
        versi: bank.versi,
        catatan: `Diimpor dari ${format === "qti" ? "paket QTI 3.0" : "JSON"}.`,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      const temuan = lintVersi(
        {
          versi: bank.versi,
          pernyataan: bank.pernyataan as Pernyataan[],
          formulir: bank.formulir as Formulir[],
        },
        await bacaRegister(ctx.db),
      );
      ctx.audit({
        objekJenis: "bank_butir_versi",
        objekId: id,
        rincian: {
          versi: bank.versi,
          format,
          pernyataan: bank.pernyataan.length,
          formulir: bank.formulir.length,
        },
      });
      return { ...versiApi(await bacaVersi(ctx.db, id, ctx.sesi)), ...ringkasTemuan(temuan) };
    },
  }),
]);
