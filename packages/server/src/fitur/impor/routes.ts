/**
 * Employee import over HTTP (docs/api.md): upload → background validation
 * (job `impor-pegawai.validasi`) → paged error report → confirmation →
 * background write in one transaction (job `impor-pegawai.tulis`).
 */
import type {} from "@fastify/multipart";
import { isKodeGalatPegawai } from "@nurani/domain";
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../db/factory.ts";
import { GalatApi, tidakDitemukan } from "../../http/errors.ts";
import type { Bahasa } from "../../http/pesan.ts";
import { defineRoute } from "../../http/route.ts";
import { instansiDitulis } from "../../http/setelah-tulis.ts";
import { type BerkasUnggahan, bacaBerkasUnggahan, terlaluBesar } from "../../http/unggahan.ts";
import { antrekanJob, type JobHandler } from "../../jobs/queue.ts";
import { skemaDaftar, skemaHalaman } from "../halaman.ts";
import { BATAS_BAWAAN, deteksiFormat, formatUkuran } from "./baca.ts";
import { type GalatBerkas, pesanGalatBerkas } from "./galat-berkas.ts";
import { buatImpor, tulisImpor, validasiImporTersimpan } from "./layanan.ts";
import { pesanGalatBaris } from "./validasi.ts";

export const JOB_VALIDASI = "impor-pegawai.validasi";
export const JOB_TULIS = "impor-pegawai.tulis";

const SkemaStatus = z.object({
  id: z.uuid(),
  namaBerkas: z.string(),
  status: z.enum(["memvalidasi", "siap", "ditolak", "menulis", "selesai", "gagal"]),
  progres: z.object({ selesai: z.number(), total: z.number() }),
  ringkasan: z.object({
    baris: z.number(),
    valid: z.number(),
    galat: z.number(),
    baru: z.number(),
    diperbarui: z.number(),
  }),
  /** What is wrong with the file as a whole (or why writing failed), in the caller's language. */
  pesan: z.string().nullable(),
});

const PESAN_GAGAL: Record<string, { id: string; en: string }> = {
  UNIT_DITUTUP: {
    id: "Penulisan dibatalkan: sebuah unit kerja ditutup setelah validasi. Tidak ada data yang berubah.",
    en: "Writing cancelled: a unit was closed after validation. Nothing was changed.",
  },
  GAGAL_MENULIS: {
    id: "Penulisan gagal dan dibatalkan seluruhnya; tidak ada data yang berubah.",
    en: "Writing failed and was rolled back entirely; nothing was changed.",
  },
};

function pesanStatus(galat: unknown, bahasa: Bahasa): string | null {
  if (!galat || typeof galat !== "object") return null;
  const g = galat as { kode?: string };
  if (g.kode && g.kode in PESAN_GAGAL) return PESAN_GAGAL[g.kode][bahasa];
  return pesanGalatBerkas(galat as GalatBerkas, bahasa);
}

async function statusImpor(db: Db, instansiId: string, id: string, bahasa: Bahasa) {
  const r = await db
    .selectFrom("impor_pegawai")
    .select([
      "id",
      "nama_berkas",
      "status",
      "progres_selesai",
      "progres_total",
      "baris",
      "valid",
      "galat",
      "baru",
      "diperbarui",
      "galat_berkas",
    ])
    .where("instansi_id", "=", instansiId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!r) throw tidakDitemukan();
  return {
    id: r.id,
    namaBerkas: r.nama_berkas,
    status: r.status,
    progres: { selesai: r.progres_selesai, total: Math.max(r.progres_total, r.progres_selesai) },
    ringkasan: { baris: r.baris, valid: r.valid, galat: r.galat, baru: r.baru, diperbarui: r.diperbarui },
    pesan: pesanStatus(r.galat_berkas, bahasa),
  };
}

const galatBerkasApi = (status: number, g: GalatBerkas) =>
  new GalatApi(status, g.kode, {
    pesan: { id: pesanGalatBerkas(g, "id"), en: pesanGalatBerkas(g, "en") },
  });

const params = z.strictObject({ id: z.uuid() });

export const routes = [
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
      if (!ctx.req.isMultipart?.()) {
        throw new GalatApi(415, "TIPE_KONTEN", {
          pesan: {
            id: "Kirim berkas sebagai multipart/form-data dengan nama bidang `file`.",
            en: "Send the file as multipart/form-data in a field named `file`.",
          },
        });
      }
      let bagian: BerkasUnggahan | null;
      try {
        bagian = await bacaBerkasUnggahan(ctx.req, BATAS_BAWAAN.ukuranMaks);
      } catch (e) {
        if (terlaluBesar(e)) throw galatBerkasApi(413, { kode: "BERKAS_TERLALU_BESAR", isian: batas });
        throw e;
      }
      if (!bagian)
        throw new GalatApi(400, "BERKAS_KOSONG", { pesan: { id: "Tidak ada berkas.", en: "No file." } });
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
];

function muatanImpor(job: { instansi_id: string | null; muatan: unknown }) {
  const m = job.muatan as { imporId?: string; penggunaId?: string | null };
  if (!job.instansi_id || !m.imporId) throw new Error("muatan job impor tidak lengkap");
  return { instansiId: job.instansi_id, imporId: m.imporId, penggunaId: m.penggunaId ?? null };
}

export const jobs: Record<string, JobHandler> = {
  [JOB_VALIDASI]: async (job, ctx) => {
    const { instansiId, imporId } = muatanImpor(job);
    try {
      const r = await validasiImporTersimpan(ctx.db, instansiId, imporId);
      return { status: r.status, ...r.ringkasan };
    } catch (e) {
      await ctx.db
        .updateTable("impor_pegawai")
        .set({ status: "gagal", berkas: null, galat_berkas: JSON.stringify({ kode: "BERKAS_RUSAK" }) })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", imporId)
        .execute();
      throw e;
    }
  },
  [JOB_TULIS]: async (job, ctx) => {
    const { instansiId, imporId, penggunaId } = muatanImpor(job);
    // Progress is written outside the write transaction and not awaited: on PostgreSQL it shows
    // at once; on embedded PGlite (one connection) it lands after the commit.
    const progres = (selesai: number) => {
      ctx.db
        .updateTable("impor_pegawai")
        .set({ progres_selesai: sql<number>`greatest(progres_selesai, ${selesai})` })
        .where("instansi_id", "=", instansiId)
        .where("id", "=", imporId)
        .execute()
        .catch(() => {});
    };
    const hasil = await tulisImpor(ctx.db, instansiId, imporId, { onProgres: progres, penggunaId });
    await instansiDitulis(ctx.db, instansiId);
    return hasil;
  },
};
