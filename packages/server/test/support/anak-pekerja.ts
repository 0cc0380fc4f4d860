/**
 * A job worker in its own process (crash tests): opens UJI_DATABASE_URL or
 * the PGlite dir UJI_PGLITE_DIR, runs the test job kind with a lease of
 * UJI_SEWA_DETIK seconds, prints "SIAP" and each step; killed by the test.
 */
import { bukaBasisdata } from "../../src/db/factory.ts";
import { buatLogger } from "../../src/http/logger.ts";
import { PekerjaJob } from "../../src/jobs/worker.ts";
import { handlerTahan, JOB_UJI_TAHAN } from "./job-uji.ts";

const b = await bukaBasisdata({
  databaseUrl: process.env.UJI_DATABASE_URL || null,
  pgliteDir: process.env.UJI_PGLITE_DIR || null,
  poolMaks: 3,
});
const nama = process.env.UJI_NAMA ?? "anak";
const p = new PekerjaJob({
  db: b.db,
  log: buatLogger("silent"),
  nama,
  jedaMs: 50,
  sewaDetik: Number(process.env.UJI_SEWA_DETIK ?? 2),
  handlers: { [JOB_UJI_TAHAN]: handlerTahan(nama, true) },
});
p.mulai();
console.log("SIAP");
