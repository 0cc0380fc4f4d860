/**
 * Scoring throughput of the integrity assessment (docs/hasil.md "Measured figures", target:
 * "Scoring job: persons scored per second for a 36-block form; target
 * ≥ 5,000/s"), form NAS-1-A (36 blocks, 12 traits):
 *
 * 1. building the provisional reference (kalibrasiAcuan, N = 2,000, seed 60);
 * 2. pure scoring in-process: domain `skorPegawai` (MAP θ + SE, composites,
 *    norms, level, person fit, flags), `derajatPlausible` alone given the
 *    batch's scoring (EP posterior from the MAP, group conditioning, 10
 *    plausible values) and both together, batches of 2,000;
 * 3. the job end to end (`skorKampanye`: read answers, score, plausible
 *    values, upsert `skor_asesmen`, refresh the map sums) on PGlite and, with
 *    TEST_DATABASE_URL / DATABASE_URL, PostgreSQL: the first run (builds the
 *    reference) and a rescore. CPU is reported for this process (its worker
 *    threads included), its main thread alone (the job's critical path; the
 *    MAP pass runs on worker threads) and, when the server runs on this
 *    machine, for all PostgreSQL processes (from /proc), since all share the
 *    cores.
 *
 *   npx tsx bench/asesmen-skor.ts     env: BENCH_ORANG (pure, default 20000), BENCH_JOB_ORANG (default 10000), BENCH_DB
 */
import fs from "node:fs";
import os from "node:os";
import {
  BANK_NASIONAL,
  derajatPlausible,
  kalibrasiAcuan,
  kelompokPlausible,
  parameterAcuan,
  simulasikanJawaban,
  skorPegawai,
  skorPegawaiLengkap,
  toTirtDesign,
} from "@nurani/domain";
import { tirtModelFromParams } from "@nurani/irt";
import { ACUAN_SEMENTARA } from "../packages/server/src/fitur/hasil/parameter.ts";
import { buatKampanyeSimulasi, buatPegawaiSimulasi } from "../packages/server/src/fitur/hasil/simulasi.ts";
import { skorKampanye } from "../packages/server/src/fitur/hasil/skor.ts";
import { basisdataBench, daftarBasisdata } from "./server-basisdata.ts";

