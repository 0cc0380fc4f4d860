/**
 * Item bank management (docs/item-bank.md "Managing bank versions"):
 * versions of the national bank (draf → tinjauan → terbit), statement editor
 * with the linter, block editing, the design guard as a background job, block
 * preview, JSON and QTI 3.0 import/export. National, not agency-scoped: the
 * national evaluator (held in the national instansi) writes; agency admins
 * read published versions. Regulation: BAB III.B.3.a "Format Penilaian dengan Tes".
 */
import type {} from "@fastify/multipart";
import { z } from "zod";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { skemaDaftar, skemaHalaman, teksOpsional } from "../../umum/halaman.ts";
import {
  BACA,
  idVersi,
  namaVersi,
  ringkasTemuan,
  SkemaVersi,
  statusDesain,
  TAG,
  TULIS,
  versiApi,
} from "./bersama.ts";
import {
  bacaRegister,
  bacaVersi,
  daftarVersi,
  isEvaluatorNasional,
  muatBank,
  wajibDraf,
  wajibEvaluatorNasional,
} from "./kueri.ts";
import { bolehLihatKunci, SkemaPernyataanTampil, tanpaKunci } from "./kunci.ts";
import { lintVersi, pastikanBankBawaan, salinVersi } from "./layanan.ts";
import { TEKS_ATURAN } from "./pesan.ts";
import type { PernyataanBank } from "./skema.ts";

export const ruteVersi = grupRute("/api/bank-butir", [
  defineRoute({
    method: "GET",
    url: "/api/bank-butir/aturan",
    akses: BACA,
    tag: TAG,
    ringkasan: "Aturan linter bank butir (kode, keparahan tidak termasuk) dalam Bahasa Indonesia dan Inggris",
    response: z.record(z.string(), z.object({ id: z.string(), en: z.string() })),
    handler: async () => TEKS_ATURAN,
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi",
    akses: BACA,
    tag: TAG,
    ringkasan: "Daftar versi bank butir (admin instansi: hanya versi terbit), terbaru dulu",
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(SkemaVersi),
    handler: async (ctx) => {
      await pastikanBankBawaan(ctx.db);
      const { page, pageSize } = ctx.query;
      const r = await daftarVersi(ctx.db, { hanyaTerbit: !isEvaluatorNasional(ctx.sesi), page, pageSize });
      return { items: r.items.map(versiApi), total: r.total, page, pageSize };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/bank-butir/versi",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Membuat versi draf baru dengan menyalin versi terbit",
    aksi: "bank_butir.versi.buat",
    body: z.strictObject({
      asalId: z.uuid(),
      versi: namaVersi,
      catatan: z.string().trim().max(2000).optional(),
    }),
    response: SkemaVersi,
    status: 201,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      await pastikanBankBawaan(ctx.db);
      const asal = await bacaVersi(ctx.db, ctx.body.asalId, ctx.sesi);
      const id = await salinVersi(ctx.db, asal, {
        versi: ctx.body.versi,
        catatan: ctx.body.catatan || undefined,
        oleh: ctx.sesi?.pengguna.id ?? null,
      });
      ctx.audit({
        objekJenis: "bank_butir_versi",
        objekId: id,
        rincian: { versi: ctx.body.versi, asal: asal.versi },
      });
      return versiApi(await bacaVersi(ctx.db, id, ctx.sesi));
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id",
    akses: BACA,
    tag: TAG,
    ringkasan: "Rincian versi: status, jumlah pernyataan dan formulir, ringkasan lint, status penjaga desain",
    params: idVersi,
    response: SkemaVersi.extend({
      /** The caller sees keys and desirability ratings (kunci.ts); the web shows their columns. */
      lihatKunci: z.boolean(),
      bolehUbah: z.boolean(),
      /** The caller submitted this version for review, so may not publish it (four eyes). */
      diajukanOlehSaya: z.boolean(),
      jumlahPernyataan: z.number(),
      jumlahFormulir: z.number(),
      lint: z.object({ galat: z.number(), peringatan: z.number() }),
      desain: z.object({
        job: z
          .object({
            status: z.string(),
            selesai: z.number(),
            total: z.number(),
            galat: z.string().nullable(),
          })
          .nullable(),
        mutakhir: z.boolean(),
        layakTerbit: z.boolean().nullable(),
        laporan: z.unknown(),
      }),
    }),
    handler: async (ctx) => {
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const bank = await muatBank(ctx.db, v);
      const temuan = lintVersi(bank, await bacaRegister(ctx.db));
      return {
        ...versiApi(v),
        lihatKunci: bolehLihatKunci(ctx.sesi?.peran ?? []),
        bolehUbah: v.status === "draf" && isEvaluatorNasional(ctx.sesi),
        diajukanOlehSaya:
          v.status === "tinjauan" && ctx.sesi !== null && v.diajukanOleh === ctx.sesi.pengguna.id,
        jumlahPernyataan: bank.pernyataan.length,
        jumlahFormulir: bank.formulir.length,
        lint: ringkasTemuan(temuan),
        desain: await statusDesain(ctx.db, v),
      };
    },
  }),

  defineRoute({
    method: "DELETE",
    url: "/api/bank-butir/versi/:id",
    akses: TULIS,
    tag: TAG,
    ringkasan: "Menghapus versi draf (versi dalam tinjauan atau terbit tidak dapat dihapus)",
    aksi: "bank_butir.versi.hapus",
    params: idVersi,
    handler: async (ctx) => {
      wajibEvaluatorNasional(ctx.sesi);
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi, true);
      wajibDraf(v);
      await ctx.db
        .deleteFrom("bank_butir_versi")
        .where("id", "=", v.id)
        .where("status", "=", "draf")
        .execute();
      ctx.audit({ objekJenis: "bank_butir_versi", rincian: { versi: v.versi } });
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/bank-butir/versi/:id/pernyataan",
    akses: BACA,
    tag: TAG,
    ringkasan:
      "Pernyataan sebuah versi (saring sub-dimensi, cari teks atau id; berhalaman) dengan jumlah temuan lint",
    params: idVersi,
    query: z.strictObject({
      ...skemaHalaman,
      subDimensi: teksOpsional(10),
      q: teksOpsional(100),
    }),
    response: skemaDaftar(
      SkemaPernyataanTampil.extend({ lint: z.object({ galat: z.number(), peringatan: z.number() }) }),
    ),
    handler: async (ctx) => {
      const v = await bacaVersi(ctx.db, ctx.params.id, ctx.sesi);
      const { page, pageSize, subDimensi, q } = ctx.query;
      let kueri = ctx.db.selectFrom("bank_butir_pernyataan").where("versi_id", "=", v.id);
      if (subDimensi) kueri = kueri.where("sub_dimensi", "=", subDimensi);
      if (q) {
        const pola = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        kueri = kueri.where((eb) => eb.or([eb("teks", "ilike", pola), eb("id", "ilike", pola)]));
      }
      const rows = await kueri
        .select("isi")
        .orderBy("urutan")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const { n } = await kueri.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      const bank = await muatBank(ctx.db, v);
      const temuan = lintVersi(bank, await bacaRegister(ctx.db));
      const lihatKunci = bolehLihatKunci(ctx.sesi?.peran ?? []);
      const items = rows.map((r) => {
        const p = r.isi as PernyataanBank;
        const lint = ringkasTemuan(temuan.filter((t) => t.lokasi === `pernyataan ${p.id}`));
        return { ...(lihatKunci ? p : tanpaKunci(p)), lint };
      });
      return { items, total: Number(n), page, pageSize };
    },
  }),
]);
