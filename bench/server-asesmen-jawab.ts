/**
 * Answer saving under load (docs/asesmen.md "Performance"): 2,000
 * concurrent test takers, each holding a one-time token, each answering the
 * 36 blocks of NAS-1-A one by one against the real Fastify app over loopback
 * (POST /api/ujian/jawaban). Each taker pauses between answers like a person
 * reading the next block (BENCH_JEDA_MS mean, uniform ±50 %); about 3 % of
 * answers are sent twice (a retry after a lost response) to exercise
 * idempotence. The load runs in a child process of its own so it does not
 * share the server's event loop. Afterwards the rows are counted: every
 * answer must be stored exactly once (lost = 0, duplicated = 0).
 *
 *   npx tsx bench/server-asesmen-jawab.ts                                   # PGlite
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/server-asesmen-jawab.ts    # + PostgreSQL
 *   env: BENCH_PESERTA (default 2000), BENCH_JEDA_MS (default 1500), BENCH_KONEKSI (default 0 = one
 *        connection per taker), BENCH_DB=pglite|postgres
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PESERTA = Number(process.env.BENCH_PESERTA ?? 2000);
const JEDA_MS = Number(process.env.BENCH_JEDA_MS ?? 1500);
/** Client connections shared by the takers (a reverse proxy pools them the same way); 0 = one per taker. */
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 0);

interface Tugas {
  url: string;
  token: string[];
  jedaMs: number;
  koneksi: number;
}

interface HasilBeban {
  latensi: number[];
  diterapkan: number;
  ulang: number;
  gagal: number;
  detik: number;
  contohGagal: string[];
  /** Requests sent again after a connection reset. */
  ulangJaringan: number;
}

/** The load generator (child process): one async loop per test taker. */
async function beban(t: Tugas): Promise<HasilBeban> {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: t.koneksi > 0 ? t.koneksi : Number.POSITIVE_INFINITY,
  });
  const u = new URL(t.url);
  // A kept-alive socket the server closes just as a request goes out resets; the client sends
  // again, as the test page does (saves are idempotent, so a resend is always safe).
  let ulangJaringan = 0;
  const kirim = async (jalur: string, token: string, body: unknown) => {
    for (let coba = 0; ; coba++) {
      try {
        return await kirimSekali(jalur, token, body);
      } catch (e) {
        const kode = (e as { code?: string }).code;
        if (coba >= 3 || !["ECONNRESET", "EPIPE", "ETIMEDOUT"].includes(kode ?? "")) throw e;
        ulangJaringan++;
      }
    }
  };
  const kirimSekali = (jalur: string, token: string, body: unknown) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const data = JSON.stringify(body);
      const req = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: jalur,
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(data),
            "x-token-ujian": token,
          },
        },
        (res) => {
          let s = "";
          res.setEncoding("utf8");
          res.on("data", (c) => {
            s += c;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: s }));
        },
      );
      req.on("error", reject);
      req.end(data);
    });
  const tidur = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const out: HasilBeban = {
    latensi: [],
    diterapkan: 0,
    ulang: 0,
    gagal: 0,
    detik: 0,
    contohGagal: [],
    ulangJaringan: 0,
  };

  // Everyone starts first (not timed): the order of their blocks comes back with the start.
  const blok: { id: string; pernyataan: { id: string }[] }[][] = [];
  for (let i = 0; i < t.token.length; i += 100) {
    const r = await Promise.all(
      t.token.slice(i, i + 100).map((tok) => kirim("/api/ujian/mulai", tok, { setuju: true })),
    );
    for (const x of r) {
      if (x.status !== 200) throw new Error(`mulai: ${x.status} ${x.body}`);
      blok.push(JSON.parse(x.body).blok);
    }
  }

  const t0 = performance.now();
  await Promise.all(
    t.token.map(async (tok, p) => {
      await tidur(Math.random() * t.jedaMs); // spread the arrivals
      for (const [i, b] of blok[p].entries()) {
        const s = b.pernyataan.map((x) => x.id);
        const body = {
          blok: b.id,
          palingSesuai: s[i % 3],
          palingTidakSesuai: s[(i + 1) % 3],
          urutanKlien: 1,
          detik: 5 + (i % 7),
          perubahan: i % 2,
        };
        const kali = Math.random() < 0.03 ? 2 : 1;
        for (let k = 0; k < kali; k++) {
          const a = performance.now();
          const r = await kirim("/api/ujian/jawaban", tok, body);
          out.latensi.push(performance.now() - a);
          if (r.status !== 200) {
            out.gagal++;
            if (out.contohGagal.length < 5) out.contohGagal.push(`${r.status} ${r.body.slice(0, 200)}`);
          } else if (JSON.parse(r.body).diterapkan) out.diterapkan++;
          else out.ulang++;
        }
        await tidur(t.jedaMs * (0.5 + Math.random()));
      }
    }),
  );
  out.detik = (performance.now() - t0) / 1000;
  out.ulangJaringan = ulangJaringan;
  agent.destroy();
  return out;
}

