/**
 * Login under an office's morning rush (docs/server.md "Login protection"):
 * BENCH_LOGIN (default 300) distinct employees log in with the right
 * password, all from ONE client address (an office behind NAT), BENCH_PARALEL
 * (default 20) at a time, against the real Fastify app listening on loopback.
 * Every login must succeed (the per-address limit counts failures only).
 * Prints throughput, p50/p99 latency, the argon2id cost of one verification,
 * and the machine load. The load runs in a child process so it does not share
 * the server's event loop.
 *
 *   npx tsx bench/server-login.ts                                   # PGlite
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/server-login.ts    # + PostgreSQL
 *   env: BENCH_LOGIN, BENCH_PARALEL, BENCH_DB=pglite|postgres
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const JUMLAH = Number(process.env.BENCH_LOGIN ?? 300);
const PARALEL = Number(process.env.BENCH_PARALEL ?? 20);
const PASSWORD = "Lampu-hijau-di-tikungan";
const ALAMAT = "10.99.0.1";

interface Tugas {
  url: string;
  username: string[];
  paralel: number;
}

interface HasilBeban {
  latensi: number[];
  status: Record<string, number>;
  detik: number;
}

/** The load (child process): `paralel` loops, each logging in the next employee. */
async function beban(t: Tugas): Promise<HasilBeban> {
  const latensi: number[] = [];
  const status: Record<string, number> = {};
  let berikut = 0;
  const mulai = performance.now();
  await Promise.all(
    Array.from({ length: t.paralel }, async () => {
      for (let i = berikut++; i < t.username.length; i = berikut++) {
        const t0 = performance.now();
        const r = await fetch(`${t.url}/api/auth/login`, {
          method: "POST",
          // every request comes from one address: the server trusts this proxy header in the bench
          headers: { "content-type": "application/json", "x-forwarded-for": ALAMAT },
          body: JSON.stringify({ username: t.username[i], password: PASSWORD }),
        });
        await r.arrayBuffer();
        latensi.push(performance.now() - t0);
        status[r.status] = (status[r.status] ?? 0) + 1;
      }
    }),
  );
  return { latensi, status, detik: (performance.now() - mulai) / 1000 };
}

const persentil = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function utama() {
  const { loadConfig } = await import("../packages/server/src/config.ts");
  const { buatApp } = await import("../packages/server/src/http/app.ts");
  const { buatLogger } = await import("../packages/server/src/http/logger.ts");
  const { hashPassword, cocokPassword } = await import("../packages/server/src/auth/password.ts");
  const { basisdataBench, daftarBasisdata } = await import("./server-basisdata.ts");

  // the cost of one argon2id verification (OWASP parameters, password.ts), alone on this machine
  const hash = await hashPassword(PASSWORD);
  const kali = 20;
  const t0 = performance.now();
  for (let i = 0; i < kali; i++) await cocokPassword(hash, PASSWORD);
  const argon2Ms = (performance.now() - t0) / kali;

  for (const jenis of daftarBasisdata()) {
    const b = await basisdataBench(jenis);
    try {
      const db = b.db;
      const { id: instansiId } = await db
        .insertInto("instansi")
        .values({ kode: "BENCH", nama: "Instansi Bench", jenis: "kementerian" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const username = Array.from({ length: JUMLAH }, (_, i) => `pegawai${i}@bench`);
      const ids = await db
        .insertInto("pengguna")
        .values(username.map((u) => ({ username: u, nama: u, password_hash: hash })))
        .returning("id")
        .execute();
      await db
        .insertInto("peran_pengguna")
        .values(ids.map((r) => ({ instansi_id: instansiId, pengguna_id: r.id, peran: "pegawai" })))
        .execute();

      const app = await buatApp({
        config: { ...loadConfig({}), workers: 0, trustProxy: ["127.0.0.1"] },
        db,
        logger: buatLogger("silent"),
        web: false,
      });
      const url = await app.listen({ port: 0, host: "127.0.0.1" });
      const berkas = path.join(os.tmpdir(), `nurani-bench-login-${process.pid}.json`);
      fs.writeFileSync(berkas, JSON.stringify({ url, username, paralel: PARALEL } satisfies Tugas));
      const cpu0 = process.cpuUsage();
      const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
      const keluaran = await new Promise<string>((resolve, reject) => {
        execFile(tsx, [fileURLToPath(import.meta.url), "--beban", berkas], (err, stdout, stderr) =>
          err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
        );
      });
      fs.rmSync(berkas, { force: true });
      const cpu = process.cpuUsage(cpu0);
      await app.close();
      const h = JSON.parse(keluaran) as HasilBeban;
      const berhasil = h.status["200"] ?? 0;
      console.log(
        `[${jenis}] ${JUMLAH} pegawai berbeda dari satu alamat, ${PARALEL} sekaligus: ${berhasil}/${JUMLAH} berhasil ${berhasil === JUMLAH ? "OK" : `GAGAL ${JSON.stringify(h.status)}`}` +
          ` dalam ${h.detik.toFixed(1)} s → ${(JUMLAH / h.detik).toFixed(1)} login/s; p50 ${persentil(h.latensi, 50).toFixed(0)} ms, p99 ${persentil(h.latensi, 99).toFixed(0)} ms`,
      );
      console.log(
        `[${jenis}] argon2id (m=19 MiB, t=2, p=1): ${argon2Ms.toFixed(1)} ms per verifikasi (sendiri); CPU proses server ${((cpu.user + cpu.system) / 1000 / JUMLAH).toFixed(1)} ms per login; beban mesin (loadavg 1 menit) ${os.loadavg()[0].toFixed(1)} pada ${os.cpus().length} inti`,
      );
    } finally {
      await b.tutup();
    }
  }
}

if (process.argv[2] === "--beban") {
  const t = JSON.parse(fs.readFileSync(process.argv[3], "utf8")) as Tugas;
  process.stdout.write(JSON.stringify(await beban(t)));
} else {
  await utama();
}
