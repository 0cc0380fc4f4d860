/** Fixtures shared by the results tests that need real scored campaigns (hasil-*.test.ts). */
import type { FastifyInstance } from "fastify";
import type { Db } from "../src/db/factory.ts";
import { jobs } from "../src/fitur/hasil/jobs.ts";
import { buatKampanyeSimulasi } from "../src/fitur/hasil/simulasi.ts";
import { klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { minta, type SesiUji } from "./support/index.ts";

/** Runs every queued results job, as a worker would. */
export async function jalankanJobHasil(db: Db): Promise<void> {
  for (;;) {
    const job = await klaimJob(db, Object.keys(jobs), "pekerja-uji");
    if (!job) return;
    const hasil = await jobs[job.jenis](job, {
      db,
      progres: async () => {},
      signal: new AbortController().signal,
    });
    await selesaikanJob(db, job.id, hasil);
  }
}

/**
 * A closed campaign on the short national form where `pegawaiIds` answered
 * (simulated), scored through the API by `tim` (tim_supervisi or admin_instansi).
 */
export async function kampanyeDiskor(
  app: FastifyInstance,
  db: Db,
  tim: SesiUji,
  o: {
    instansiId: string;
    pegawaiIds: readonly string[];
    benih: number;
    tujuan?: "awal" | "berkala" | "akhir";
    nama?: string;
  },
): Promise<string> {
  const k = await buatKampanyeSimulasi(db, { ...o, formulirId: "NAS-1-S" });
  const r = await minta(app, tim, {
    method: "POST",
    url: `/api/instansi/${o.instansiId}/hasil/kampanye/${k.kampanyeId}/skor`,
  });
  if (r.statusCode !== 202) throw new Error(`skor: ${r.statusCode} ${r.body}`);
  await jalankanJobHasil(db);
  return k.kampanyeId;
}
