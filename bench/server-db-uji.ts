/**
 * Time of one test file's database setup: `basisdataUji` (packages/server/test/support/db.ts)
 * on PGlite and, when `TEST_DATABASE_URL` is set, on PostgreSQL — open + migrated, then closed.
 * The first call may build the migrated template (once per migration set); the rest use it.
 *
 *   npx tsx bench/server-db-uji.ts [--n 5]
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { basisdataUji, type JenisBasisdata, TEST_DATABASE_URL } from "../packages/server/test/support/db.ts";

const nArg = process.argv.indexOf("--n");
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function ukur(jenis: JenisBasisdata): Promise<void> {
  const waktu: number[] = [];
  const tutupMs: number[] = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    const b = await basisdataUji(jenis);
    const t1 = performance.now();
    await b.tutup();
    waktu.push(t1 - t0);
    tutupMs.push(performance.now() - t1);
  }
  console.log(
    `${jenis.padEnd(8)} setup: first ${waktu[0].toFixed(0)} ms, median ${median(waktu).toFixed(0)} ms ` +
      `(min ${Math.min(...waktu).toFixed(0)}, n=${N}); close median ${median(tutupMs).toFixed(0)} ms`,
  );
}

console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")} on ${os.cpus().length} cores`,
);
await ukur("pglite");
if (TEST_DATABASE_URL) await ukur("postgres");
else console.log("postgres: TEST_DATABASE_URL not set, not measured");
console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
