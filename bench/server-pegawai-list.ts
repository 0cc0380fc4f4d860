/**
 * Employee list API (search + filter + page) on an agency of 100,000
 * employees, loaded with autocannon over loopback against the real Fastify
 * app. Prints p50 / p99 latency and requests/s per scenario and database.
 *
 *   npx tsx bench/server-pegawai-list.ts                       # PGlite
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/server-pegawai-list.ts   # + PostgreSQL
 *   env: BENCH_PEGAWAI (default 100000), BENCH_DETIK (default 10), BENCH_KONEKSI (default 10)
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { hashPassword } from "../packages/server/src/auth/password.ts";
import { loadConfig } from "../packages/server/src/config.ts";
import type { Db } from "../packages/server/src/db/factory.ts";
import { Acak } from "../packages/server/src/demo/acak.ts";
import { simpanUnit } from "../packages/server/src/demo/index.ts";
import { buatPegawaiDemo } from "../packages/server/src/demo/pegawai.ts";
import { KEMENTERIAN_CONTOH, ratakanUnit } from "../packages/server/src/demo/struktur.ts";
import { buatApp } from "../packages/server/src/http/app.ts";
import { buatLogger } from "../packages/server/src/http/logger.ts";
import { basisdataBench, daftarBasisdata } from "./server-basisdata.ts";

const JUMLAH = Number(process.env.BENCH_PEGAWAI ?? 100_000);
const DETIK = Number(process.env.BENCH_DETIK ?? 10);
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 10);

async function isi(db: Db) {
  const { id: instansiId } = await db
    .insertInto("instansi")
    .values({ kode: "BENCH", nama: "Instansi Bench", jenis: "kementerian" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const unit = ratakanUnit(KEMENTERIAN_CONTOH.unit);
  const idUnit = await simpanUnit(db, instansiId, unit);
  const pegawai = buatPegawaiDemo(
    { ...KEMENTERIAN_CONTOH, jumlahPegawai: JUMLAH },
    unit,
    new Acak(42),
    new Date(),
  );
  for (let i = 0; i < pegawai.length; i += 1000) {
    await db
      .insertInto("pegawai")
      .values(
        pegawai.slice(i, i + 1000).map((p) => ({
          instansi_id: instansiId,
          nip: p.nip,
          nama: p.nama,
          unit_id: idUnit.get(p.unitKode),
          jabatan: p.jabatan,
          jenis_jabatan: p.jenisJabatan,
          golongan: p.golongan,
          email: p.email,
          telepon: p.telepon,
          jenis_kelamin: p.jenisKelamin,
          tanggal_lahir: p.tanggalLahir,
          tmt_cpns: p.tmtCpns,
          aktif: i % 50 !== 0,
        })),
      )
      .execute();
  }
  await sql`vacuum analyze`.execute(db);
  const { id: penggunaId } = await db
    .insertInto("pengguna")
    .values({ username: "bench.admin", nama: "Bench", password_hash: await hashPassword("bench-password-1") })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("peran_pengguna")
    .values({ instansi_id: instansiId, pengguna_id: penggunaId, peran: "admin_instansi" })
    .execute();
  return {
    instansiId,
    unitDjps: idUnit.get("DJPS") as string,
    unitKeu: idUnit.get("SETJEN.KEU.PBN") as string,
    nipContoh: pegawai[1234].nip,
  };
}

/**
 * autocannon runs in a process of its own (its CLI, JSON output), so the load
 * generator does not share the server's event loop: the figures are the
 * server's latency, not the bench's.
 */
async function jalan(url: string, cookie: string) {
  const bin = fileURLToPath(new URL("../node_modules/.bin/autocannon", import.meta.url));
  const args = ["-c", String(KONEKSI), "-d", String(DETIK), "-j", "-H", `cookie=${cookie}`, url];
  const out = await new Promise<string>((resolve, reject) => {
    execFile(bin, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });
  const r = JSON.parse(out);
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, n: r.requests.total };
}

for (const jenis of daftarBasisdata()) {
  const b = await basisdataBench(jenis);
  try {
    const t0 = performance.now();
    const d = await isi(b.db);
    console.log(
      `[${jenis}] ${JUMLAH} pegawai dimuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const app = await buatApp({
      config: { ...loadConfig({}), workers: 0 },
      db: b.db,
      logger: buatLogger("silent"),
      web: false,
    });
    const alamat = await app.listen({ port: 0, host: "127.0.0.1" });
    const login = await fetch(`${alamat}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "bench.admin", password: "bench-password-1" }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const dasar = `${alamat}/api/instansi/${d.instansiId}/pegawai`;
    const skenario: [string, string][] = [
      ["dasar: GET /api/instansi/:id (tanpa pegawai)", `${alamat}/api/instansi/${d.instansiId}`],
      ["halaman 1, aktif", `${dasar}?aktif=true&page=1&pageSize=50`],
      ["halaman 200", `${dasar}?page=200&pageSize=50`],
      ["cari nama 'siti'", `${dasar}?q=siti&page=1&pageSize=50`],
      [
        "cari nama 'tanjung' + unit+sub-unit DJPS",
        `${dasar}?q=tanjung&unitId=${d.unitDjps}&subUnit=true&aktif=true&pageSize=50`,
      ],
      ["awalan NIP (8 digit)", `${dasar}?q=${d.nipContoh.slice(0, 8)}&pageSize=50`],
      ["unit (tanpa sub-unit) halaman 3", `${dasar}?unitId=${d.unitKeu}&page=3&pageSize=50`],
    ];
    for (const [nama, url] of skenario) {
      const r = await jalan(url, cookie);
      console.log(
        `[${jenis}] ${nama.padEnd(42)} p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   ${r.rps.toFixed(0).padStart(5)} req/s  (${r.n} permintaan, ${KONEKSI} koneksi)`,
      );
    }
    await app.close();
  } finally {
    await b.tutup();
  }
}
