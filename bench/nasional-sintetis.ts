/**
 * The pure part of `nurani seed-nasional`: how fast the domain plans a
 * synthetic nation (docs/nasional.md "8. Synthetic nation" target: N = 650 agencies, M = 4,300,000
 * employees) — the agency plan, every agency's unit tree, and M distinct
 * valid NIPs — so the bulk load is bounded by the database, not by these.
 * CPU time of this process is reported next to wall time, with the load
 * average, because the machine is shared.
 *
 *   npx tsx bench/nasional-sintetis.ts     env: BENCH_INSTANSI (650), BENCH_PEGAWAI (4300000), BENCH_SEED (1)
 */
import { loadavg } from "node:os";
import { buatPembangkitNip, rencanaNasional, rencanaUnit, ringkasRencana } from "@nurani/domain";

const N = Number(process.env.BENCH_INSTANSI ?? 650);
const M = Number(process.env.BENCH_PEGAWAI ?? 4_300_000);
const SEED = Number(process.env.BENCH_SEED ?? 1);

function ukur<T>(nama: string, f: () => T, satuan?: { jumlah: number; nama: string }): T {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const hasil = f();
  const detik = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuDetik = (cpu.user + cpu.system) / 1e6;
  const laju = satuan
    ? `  ${Math.round(satuan.jumlah / cpuDetik).toLocaleString("en")} ${satuan.nama}/CPU-s`
    : "";
  console.log(`${nama.padEnd(34)} wall ${detik.toFixed(3)} s  CPU ${cpuDetik.toFixed(3)} s${laju}`);
  return hasil;
}

console.log(
  `N = ${N}, M = ${M.toLocaleString("en")}, seed ${SEED}; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
const rencana = ukur("plan (rencanaNasional)", () =>
  rencanaNasional({ instansi: N, pegawai: M, benih: SEED }),
);
const r = ringkasRencana(rencana);
console.log(
  `  largest ${r.terbesar.kode} ${r.terbesar.jumlahPegawai.toLocaleString("en")} employees; per category ${JSON.stringify(r.perJenis)}`,
);
const unit = ukur("unit trees (rencanaUnit, all)", () =>
  rencana.reduce((a, x) => a + rencanaUnit(x.jumlahPegawai, x.benih).length, 0),
);
console.log(`  ${unit.toLocaleString("en")} units`);
const g = buatPembangkitNip(SEED, new Date());
ukur(
  "NIPs (buatPembangkitNip × M)",
  () => {
    let panjang = 0;
    for (let i = 0; i < M; i++) panjang += g.berikut().nip.length;
    return panjang;
  },
  { jumlah: M, nama: "NIPs" },
);
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
