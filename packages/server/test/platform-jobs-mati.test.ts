import path from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Basisdata } from "../src/db/factory.ts";
import { buatLogger } from "../src/http/logger.ts";
import { antrekanJob, bacaJob } from "../src/jobs/queue.ts";
import { PekerjaJob } from "../src/jobs/worker.ts";
import { TEST_DATABASE_URL } from "./support/index.ts";
import { buatTabelLangkah, handlerTahan, JOB_UJI_TAHAN } from "./support/job-uji.ts";
import { DIR_SUPPORT, dataBersama, jalankanAnak } from "./support/proses.ts";

/**
 * docs/server.md: a worker process killed with SIGKILL mid-job; another
 * worker takes the job over once its lease expires, resumes after the last
 * committed step and completes it exactly once. PGlite: the database is
 * reopened on the same data directory (a restart); PostgreSQL: a live worker
 * of another process takes it while the database stays up.
 */
const N = 10;
const jenisList = TEST_DATABASE_URL ? (["pglite", "postgres"] as const) : (["pglite"] as const);
if (!TEST_DATABASE_URL) console.log("SKIPPED: PostgreSQL suite (TEST_DATABASE_URL not set) — job crash");

for (const jenis of jenisList) {
  describe(`platform: a job survives its worker's kill -9 [${jenis}]`, () => {
    it("another worker takes the job after its lease expires and completes it exactly once", async () => {
      const d = await dataBersama(jenis);
      let b: Basisdata | null = await d.buka();
      try {
        await buatTabelLangkah(b.db);
        const id = await antrekanJob(b.db, { jenis: JOB_UJI_TAHAN, muatan: { n: N, jedaMs: 150 } });
        if (jenis === "pglite") {
          await b.tutup(); // one process at a time on an embedded data dir
          b = null;
        }
        const anak = jalankanAnak([path.join(DIR_SUPPORT, "anak-pekerja.ts")], {
          UJI_DATABASE_URL: d.databaseUrl ?? "",
          UJI_PGLITE_DIR: d.pgliteDir ?? "",
          UJI_NAMA: "anak",
          UJI_SEWA_DETIK: "2",
        });
        await anak.tunggu(/LANGKAH 4\b/);
        await anak.bunuh();
        b ??= await d.buka();
        const db = b.db;

        // left as the dead worker had it: running, with its last committed checkpoint
        const sebelum = await bacaJob(db, id);
        expect(sebelum).toMatchObject({ status: "berjalan", pekerja: "anak", percobaan: 1 });
        const titik = (sebelum?.titik as { i: number } | undefined)?.i ?? -1;
        expect(titik).toBeGreaterThanOrEqual(4);
        expect(titik).toBeLessThan(N);
        const { n } = await sql<{
          n: number;
        }>`select count(*)::int as n from uji_langkah where job_id = ${id}`
          .execute(db)
          .then((r) => r.rows[0]);
        expect(n).toBe(titik); // the steps and the checkpoint committed together

        const pengganti = new PekerjaJob({
          db,
          log: buatLogger("silent"),
          nama: "pengganti",
          jedaMs: 100,
          sewaDetik: 2,
          handlers: { [JOB_UJI_TAHAN]: handlerTahan("pengganti") },
        });
        pengganti.mulai();
        const batas = Date.now() + 60_000;
        while (Date.now() < batas && (await bacaJob(db, id))?.status === "berjalan")
          await new Promise((r) => setTimeout(r, 100));
        await pengganti.berhenti();

        expect(await bacaJob(db, id)).toMatchObject({
          status: "selesai",
          pekerja: "pengganti",
          percobaan: 2,
          hasil: { n: N },
          progres_selesai: N,
          galat: null,
        });
        const langkah = await sql<{ i: number; pekerja: string }>`
          select i, pekerja from uji_langkah where job_id = ${id} order by i`.execute(db);
        // every step once (the primary key refuses a repeat), the dead worker's up to its checkpoint
        expect(langkah.rows.map((r) => r.i)).toEqual(Array.from({ length: N }, (_, i) => i));
        expect(langkah.rows.map((r) => r.pekerja)).toEqual(
          Array.from({ length: N }, (_, i) => (i < titik ? "anak" : "pengganti")),
        );
      } finally {
        await b?.tutup();
        await d.hapus();
      }
    }, 180_000);
  });
}
