/** The public survey without login: its challenge and a submission (layanan-survei.ts says how abuse is held off). */
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { galat, PESAN_KOMUNITAS, teksBebas } from "./bersama.ts";
import { buatTantangan, KESULITAN_BAWAAN, periksaKerja } from "./bukti-kerja.ts";
import {
  BATAS_PER_JAM,
  hitungAlamat,
  instansiPublik,
  KODE_INSTANSI,
  PERTANYAAN_SURVEI,
  rahasiaKomunitas,
  SkemaTantangan,
} from "./layanan-survei.ts";

export const ruteSurveiPublik = grupRute("/api/publik/survei", [
  defineRoute({
    method: "GET",
    url: "/api/publik/survei/:kode",
    akses: "publik",
    tanpaAlamat: true,
    tag: "survei-publik",
    ringkasan:
      "Survei publik integritas layanan sebuah instansi: pertanyaan dan tantangan proof-of-work (tanpa login)",
    params: z.strictObject({ kode: KODE_INSTANSI }),
    response: z.object({
      instansi: z.object({ kode: z.string(), nama: z.string() }),
      pertanyaan: z.array(z.object({ kode: z.string(), id: z.string(), en: z.string() })),
      tantangan: SkemaTantangan,
      batas: z.object({ layanan: z.number(), komentar: z.number() }),
    }),
    handler: async (ctx) => {
      const i = await instansiPublik(ctx.db, ctx.params.kode);
      const rahasia = await rahasiaKomunitas(ctx.db);
      ctx.reply.header("cache-control", "no-store");
      return {
        instansi: { kode: i.kode, nama: i.nama },
        pertanyaan: PERTANYAAN_SURVEI.map((p) => ({ ...p })),
        tantangan: buatTantangan(rahasia, i.kode, Date.now()),
        batas: { layanan: 100, komentar: 1000 },
      };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/publik/survei/:kode",
    akses: "publik",
    tag: "survei-publik",
    ringkasan:
      "Mengirim jawaban survei publik (anonim): tantangan bertanda tangan + nonce proof-of-work, sekali pakai, dibatasi per alamat",
    aksi: "survei_publik.kirim",
    // anonymous: neither the audit entry nor the request log keeps the address
    tanpaAlamat: true,
    params: z.strictObject({ kode: KODE_INSTANSI }),
    body: z.strictObject({
      tantangan: z.string().max(400),
      nonce: z.string().max(40),
      jawaban: z.array(z.number().int().min(1).max(5)).length(5),
      layanan: teksBebas(100).optional(),
      komentar: teksBebas(1000).optional(),
    }),
    response: z.object({ diterima: z.literal(true) }),
    status: 201,
    bodyLimit: 16 * 1024,
    handler: async (ctx) => {
      const alamat = ctx.req.ip ?? "";
      const i = await instansiPublik(ctx.db, ctx.params.kode);
      const rahasia = await rahasiaKomunitas(ctx.db);
      const b = ctx.body;
      const sekarang = new Date();
      const cek = periksaKerja(rahasia, i.kode, b.tantangan, b.nonce, sekarang.getTime(), KESULITAN_BAWAAN);
      if (!cek.ok) throw galat(400, "TANTANGAN_TIDAK_SAH");
      if ((await hitungAlamat(ctx.db, rahasia, alamat, sekarang)) > BATAS_PER_JAM) {
        throw new GalatApi(429, "TERLALU_BANYAK", {
          pesan: PESAN_KOMUNITAS.TERLALU_BANYAK,
          tetapSimpan: true,
        });
      }
      await ctx.db.deleteFrom("survei_tantangan_terpakai").where("kedaluwarsa", "<", sekarang).execute();
      const pakai = await ctx.db
        .insertInto("survei_tantangan_terpakai")
        .values({ hash: cek.hash, kedaluwarsa: cek.kedaluwarsa })
        .onConflict((oc) => oc.column("hash").doNothing())
        .returning("hash")
        .executeTakeFirst();
      if (!pakai) throw galat(409, "TANTANGAN_TERPAKAI");
      const [p1, p2, p3, p4, p5] = b.jawaban;
      const r = await ctx.db
        .insertInto("survei_respons")
        .values({
          instansi_id: i.id,
          p1,
          p2,
          p3,
          p4,
          p5,
          layanan: b.layanan ?? null,
          komentar: b.komentar ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ctx.audit({ objekJenis: "survei_respons", objekId: r.id, rincian: { instansi: i.kode } });
      return { diterima: true as const };
    },
  }),
]);
