/**
 * National dashboard latency (GET /api/nasional/instansi), docs/nasional.md target:
 * p99 < 500 ms at 10 concurrent evaluators, first page and any filter/sort.
 * Runs against the database DATABASE_URL names (load it first with
 * `npx nurani seed-nasional --instansi N --pegawai M`), through the real app
 * in-process (`app.inject`: no network, no TLS), 10 concurrent loops over a
 * mix of first page, category/province filters, search and sorts.
 *
 *   DATABASE_URL=postgres://… npx tsx bench/nasional-dasbor.ts
 *   env: BENCH_PERMINTAAN (default 500), BENCH_KONEKSI (default 10)
 */
import { randomBytes } from "node:crypto";
import { hashPassword } from "../packages/server/src/auth/password.ts";
import { loadConfig } from "../packages/server/src/config.ts";
import { migrasiKeTerbaru } from "../packages/server/src/db/migrator.ts";
import { buatApp } from "../packages/server/src/http/app.ts";
import { buatLogger } from "../packages/server/src/http/logger.ts";
import { bukaBasisdataConfig } from "../packages/server/src/http/server.ts";

const URL = process.env.DATABASE_URL;
if (!URL) throw new Error("DATABASE_URL wajib (basis data yang sudah diisi seed-nasional)");
const PERMINTAAN = Number(process.env.BENCH_PERMINTAAN ?? 500);
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 10);

const config = { ...loadConfig(), workers: 0 };
const b = await bukaBasisdataConfig(config);
await migrasiKeTerbaru(b.db);
let kemen = await b.db.selectFrom("instansi").select("id").where("nasional", "=", true).executeTakeFirst();
if (!kemen)
  kemen = await b.db
    .insertInto("instansi")
    .values({ kode: "KEMENPANRB", nama: "KemenPANRB", jenis: "kementerian", nasional: true })
    .returning("id")
    .executeTakeFirstOrThrow();
const username = `bench${randomBytes(3).toString("hex")}`;
const password = "bench-nasional-dasbor-123";
const u = await b.db
  .insertInto("pengguna")
  .values({ username, nama: "Bench", password_hash: await hashPassword(password) })
  .returning("id")
  .executeTakeFirstOrThrow();
await b.db
  .insertInto("peran_pengguna")
  .values({ instansi_id: kemen.id, pengguna_id: u.id, peran: "evaluator_nasional" })
  .execute();
const app = await buatApp({ db: b.db, config, logger: buatLogger("silent"), web: false });
const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
const cookie = String(login.headers["set-cookie"]).split(";")[0];
const jumlah = await b.db
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
const waktu: number[] = [];
let berikut = 0;
const mulai = performance.now();
await Promise.all(
  Array.from({ length: KONEKSI }, async () => {
    while (berikut < PERMINTAAN) {
      const url = URLS[berikut++ % URLS.length];
      const t0 = performance.now();
      const r = await app.inject({ method: "GET", url, headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      waktu.push(performance.now() - t0);
    }
  }),
);
const total = (performance.now() - mulai) / 1000;
waktu.sort((a, c) => a - c);
const p = (q: number) => waktu[Math.min(waktu.length - 1, Math.floor(q * waktu.length))].toFixed(1);
console.log(
  `dasbor nasional: ${jumlah.n} instansi, ${PERMINTAAN} permintaan, ${KONEKSI} serentak: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, maks ${p(1)} ms, ${(PERMINTAAN / total).toFixed(0)} permintaan/s`,
);
await app.close();
await b.tutup();