/** CPU seconds used so far by the PostgreSQL processes on this machine, exited backends included (0 without /proc). */
function cpuPostgres(): number {
  let t = 0;
  try {
    for (const d of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(d)) continue;
      try {
        if (!fs.readFileSync(`/proc/${d}/comm`, "utf8").startsWith("postgres")) continue;
        const f = fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ");
        // utime + stime, plus cutime + cstime: the postmaster collects the CPU of backends that exited
        t += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  return t;
}

/** CPU seconds of this process's main thread (the job's critical path; worker threads excluded), 0 without /proc. */
function cpuUtas(): number {
  try {
    const f = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

const ORANG = Number(process.env.BENCH_ORANG ?? 20_000);
const ORANG_JOB = Number(process.env.BENCH_JOB_ORANG ?? 10_000);
const BATCH = 2000;

const f = BANK_NASIONAL.formulir.find((x) => x.id === "NAS-1-A");
if (!f) throw new Error("NAS-1-A");
console.log(
  `formulir ${f.id}: ${f.blok.length} blok; load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);

const ukur = <T>(fn: () => T) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const hasil = fn();
  const c = process.cpuUsage(c0);
  return { hasil, wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
};

const acuan = ukur(() => kalibrasiAcuan(f, { n: ACUAN_SEMENTARA.n, benih: ACUAN_SEMENTARA.benih }));
console.log(
  `acuan sementara (N = ${ACUAN_SEMENTARA.n}, benih ${ACUAN_SEMENTARA.benih}): ${acuan.wall.toFixed(2)} s wall, ${acuan.cpu.toFixed(2)} s CPU, ${(JSON.stringify(acuan.hasil.acuan).length / 1024).toFixed(0)} KiB JSON`,
);
const a = acuan.hasil.acuan;

const model = tirtModelFromParams(toTirtDesign(f), parameterAcuan(f, BANK_NASIONAL.pernyataan));
const { data } = simulasikanJawaban(f, model, { n: ORANG, benih: 5 });
const batch = Array.from({ length: Math.ceil(ORANG / BATCH) }, (_, i) =>
  data.slice(i * BATCH, (i + 1) * BATCH),
);

const skor = ukur(() => batch.flatMap((b) => skorPegawai(a, f, b)));
console.log(
  `skorPegawai: ${ORANG} orang ${skor.wall.toFixed(2)} s wall (${(ORANG / skor.wall).toFixed(0)} orang/s), ${skor.cpu.toFixed(2)} s CPU (${(ORANG / skor.cpu).toFixed(0)} orang/CPU-s)`,
);
// plausible values alone: given the batch's scoring (as the job reuses it), EP + group mean + draws
const lengkap = batch.map((b) => skorPegawaiLengkap(a, f, b));
const kelompok = kelompokPlausible();
const pv = ukur(() =>
  batch.map((b, i) =>
    derajatPlausible(a, f, b, { benih: i + 1, m: 10, skor: lengkap[i], kelompok: kelompok }),
  ),
);
console.log(
  `derajatPlausible (m = 10, MAP dipakai ulang): ${ORANG} orang ${pv.wall.toFixed(2)} s wall (${(ORANG / pv.wall).toFixed(0)} orang/s), ${pv.cpu.toFixed(2)} s CPU (${(ORANG / pv.cpu).toFixed(0)} orang/CPU-s)`,
);
const k2 = kelompokPlausible();
const gab = ukur(() =>
  batch.map((b, i) => {
    const s = skorPegawaiLengkap(a, f, b);
    return derajatPlausible(a, f, b, { benih: i + 1, m: 10, skor: s, kelompok: k2 });
  }),
);
console.log(
  `skor + nilai plausibel (skorPegawaiLengkap + derajatPlausible): ${(ORANG / gab.wall).toFixed(0)} orang/s wall, ${(ORANG / gab.cpu).toFixed(0)} orang/CPU-s`,
);

for (const jenis of daftarBasisdata()) {
  const b = await basisdataBench(jenis);
  try {
    const { id: instansiId } = await b.db
      .insertInto("instansi")
      .values({ kode: "BENCH", nama: "Instansi Bench", jenis: "kementerian" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const unit: string[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await b.db
        .insertInto("unit_kerja")
        .values({ instansi_id: instansiId, kode: `U${i}`, nama: `Unit ${i}` })
        .returning("id")
        .executeTakeFirstOrThrow();
      unit.push(r.id);
    }
    const t0 = performance.now();
    const pegawai = await buatPegawaiSimulasi(b.db, instansiId, unit, ORANG_JOB);
    const k = await buatKampanyeSimulasi(b.db, {
      instansiId,
      pegawaiIds: pegawai,
      formulirId: f.id,
      benih: 9,
    });
    console.log(
      `[${jenis}] ${ORANG_JOB} peserta × ${f.blok.length} jawaban dimuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    // first run builds the reference, the second is a pure rescore
    for (const putaran of ["pertama (membangun acuan)", "skor ulang"]) {
      const c0 = process.cpuUsage();
      const u0 = cpuUtas();
      const p0 = jenis === "postgres" ? cpuPostgres() : 0;
      const r = await skorKampanye(b.db, instansiId, k.kampanyeId);
      const pg = jenis === "postgres" ? cpuPostgres() - p0 : 0;
      const c = process.cpuUsage(c0);
      const utas = cpuUtas() - u0;
      console.log(
        `[${jenis}] job ${putaran}: ${r.dinilai} dinilai, ${r.ditandai} ditandai, ${r.detik.toFixed(1)} s (${(r.dinilai / r.detik).toFixed(0)} orang/s end-to-end; proses ${((c.user + c.system) / 1e6).toFixed(1)} CPU-s (utas utama ${utas.toFixed(1)})${jenis === "postgres" ? `, PostgreSQL ${pg.toFixed(1)} CPU-s → ${(r.dinilai / ((c.user + c.system) / 1e6 + pg)).toFixed(0)} orang/CPU-s gabungan` : ""})${r.acuanDibangunMs ? `, acuan dibangun ${(r.acuanDibangunMs / 1000).toFixed(1)} s` : ""}`,
      );
    }
  } finally {
    await b.tutup();
  }
}