/** CPU milliseconds used so far by this machine's PostgreSQL processes (Linux /proc; 0 elsewhere). */
function cpuPostgres(): number {
  let ms = 0;
  const tik = 100; // USER_HZ
  for (const pid of fs.existsSync("/proc") ? fs.readdirSync("/proc") : []) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const nama = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (!nama.startsWith("postgres")) continue;
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ms += ((Number(f[11]) + Number(f[12])) * 1000) / tik;
    } catch {
      // the process ended meanwhile
    }
  }
  return ms;
}

const persentil = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function utama() {
  const { sql } = await import("kysely");
  const { loadConfig } = await import("../packages/server/src/config.ts");
  const { buatApp } = await import("../packages/server/src/http/app.ts");
  const { buatLogger } = await import("../packages/server/src/http/logger.ts");
  const { aktifkanKampanye, buatKampanye } = await import("../packages/server/src/fitur/asesmen/kampanye.ts");
  const { buatTokenPeserta } = await import("../packages/server/src/fitur/asesmen/peserta.ts");
  const { basisdataBench, daftarBasisdata } = await import("./server-basisdata.ts");
  const { statistikKelompok } = await import("../packages/server/src/fitur/asesmen/simpan-kelompok.ts");

  for (const jenis of daftarBasisdata()) {
    const b = await basisdataBench(jenis);
    try {
      const db = b.db;
      const { id: instansiId } = await db
        .insertInto("instansi")
        .values({ kode: "BENCH", nama: "Instansi Bench", jenis: "kementerian" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const pegawai = Array.from({ length: PESERTA }, (_, i) => ({
        instansi_id: instansiId,
        nip: `19850312201001${String(1000 + i).padStart(4, "0")}`,
        nama: `Peserta ${i}`,
        jenis_kelamin: "L" as const,
        tanggal_lahir: "1985-03-12",
        tmt_cpns: "2010-01-01",
      }));
      for (let i = 0; i < pegawai.length; i += 1000)
        await db
          .insertInto("pegawai")
          .values(pegawai.slice(i, i + 1000))
          .execute();
      const kampanyeId = await buatKampanye(
        db,
        instansiId,
        {
          nama: "Bench",
          tujuan: "awal",
          formulirId: "NAS-1-A",
          populasi: { jenis: "semua" },
          dibuka: new Date(Date.now() - 3600_000),
          ditutup: new Date(Date.now() + 86_400_000),
          batasMenit: null,
          teksPersetujuan: null,
        },
        null,
      );
      await aktifkanKampanye(db, instansiId, kampanyeId);
      const token = (await buatTokenPeserta(db, instansiId, kampanyeId, { sasaran: "tanpa_email" })).map(
        (x) => x.token,
      );
      await sql`vacuum analyze`.execute(db);

      const app = await buatApp({
        config: { ...loadConfig({}), workers: 0 },
        db,
        logger: buatLogger("silent"),
        web: false,
      });
      const url = await app.listen({ port: 0, host: "127.0.0.1" });
      const berkas = path.join(os.tmpdir(), `nurani-bench-jawab-${process.pid}.json`);
      fs.writeFileSync(
        berkas,
        JSON.stringify({ url, token, jedaMs: JEDA_MS, koneksi: KONEKSI } satisfies Tugas),
      );
      const cpu0 = process.cpuUsage();
      const cpuPg0 = cpuPostgres();
      const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
      const keluaran = await new Promise<string>((resolve, reject) => {
        execFile(
          tsx,
          [fileURLToPath(import.meta.url), "--beban", berkas],
          { maxBuffer: 256 * 1024 * 1024 },
          (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
        );
      });
      fs.rmSync(berkas, { force: true });
      const cpu = process.cpuUsage(cpu0);
      const cpuPg = cpuPostgres() - cpuPg0;
      const grup = statistikKelompok(db);
      const h = JSON.parse(keluaran) as HasilBeban;
      await app.close();

      const r = await sql<{ baris: number; ganda: number; salah: number }>`
        select count(*)::int as baris,
          (count(*) - count(distinct (peserta_id, blok)))::int as ganda,
          count(*) filter (where urutan_klien <> 1)::int as salah
        from jawaban_asesmen where instansi_id = ${instansiId}`.execute(db);
      const harap = PESERTA * 36;
      const { baris, ganda, salah } = r.rows[0];
      const hilang = harap - baris;
      // an answer counted twice shows as more applied saves than rows, or as two rows of one block
      const dobel = h.diterapkan - baris + ganda + salah;
      const n = h.latensi.length;
      console.log(
        `[${jenis}] ${PESERTA} peserta × 36 blok, jeda rata-rata ${JEDA_MS} ms, ${KONEKSI || PESERTA} koneksi: ${n} permintaan simpan dalam ${h.detik.toFixed(1)} s` +
          ` → ${(n / h.detik).toFixed(0)} jawaban/s; p50 ${persentil(h.latensi, 50).toFixed(1)} ms, p99 ${persentil(h.latensi, 99).toFixed(1)} ms, maks ${persentil(h.latensi, 100).toFixed(1)} ms`,
      );
      console.log(
        `[${jenis}] diterapkan ${h.diterapkan}, kiriman ulang diabaikan ${h.ulang}, gagal ${h.gagal}, dikirim ulang setelah koneksi putus ${h.ulangJaringan}; baris ${baris}/${harap}: hilang = ${hilang}, ganda = ${dobel} ${hilang === 0 && dobel === 0 && h.gagal === 0 ? "OK" : "GAGAL"}`,
      );
      // CPU of the server process (app + PGlite when embedded) per request, including the untimed starts:
      // a figure that does not depend on how busy the machine's other processes are.
      console.log(
        `[${jenis}] CPU proses server: ${((cpu.user + cpu.system) / 1000 / (n + PESERTA)).toFixed(2)} ms per permintaan; beban mesin (loadavg 1 menit) ${os.loadavg()[0].toFixed(1)} pada ${os.cpus().length} inti`,
      );
      console.log(
        `[${jenis}] pengelompokan: ${grup.jawaban} jawaban dalam ${grup.kelompok} pernyataan (rata-rata ${(grup.jawaban / Math.max(1, grup.kelompok)).toFixed(1)} per pernyataan, ${grup.dipecah} dipecah)` +
          (jenis === "postgres"
            ? `; CPU proses PostgreSQL: ${(cpuPg / (n + PESERTA)).toFixed(2)} ms per permintaan`
            : ""),
      );
      if (h.contohGagal.length > 0) console.log(h.contohGagal.join("\n"));
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
