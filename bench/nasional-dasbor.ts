/**
 * National dashboard latency (GET /api/nasional/instansi), docs/nasional.md target:
 * p99 < 500 ms at 10 concurrent evaluators, first page and any filter/sort.
 * Runs against the database DATABASE_URL names (load it first with
 * `npx nurani seed-nasional --instansi N --pegawai M`), through the real app
 * in-process (`app.inject`: no network, no TLS), 10 concurrent loops over a
 * mix of first page, category/province filters, search and sorts; then each
 * URL alone (p99 per URL).
 *
 *   DATABASE_URL=postgres://… npx tsx bench/nasional-dasbor.ts
 *   env: BENCH_PERMINTAAN (default 500), BENCH_KONEKSI (default 10)
 */
import { beban, siapkanEvaluator, ukurSerentak } from "./nasional-bantu.ts";

const PERMINTAAN = Number(process.env.BENCH_PERMINTAAN ?? 500);
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 10);

const s = await siapkanEvaluator();
const jumlah = await s.b.db
  .selectFrom("instansi")
  .select((eb) => eb.fn.countAll<string>().as("n"))
  .executeTakeFirstOrThrow();

const URLS = [
  "/api/nasional/instansi",
  "/api/nasional/instansi?jenis=kabupaten",
  "/api/nasional/instansi?provinsi=32",
  "/api/nasional/instansi?q=sintetis&urut=-indeks",
  "/api/nasional/instansi?urut=-partisipasi&page=3",
  "/api/nasional/instansi?jenis=kota&urut=-indeks&pageSize=100",
  "/api/nasional/instansi?urut=provinsi&page=5",
];
console.log(`load average before: ${beban()}`);
const semua = await ukurSerentak(s.app, s.cookie, URLS, PERMINTAAN, KONEKSI);
console.log(
  `dasbor nasional: ${jumlah.n} instansi, ${PERMINTAAN} permintaan campuran, ${KONEKSI} serentak: p50 ${semua.p50} ms, p99 ${semua.p99} ms, maks ${semua.maks} ms, ${semua.perDetik} permintaan/s`,
);
for (const url of URLS) {
  const r = await ukurSerentak(s.app, s.cookie, [url], Math.max(100, Math.round(PERMINTAAN / 5)), KONEKSI);
  console.log(`  ${url.padEnd(62)} p50 ${r.p50} ms, p99 ${r.p99} ms`);
}
console.log(`load average after: ${beban()}`);
await s.tutup();
