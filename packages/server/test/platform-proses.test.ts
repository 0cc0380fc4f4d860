import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEAMANAN } from "../src/config.ts";
import type { Basisdata } from "../src/db/factory.ts";
import { BATAS_TEBAK_BAWAAN } from "../src/fitur/asesmen/batas-tebak.ts";
import { JOB_EMAIL_NOTIFIKASI } from "../src/fitur/notifikasi/beritahu.ts";
import { antrekanJob } from "../src/jobs/queue.ts";
import { buatInstansi, buatPengguna, nipUji, PASSWORD_UJI, TEST_DATABASE_URL } from "./support/index.ts";
import {
  type Anak,
  BIN_NURANI,
  type DataBersama,
  dataBersama,
  envServer,
  jalankanAnak,
} from "./support/proses.ts";

/**
 * docs/server.md: two server processes on one PostgreSQL. The login and
 * token-guessing limits hold in total, a write through one is seen through
 * the other at once, each job runs once; `serve --workers 2` serves on one
 * port, and is refused on the embedded PGlite.
 */
async function mulaiServer(
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<{ anak: Anak; url: string }> {
  const anak = jalankanAnak([BIN_NURANI, "serve", ...args], env);
  const m = await anak.tunggu(/Nurani berjalan di (http:\/\/\S+)/);
  return { anak, url: m[1] };
}

describe("platform: several processes refuse the embedded database", () => {
  it("`serve --workers 2` without DATABASE_URL is refused with a clear message", async () => {
    const d = await dataBersama("pglite");
    try {
      const anak = jalankanAnak([BIN_NURANI, "serve", "--workers", "2"], envServer(d));
      expect(await anak.selesai).toBe(1);
      expect(anak.keluaran).toContain("hanya dapat dipakai dengan PostgreSQL");
    } finally {
      await d.hapus();
    }
  }, 120_000);
});

if (!TEST_DATABASE_URL)
  console.log("SKIPPED: PostgreSQL suite (TEST_DATABASE_URL not set) — several processes");

describe.skipIf(!TEST_DATABASE_URL)("platform: two server processes on one PostgreSQL [postgres]", () => {
  let d: DataBersama;
  let b: Basisdata;
  const anak: Anak[] = [];
  let A = "";
  let B = "";

  beforeAll(async () => {
    d = await dataBersama("postgres");
    b = await d.buka();
    const env = envServer(d, { NURANI_WORKERS: "2" });
    const [sa, sb] = await Promise.all([mulaiServer(env), mulaiServer(env)]);
    anak.push(sa.anak, sb.anak);
    A = sa.url;
    B = sb.url;
  }, 180_000);

  afterAll(async () => {
    for (const a of anak) await a.bunuh();
    await b?.tutup();
    await d?.hapus();
  });

  const login = (url: string, username: string, password: string) =>
    fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });

  it("the per-account login limit holds in total: failures through either process count together", async () => {
    const i = await buatInstansi(b.db);
    const u = await buatPengguna(b.db, [{ instansiId: i.id, peran: "admin_instansi" }]);
    const status: number[] = [];
    for (let k = 0; k < 2 * KEAMANAN.gagalBebasAkun; k++)
      status.push((await login(k % 2 ? B : A, u.username, "salah-sekali-bukan-ini")).status);
    // one process alone would have evaluated gagalBebasAkun of its own; together they evaluate that many
    expect(status.filter((s) => s === 401)).toHaveLength(KEAMANAN.gagalBebasAkun);
    expect(status.slice(KEAMANAN.gagalBebasAkun).every((s) => s === 423)).toBe(true);
  }, 120_000);

  it("the token-guessing limit holds in total", async () => {
    const tebak = (url: string, k: number) =>
      fetch(`${url}/api/ujian`, { headers: { "x-token-ujian": `ZZZZ-ZZZZ-${String(k).padStart(4, "0")}` } });
    const status: number[] = [];
    for (let k = 0; k < BATAS_TEBAK_BAWAAN.maks + 4; k++) status.push((await tebak(k % 2 ? B : A, k)).status);
    expect(status.slice(0, BATAS_TEBAK_BAWAAN.maks).every((s) => s === 404)).toBe(true);
    expect(status.slice(BATAS_TEBAK_BAWAAN.maks)).toEqual([429, 429, 429, 429]);
    await b.db.deleteFrom("batas_tebak").execute();
  }, 120_000);

  it("a write through one process is seen through the other at once (kept list totals)", async () => {
    const i = await buatInstansi(b.db);
    const u = await buatPengguna(b.db, [{ instansiId: i.id, peran: "admin_instansi" }]);
    const pegawai = await b.db
      .insertInto("pegawai")
      .values(
        [1, 2, 3].map((k) => ({
          instansi_id: i.id,
          nip: nipUji(),
          nama: `Pegawai ${k}`,
          jenis_kelamin: "P" as const,
          tanggal_lahir: "1985-03-12",
          tmt_cpns: "2010-01-01",
        })),
      )
      .returning("id")
      .execute();
    const res = await login(A, u.username, PASSWORD_UJI);
    expect(res.status).toBe(200);
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const h = { cookie, "x-csrf-token": csrfToken };
    const total = async (url: string) => {
      const r = await fetch(`${url}/api/instansi/${i.id}/pegawai?page=1&pageSize=10&aktif=true`, {
        headers: h,
      });
      expect(r.status).toBe(200);
      return ((await r.json()) as { total: number }).total;
    };
    expect(await total(B)).toBe(3);
    expect(await total(B)).toBe(3); // kept by B now
    for (const [k, p] of pegawai.entries()) {
      const w = await fetch(`${A}/api/instansi/${i.id}/pegawai/${p.id}/nonaktifkan`, {
        method: "POST",
        headers: h,
      });
      expect(w.status).toBe(200);
      expect(await total(B)).toBe(2 - k);
    }
  }, 120_000);

  it("each job runs once, whichever process's worker takes it", async () => {
    const ids: string[] = [];
    for (let k = 0; k < 30; k++)
      ids.push(await antrekanJob(b.db, { jenis: JOB_EMAIL_NOTIFIKASI, muatan: { id: randomUUID() } }));
    const batas = Date.now() + 90_000;
    let jobs: { status: string; percobaan: number; pekerja: string | null }[] = [];
    while (Date.now() < batas) {
      jobs = await b.db
        .selectFrom("job")
        .select(["status", "percobaan", "pekerja"])
        .where("id", "in", ids)
        .execute();
      if (jobs.every((j) => j.status === "selesai")) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(jobs).toHaveLength(30);
    expect(jobs.every((j) => j.status === "selesai" && j.percobaan === 1)).toBe(true);
  }, 120_000);

  it("`serve --workers 2` serves both processes' answers on one port", async () => {
    const s = await mulaiServer(envServer(d, { NURANI_WORKERS: "0" }), ["--workers", "2"]);
    anak.push(s.anak);
    expect(s.anak.keluaran).toContain("2 proses");
    for (let k = 0; k < 10; k++) {
      const r = await fetch(`${s.url}/readyz`, { headers: { connection: "close" } });
      expect(r.status).toBe(200);
    }
    const berhenti = s.anak.selesai;
    s.anak.p.kill("SIGTERM");
    expect(await berhenti).toBe(0);
  }, 180_000);
});
