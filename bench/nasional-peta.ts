/**
 * The largest agency's assessment map (GET /api/instansi/:id/hasil/peta) read
 * by national evaluators, docs/nasional.md target: p99 < 300 ms for an agency of
 * ≥ 100,000 employees. The agency is the one with most employees in the
 * database DATABASE_URL names (`npx nurani seed-nasional`: its released
 * baseline campaign has one per-unit row per unit). Prints the first read
 * (the map cache empty: one query for the per-unit sums and the unit tree)
 * apart, then p50/p99 of 10 concurrent loops, then p99 with the cache
 * dropped before every read (`BENCH_DINGIN=1`: every read recomputes).
 *
 *   DATABASE_URL=postgres://… npx tsx bench/nasional-peta.ts
 *   env: BENCH_PERMINTAAN (default 500), BENCH_KONEKSI (default 10)
 */
import { bacaPetaMentah } from "../packages/server/src/fitur/hasil/ringkasan.ts";
import { beban, siapkanEvaluator, ukurSerentak } from "./nasional-bantu.ts";

const PERMINTAAN = Number(process.env.BENCH_PERMINTAAN ?? 500);
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 10);

const s = await siapkanEvaluator();
const terbesar = await s.b.db
  .selectFrom("ringkasan_instansi as r")
  .innerJoin("instansi as i", "i.id", "r.instansi_id")
  .select(["i.id", "i.kode", "r.kampanye_id", "r.jumlah_pegawai"])
  .where("r.kampanye_id", "is not", null)
  .orderBy("r.jumlah_pegawai", "desc")
  .limit(1)
  .executeTakeFirstOrThrow();
const unit = await s.b.db
  .selectFrom("unit_kerja")
  .select((eb) => eb.fn.countAll<string>().as("n"))
  .where("instansi_id", "=", terbesar.id)
  .executeTakeFirstOrThrow();
const url = `/api/instansi/${terbesar.id}/hasil/peta?kampanyeId=${terbesar.kampanye_id}`;
console.log(
  `${terbesar.kode}: ${Number(terbesar.jumlah_pegawai).toLocaleString("en")} employees, ${unit.n} units; load average before: ${beban()}`,
);
const t0 = performance.now();
const pertama = await s.app.inject({ method: "GET", url, headers: { cookie: s.cookie } });
if (pertama.statusCode !== 200) throw new Error(`${pertama.statusCode} ${pertama.body.slice(0, 300)}`);
console.log(
  `first read (cache empty): ${(performance.now() - t0).toFixed(1)} ms, ${pertama.body.length.toLocaleString("en")} bytes`,
);
const hangat = await ukurSerentak(s.app, s.cookie, [url], PERMINTAAN, KONEKSI);
console.log(
  `map, ${PERMINTAAN} reads, ${KONEKSI} concurrent: p50 ${hangat.p50} ms, p99 ${hangat.p99} ms, max ${hangat.maks} ms`,
);
const gzip = await ukurSerentak(s.app, s.cookie, [url], PERMINTAAN, KONEKSI, { "accept-encoding": "gzip" });
console.log(`map, gzip accepted (as a browser): p50 ${gzip.p50} ms, p99 ${gzip.p99} ms, max ${gzip.maks} ms`);
// the uncached cost: the one query the map runs when its cache is empty (every write to the campaign empties it)
const dingin: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  await bacaPetaMentah(s.b.db, terbesar.id, terbesar.kampanye_id as string);
  dingin.push(performance.now() - t);
}
dingin.sort((a, c) => a - c);
console.log(
  `uncached map query (bacaPetaMentah), 50 sequential: p50 ${dingin[25].toFixed(1)} ms, max ${dingin[49].toFixed(1)} ms`,
);
console.log(`load average after: ${beban()}`);
await s.tutup();
