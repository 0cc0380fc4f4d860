import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { buatLogger } from "../src/http/logger.ts";
import { jalankanServer } from "../src/http/server.ts";

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "nurani.js");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nurani-cli-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NURANI_DATA_DIR: dataDir,
  NURANI_DEMO: "0",
  LOG_LEVEL: "silent",
  PORT: "0",
};
delete env.DATABASE_URL;
const anak: ChildProcess[] = [];

function jalankan(args: string[], stdin?: string): Promise<{ kode: number | null; keluaran: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env });
    let keluaran = "";
    p.stdout.on("data", (b) => {
      keluaran += b;
    });
    p.stderr.on("data", (b) => {
      keluaran += b;
    });
    p.on("exit", (kode) => resolve({ kode, keluaran }));
    p.stdin.end(stdin ?? "");
  });
}

afterAll(() => {
  for (const p of anak) if (p.exitCode === null) p.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("platform: serve, CLI, embedded data on disk", () => {
  it("starts on an empty data dir (migrating itself) and reports ready", async () => {
    const s = await jalankanServer(loadConfig(env), buatLogger("silent"));
    try {
      expect(s.basisdata.jenis).toBe("pglite");
      expect(fs.existsSync(path.join(dataDir, "pglite"))).toBe(true);
      const ready = await fetch(`${s.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.headers.get("x-request-id")).toBeTruthy();
      await s.basisdata.db
        .insertInto("instansi")
        .values({ kode: "KAB-UJI", nama: "Pemkab Uji", jenis: "kabupaten" })
        .execute();
    } finally {
      await s.tutup();
    }
  });

  it("`nurani user create --password-stdin` creates a user with roles; wrong input is refused in Indonesian", async () => {
    const ok = await jalankan(
      [
        "user",
        "create",
        "--username",
        "admin.uji",
        "--nama",
        "Admin Uji",
        "--instansi",
        "KAB-UJI",
        "--peran",
        "admin_instansi,apip",
        "--password-stdin",
      ],
      "sandi-admin-uji\n",
    );
    expect(ok.keluaran).toContain("Pengguna admin.uji dibuat");
    expect(ok.kode).toBe(0);
    const salah = await jalankan(
      [
        "user",
        "create",
        "--username",
        "x.y.z",
        "--nama",
        "X",
        "--instansi",
        "KAB-UJI",
        "--peran",
        "raja",
        "--password-stdin",
      ],
      "sandi-cukup-panjang\n",
    );
    expect(salah.kode).toBe(1);
    expect(salah.keluaran).toContain("Peran tidak dikenal: raja");
  });

  it("`nurani serve` reuses the data, prints its URL, and the new user can log in", async () => {
    const p = spawn(process.execPath, [BIN, "serve"], { env });
    anak.push(p);
    const url = await new Promise<string>((resolve, reject) => {
      let keluaran = "";
      p.stdout.on("data", (b) => {
        keluaran += b;
        const m = /Nurani berjalan di (http:\/\/\S+)/.exec(keluaran);
        if (m) resolve(m[1]);
      });
      p.on("exit", (kode) => reject(new Error(`serve berhenti (${kode}): ${keluaran}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin.uji", password: "sandi-admin-uji" }),
    });
    expect(res.status).toBe(200);
    const sesi = (await res.json()) as { peran: { peran: string }[] };
    expect(sesi.peran.map((x) => x.peran).sort()).toEqual(["admin_instansi", "apip"]);
    const selesai = new Promise<number | null>((r) => p.on("exit", (kode) => r(kode)));
    p.kill("SIGTERM");
    expect(await selesai).toBe(0);
  });
});
