/**
 * Shared set-up of the national benchmarks (bench/nasional-*.ts): the
 * database DATABASE_URL names (loaded by `npx nurani seed-nasional`), the real
 * app in-process, and a national evaluator logged in (a bench login created
 * for the run), plus a latency summary printer.
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { hashPassword } from "../packages/server/src/auth/password.ts";
import { loadConfig } from "../packages/server/src/config.ts";
import { migrasiKeTerbaru } from "../packages/server/src/db/migrator.ts";
import { buatApp } from "../packages/server/src/http/app.ts";
import { buatLogger } from "../packages/server/src/http/logger.ts";
import { bukaBasisdataConfig } from "../packages/server/src/http/server.ts";

export async function siapkanEvaluator() {
  if (!process.env.DATABASE_URL)
    throw new Error("DATABASE_URL wajib (basis data yang sudah diisi seed-nasional)");
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
  const password = "bench-nasional-123";
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
  return {
    b,
    app,
    cookie,
    async tutup() {
      await app.close();
      await b.tutup();
    },
  };
}

export const beban = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

/** Runs `jumlah` GETs over `urls` from `serentak` concurrent loops; returns sorted latencies (ms) and requests/s. */
export async function ukurSerentak(
  app: Awaited<ReturnType<typeof siapkanEvaluator>>["app"],
  cookie: string,
  urls: readonly string[],
  jumlah: number,
  serentak: number,
  /** Extra request headers, e.g. `accept-encoding: gzip` as a browser sends. */
  kepala: Record<string, string> = {},
) {
  const waktu: number[] = [];
  let berikut = 0;
  const mulai = performance.now();
  await Promise.all(
    Array.from({ length: serentak }, async () => {
      while (berikut < jumlah) {
        const url = urls[berikut++ % urls.length];
        const t0 = performance.now();
        const r = await app.inject({ method: "GET", url, headers: { cookie, ...kepala } });
        if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 300)}`);
        waktu.push(performance.now() - t0);
      }
    }),
  );
  const detik = (performance.now() - mulai) / 1000;
  waktu.sort((a, c) => a - c);
  const p = (q: number) => waktu[Math.min(waktu.length - 1, Math.floor(q * waktu.length))].toFixed(1);
  return { p50: p(0.5), p99: p(0.99), maks: p(1), perDetik: (jumlah / detik).toFixed(0) };
}
