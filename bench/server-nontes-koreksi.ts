/**
 * The non-test rater-correction job (docs/nontes.md) at 10,000 persons ×
 * 6 raters: each person rated by 6 raters drawn from a pool of 2,500
 * colleagues on the 16 BARS scales (12 sub-dimensions + 4 qualities of
 * Pasal 3(1)), 4 categories, 5% "tidak dapat mengamati" — 912,000
 * ratings. Times `hitungKoreksi` (MFRM calibration, rater report, per-person
 * per-factor measures and combined levels) alone, then the whole job
 * (`koreksiPeriode`: read, compute, write) on PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL is set. Prints wall and CPU time, EM iterations and
 * severity recovery, with the load average.
 *
 *   npx tsx bench/server-nontes-koreksi.ts [--quick] [--tanpa-db] [--hanya-pg] [--hanya-job] [--pool K]
 *   (--quick: 2,000 persons; --pool 6: six raters in all, as bench/irt-mfrm.ts;
 *   --hanya-pg: the job on PostgreSQL only, skipping PGlite; --hanya-job: skip
 *   timing `hitungKoreksi` alone)
 */
import { loadavg } from "node:os";
import { BARS_KUALITAS, BARS_SUBDIMENSI, instrumenBars } from "../packages/domain/src/index.ts";
import { ratingScaleProbs } from "../packages/irt/src/mfrm/ratingScale.ts";
import { createRng } from "../packages/irt/src/util/random.ts";
import { pearson } from "../packages/irt/src/util/stats.ts";
import { koreksiPeriode } from "../packages/server/src/fitur/nontes/jobs.ts";
import { hitungKoreksi, type NilaiBaris } from "../packages/server/src/fitur/nontes/koreksi.ts";
import { basisdataBench, URL_PG } from "./server-basisdata.ts";

const N = process.argv.includes("--quick") ? 2000 : 10_000;
/** Size of the rater pool: a quarter of the persons (colleagues rate colleagues), or `--pool K`. */
const iPool = process.argv.indexOf("--pool");
const RATERS = iPool > 0 ? Number(process.argv[iPool + 1]) : Math.round(N / 4);
const PER = 6;

function timed<T>(f: () => Promise<T> | T) {
  return (async () => {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const value = await f();
    const c = process.cpuUsage(c0);
    return { value, wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 };
  })();
}

console.log(
  `load average ${loadavg()
    .map((v) => v.toFixed(2))
    .join(" ")}; node ${process.version}`,
);
const rng = createRng(15);
const butir = [...BARS_SUBDIMENSI, ...BARS_KUALITAS].map((s) => s.kode as string);
const delta = butir.map((_, i) => -0.8 + (1.6 * i) / (butir.length - 1));
const severity = Array.from({ length: RATERS }, () => 0.5 * rng.normal());
const tau = [-1.5, 0, 1.5];
const theta = Array.from({ length: N }, () => rng.normal());
const pid = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
const rid = (j: number) => `00000000-0000-4000-9000-${j.toString(16).padStart(12, "0")}`;
const nilai: NilaiBaris[] = [];
const p = new Float64Array(4);
for (let i = 0; i < N; i++) {
  const dipilih = new Set<number>();
  while (dipilih.size < PER) dipilih.add(Math.floor(rng.uniform() * RATERS));
  for (const j of dipilih)
    butir.forEach((b, k) => {
      if (rng.uniform() < 0.05) {
        nilai.push({ pegawaiId: pid(i), penilaiId: rid(j), butir: b, skor: null });
        return;
      }
      ratingScaleProbs(theta[i] - delta[k] - severity[j], tau, p);
      let u = rng.uniform();
      let s = 0;
      while (s < 3 && u > p[s]) u -= p[s++];
      nilai.push({ pegawaiId: pid(i), penilaiId: rid(j), butir: b, skor: s });
    });
}
console.log(
  `${N} persons × ${PER} raters (pool ${RATERS}) × ${butir.length} scales = ${nilai.length} ratings`,
);
const sasaran = Array.from({ length: N }, (_, i) => ({ pegawaiId: pid(i), pimpinan: false }));

