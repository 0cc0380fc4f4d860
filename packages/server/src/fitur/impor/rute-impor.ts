/**
 * Employee import over HTTP (docs/api.md): upload → background validation
 * (job `impor-pegawai.validasi`) → paged error report → confirmation →
 * background write in one transaction (job `impor-pegawai.tulis`).
 */
import type {} from "@fastify/multipart";
import { isKodeGalatPegawai } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import { GalatApi } from "../../http/errors.ts";
import { grupRute } from "../../http/fitur.ts";
import { defineRoute } from "../../http/route.ts";
import { wajibBerkasUnggahan } from "../../http/unggahan.ts";
import { antrekanJob } from "../../jobs/queue.ts";
import { skemaDaftar, skemaHalaman } from "../../umum/halaman.ts";
import { BATAS_BAWAAN, deteksiFormat, formatUkuran } from "./baca.ts";
import { type GalatBerkas, pesanGalatBerkas } from "./galat-berkas.ts";
import { JOB_TULIS, JOB_VALIDASI } from "./jobs.ts";
import { statusImpor } from "./kueri.ts";
import { buatImpor } from "./layanan.ts";
import { params, SkemaStatus } from "./skema.ts";
import { pesanGalatBaris } from "./validasi.ts";

const galatBerkasApi = (status: number, g: GalatBerkas) =>
  new GalatApi(status, g.kode, {
    pesan: { id: pesanGalatBerkas(g, "id"), en: pesanGalatBerkas(g, "en") },
  });

export const ruteImpor = grupRute("/api/instansi/:instansiId/impor-pegawai", [
  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/impor-pegawai",
    akses: ["admin_instansi"],
    tag: "impor",
    ringkasan:
      "Mengunggah berkas pegawai (CSV/XLSX, multipart `file`, ≤ 20 MiB); validasi berjalan di latar belakang",
    aksi: "pegawai.impor.unggah",
    bodyLimit: BATAS_BAWAAN.ukuranMaks + 64 * 1024,
    response: z.object({ id: z.uuid(), status: z.literal("memvalidasi") }),
    status: 202,
    handler: async (ctx) => {
      const batas = { batas: formatUkuran(BATAS_BAWAAN.ukuranMaks) };
      const bagian = await wajibBerkasUnggahan(ctx.req, BATAS_BAWAAN.ukuranMaks, () =>
        galatBerkasApi(413, { kode: "BERKAS_TERLALU_BESAR", isian: batas }),
      );
      const berkas = bagian.isi;
      if (berkas.length === 0) throw galatBerkasApi(400, { kode: "BERKAS_KOSONG" });
      const d = deteksiFormat(berkas, bagian.nama);
      if ("galat" in d) throw galatBerkasApi(415, d.galat);

      const instansiId = ctx.params.instansiId;
      const id = await buatImpor(ctx.db, {
        instansiId,
        penggunaId: ctx.sesi?.pengguna.id ?? null,
        namaBerkas: bagian.nama || "berkas",
        berkas,
        simpanBerkas: true,
      });
      await antrekanJob(ctx.db, { jenis: JOB_VALIDASI, instansiId, muatan: { imporId: id } });
      ctx.audit({
        objekJenis: "impor_pegawai",
        objekId: id,
        rincian: { ukuran: berkas.length, format: d.format },
      });
      return { id, status: "memvalidasi" as const };
    },
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/impor-pegawai/:id",
    akses: ["admin_instansi"],
    tag: "impor",
    ringkasan: "Status, progres dan ringkasan sebuah impor",
    params,
    response: SkemaStatus,
    handler: async (ctx) => statusImpor(ctx.db, ctx.params.instansiId, ctx.params.id, ctx.bahasa),
  }),

  defineRoute({
    method: "GET",
    url: "/api/instansi/:instansiId/impor-pegawai/:id/galat",
    akses: ["admin_instansi"],
    tag: "impor",
    ringkasan: "Laporan galat per baris (berhalaman)",
    params,
    query: z.strictObject(skemaHalaman),
    response: skemaDaftar(
      z.object({ baris: z.number(), kolom: z.string(), kode: z.string(), pesan: z.string() }),
    ),
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const { page, pageSize } = ctx.query;
      await statusImpor(ctx.db, instansiId, id, ctx.bahasa);
      const q = ctx.db
        .selectFrom("impor_pegawai_galat")
        .where("instansi_id", "=", instansiId)
        .where("impor_id", "=", id);
      const rows = await q
        .select(["baris", "kolom", "kode", "isian"])
        .orderBy("urutan")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      const items = rows.map((r) => ({
        baris: r.baris,
        kolom: r.kolom,
        kode: r.kode,
        pesan: isKodeGalatPegawai(r.kode)
          ? pesanGalatBaris(
              { ...r, kode: r.kode, isian: (r.isian as Record<string, string> | null) ?? undefined },
              ctx.bahasa,
            )
          : r.kode,
      }));
      return { items, total: Number(n), page, pageSize };
    },
  }),

  defineRoute({
    method: "POST",
    url: "/api/instansi/:instansiId/impor-pegawai/:id/konfirmasi",
    akses: ["admin_instansi"],
    tag: "impor",
    ringkasan: "Mengonfirmasi impor yang siap: semua baris ditulis dalam satu transaksi",
    aksi: "pegawai.impor.konfirmasi",
    params,
    response: SkemaStatus,
    status: 202,
    handler: async (ctx) => {
      const { instansiId, id } = ctx.params;
      const r = await ctx.db
        .updateTable("impor_pegawai")
        .set({ status: "menulis", progres_selesai: 0, progres_total: sql<number>`valid`, diubah: new Date() })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", id)
        .where("status", "=", "siap")
        .returning("id")
        .executeTakeFirst();
      if (!r) {
        const s = await statusImpor(ctx.db, instansiId, id, ctx.bahasa);
        throw new GalatApi(409, "IMPOR_BELUM_SIAP", {
          pesan: {
            id: `Impor hanya dapat dikonfirmasi saat berstatus "siap" (sekarang "${s.status}").`,
            en: `An import can only be confirmed when its status is "siap" (now "${s.status}").`,
          },
        });
      }
      await antrekanJob(ctx.db, {
        jenis: JOB_TULIS,
        instansiId,
        muatan: { imporId: id, penggunaId: ctx.sesi?.pengguna.id ?? null },
      });
      ctx.audit({ objekJenis: "impor_pegawai" });
      return statusImpor(ctx.db, instansiId, id, ctx.bahasa);
    },
  }),
]);
