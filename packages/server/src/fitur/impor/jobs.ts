/** The import's background jobs: validate the stored file, then write it in one transaction. */
import { sql } from "kysely";
import { instansiDitulis } from "../../http/setelah-tulis.ts";
import type { JobHandler } from "../../jobs/queue.ts";
import { tulisImpor, validasiImporTersimpan } from "./layanan.ts";

export const JOB_VALIDASI = "impor-pegawai.validasi";
export const JOB_TULIS = "impor-pegawai.tulis";

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