if (!process.argv.includes("--hanya-job")) {
  const murni = await timed(() =>
    hitungKoreksi({ nilai, sasaran, tes: new Map(), aturan: "selisih", batasZ: [-0.6745, 0, 0.6745] }),
  );
  const sev = new Map(murni.value.laporan.penilai.map((r) => [r.id, r.keparahan]));
  const ada = severity.map((_, j) => j).filter((j) => sev.has(rid(j)));
  console.log(
    `hitungKoreksi: wall ${murni.wall.toFixed(1)} s, CPU ${murni.cpu.toFixed(1)} s; converged ${murni.value.laporan.konvergen}; ` +
      `severity recovery r = ${pearson(
        ada.map((j) => severity[j]),
        ada.map((j) => sev.get(rid(j)) as number),
      ).toFixed(3)}; persons with a result ${murni.value.hasil.size}`,
  );
}

if (!process.argv.includes("--tanpa-db")) {
  const daftar = URL_PG ? (["pglite", "postgres"] as const) : (["pglite"] as const);
  for (const jenis of process.argv.includes("--hanya-pg") ? (["postgres"] as const) : daftar) {
    const b = await basisdataBench(jenis);
    const db = b.db;
    const { id: instansiId } = await db
      .insertInto("instansi")
      .values({ kode: "BENCH", nama: "Instansi bench", jenis: "kementerian" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { id: unitId } = await db
      .insertInto("unit_kerja")
      .values({ instansi_id: instansiId, kode: "U", nama: "Unit" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const orang = Array.from({ length: Math.max(N, RATERS) }, (_, i) => i);
    for (let i = 0; i < orang.length; i += 2000)
      await db
        .insertInto("pegawai")
        .values(
          orang.slice(i, i + 2000).map((k) => ({
            instansi_id: instansiId,
            id: pid(k),
            nip: `1${String(k).padStart(17, "0")}`,
            nama: `P${k}`,
            unit_id: unitId,
            jenis_kelamin: "L" as const,
            tanggal_lahir: "1985-01-01",
            tmt_cpns: "2010-01-01",
          })),
        )
        .execute();
    const { id: periodeId } = await db
      .insertInto("periode_nontes")
      .values({
        instansi_id: instansiId,
        judul: "Bench",
        cakupan: JSON.stringify({ jenis: "semua" }),
        tenggat: "2999-01-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (let i = 0; i < N; i += 2000)
      await db
        .insertInto("sasaran_nontes")
        .values(
          orang
            .slice(i, Math.min(i + 2000, N))
            .map((k) => ({ instansi_id: instansiId, periode_id: periodeId, pegawai_id: pid(k) })),
        )
        .execute();
    // rater j is employee j (a colleague), never the person rated
    const tugas = new Map<string, string>();
    const barisTugas: {
      instansi_id: string;
      periode_id: string;
      pegawai_id: string;
      penilai_id: string;
      jenis: "rekan";
      dikirim: Date;
    }[] = [];
    for (const n of nilai) {
      const k = `${n.pegawaiId}|${n.penilaiId}`;
      if (tugas.has(k) || n.pegawaiId.slice(-12) === n.penilaiId.slice(-12)) continue;
      tugas.set(k, "");
      barisTugas.push({
        instansi_id: instansiId,
        periode_id: periodeId,
        pegawai_id: n.pegawaiId,
        penilai_id: pid(Number.parseInt(n.penilaiId.slice(-12), 16)),
        jenis: "rekan",
        dikirim: new Date(),
      });
    }
    for (let i = 0; i < barisTugas.length; i += 2000) {
      const ids = await db
        .insertInto("tugas_penilai")
        .values(barisTugas.slice(i, i + 2000))
        .returning(["id", "pegawai_id", "penilai_id"])
        .execute();
      for (const r of ids)
        tugas.set(`${r.pegawai_id}|${rid(Number.parseInt(r.penilai_id.slice(-12), 16))}`, r.id);
    }
    const barisNilai = nilai
      .filter((n) => tugas.get(`${n.pegawaiId}|${n.penilaiId}`))
      .map((n) => ({
        instansi_id: instansiId,
        tugas_id: tugas.get(`${n.pegawaiId}|${n.penilaiId}`) as string,
        butir: n.butir,
        skor: n.skor,
      }));
    for (let i = 0; i < barisNilai.length; i += 5000)
      await db
        .insertInto("nilai_nontes")
        .values(barisNilai.slice(i, i + 5000))
        .execute();
    const job = await timed(() => koreksiPeriode(db, instansiId, periodeId, null));
    console.log(
      `job koreksiPeriode on ${jenis}: wall ${job.wall.toFixed(1)} s, CPU (node) ${job.cpu.toFixed(1)} s; ${job.value.penilaian} ratings, ${job.value.pegawai} persons`,
    );
    await b.tutup();
  }
}
void instrumenBars;
