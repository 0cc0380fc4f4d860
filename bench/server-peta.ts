/**
 * Assessment map + agency index (GET /api/instansi/:id/hasil/peta) for an
 * agency of 100,000 scored employees over the demo ministry's unit tree,
 * loaded with autocannon (own process) over loopback against the real app.
 * Target (docs/hasil.md "Measured figures"): p99 < 300 ms. Also times the SQL refresh of the per-unit
 * sums (`segarkanRingkasan`) that scoring and each review decision run.
 *
 *   npx tsx bench/server-peta.ts                          # PGlite
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/server-peta.ts   # + PostgreSQL
 *   env: BENCH_PEGAWAI (default 100000), BENCH_DETIK (default 10), BENCH_KONEKSI (default 10), BENCH_DB,
 *        BENCH_POHON=besar for a synthetic 3-level tree of 10 × 10 × 10 units (1,110) instead of the demo's
 */
import { execFile } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { hashPassword } from "../packages/server/src/auth/password.ts";
import { loadConfig } from "../packages/server/src/config.ts";
import type { Db } from "../packages/server/src/db/factory.ts";
import { simpanUnit } from "../packages/server/src/demo/index.ts";
import { KEMENTERIAN_CONTOH, ratakanUnit } from "../packages/server/src/demo/struktur.ts";
import {
  bacaPetaMentah,
  petaDariRingkasan,
  segarkanRingkasan,
} from "../packages/server/src/fitur/hasil/ringkasan.ts";
import { buatPegawaiSimulasi } from "../packages/server/src/fitur/hasil/simulasi.ts";
import { buatApp } from "../packages/server/src/http/app.ts";
import { buatLogger } from "../packages/server/src/http/logger.ts";
import { basisdataBench, daftarBasisdata } from "./server-basisdata.ts";

const JUMLAH = Number(process.env.BENCH_PEGAWAI ?? 100_000);
const DETIK = Number(process.env.BENCH_DETIK ?? 10);
const KONEKSI = Number(process.env.BENCH_KONEKSI ?? 10);

/** A small deterministic generator for synthetic scores. */
function acak(benih: number) {
  let s = benih >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
const normal = (u: () => number) => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());

async function isi(db: Db) {
  const { id: instansiId } = await db
    .insertInto("instansi")
    .values({ kode: "BENCH", nama: "Instansi Bench", jenis: "kementerian" })
    .returning("id")
    .executeTakeFirstOrThrow();
  let idUnit: string[];
  if (process.env.BENCH_POHON === "besar") {
    idUnit = [];
    const tambah = async (kode: string, induk: string | null) => {
      const r = await db
        .insertInto("unit_kerja")
        .values({ instansi_id: instansiId, kode, nama: `Unit ${kode}`, induk_id: induk })
        .returning("id")
        .executeTakeFirstOrThrow();
      idUnit.push(r.id);
      return r.id;
    };
    for (let a = 0; a < 10; a++) {
      const ia = await tambah(`A${a}`, null);
      for (let b = 0; b < 10; b++) {
        const ib = await tambah(`A${a}.B${b}`, ia);
        for (let c = 0; c < 10; c++) await tambah(`A${a}.B${b}.C${c}`, ib);
      }
    }
  } else {
    const unit = ratakanUnit(KEMENTERIAN_CONTOH.unit);
    idUnit = [...(await simpanUnit(db, instansiId, unit)).values()];
  }
  const pegawai = await buatPegawaiSimulasi(db, instansiId, idUnit, JUMLAH);
  const { id: kampanyeId } = await db
    .insertInto("kampanye_asesmen")
    .values({
      instansi_id: instansiId,
      nama: "Bench",
      tujuan: "awal",
      formulir_id: "NAS-1-A",
      bank_versi: "bench",
      formulir: JSON.stringify({}),
      populasi: JSON.stringify({ jenis: "semua" }),
      dibuka: new Date(Date.now() - 9 * 86400_000),
      ditutup: new Date(Date.now() - 2 * 86400_000),
      status: "aktif",
      hasil_dirilis: new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const u = acak(7);
  const unitDari = new Map<string, string | null>();
  const rowsP = await db
    .selectFrom("pegawai")
    .select(["id", "unit_id"])
    .where("instansi_id", "=", instansiId)
    .execute();
  for (const r of rowsP) unitDari.set(r.id, r.unit_id);
  for (let i = 0; i < pegawai.length; i += 2000) {
    const potong = pegawai.slice(i, i + 2000);
    const p = await db
      .insertInto("peserta_asesmen")
      .values(
        potong.map((id, j) => ({
          instansi_id: instansiId,
          kampanye_id: kampanyeId,
          pegawai_id: id,
          benih: i + j,
          selesai: new Date(),
        })),
      )
      .returning(["id", "pegawai_id"])
      .execute();
    await db
      .insertInto("skor_asesmen")
      .values(
        p.map((x) => {
          const z = normal(u);
          const d = 100 / (1 + Math.exp(-1.7 * z));
          const t = (k: number) => ({ t: 50 + 10 * (0.8 * z + 0.6 * normal(u)) + k * 0 });
          return {
            instansi_id: instansiId,
            peserta_id: x.id,
            kampanye_id: kampanyeId,
            pegawai_id: x.pegawai_id,
            unit_id: unitDari.get(x.pegawai_id) ?? null,
            parameter_versi: "NAS-1-A/sementara-60",
            norma: "bench",
            hasil: JSON.stringify({ faktor: { KD: t(0), DN: t(1), KM: t(2) } }),
            derajat: d,
            level: d < 25 ? 1 : d < 50 ? 2 : d < 75 ? 3 : 4,
            pv: Array.from({ length: 10 }, () => Math.min(99.9, Math.max(0.1, d + 6 * normal(u)))),
            perlu_tinjauan: false,
          };
        }),
      )
      .execute();
  }
  await sql`vacuum analyze`.execute(db);
  const { id: penggunaId } = await db
    .insertInto("pengguna")
    .values({
      username: "bench.supervisi",
      nama: "Bench",
      password_hash: await hashPassword("bench-password-1"),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("peran_pengguna")
    .values({ instansi_id: instansiId, pengguna_id: penggunaId, peran: "tim_supervisi" })
    .execute();
  return { instansiId, kampanyeId, unit: idUnit.length };
}

async function jalan(url: string, cookie: string, koneksi = KONEKSI) {
  const bin = fileURLToPath(new URL("../node_modules/.bin/autocannon", import.meta.url));
  const args = ["-c", String(koneksi), "-d", String(DETIK), "-j", "-H", `cookie=${cookie}`, url];
  const out = await new Promise<string>((resolve, reject) => {
    execFile(bin, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });
  const r = JSON.parse(out);
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, n: r.requests.total };
}

console.log(
  `load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")}`,
);
for (const jenis of daftarBasisdata()) {
  const b = await basisdataBench(jenis);
  try {
    const t0 = performance.now();
    const d = await isi(b.db);
    console.log(
      `[${jenis}] ${JUMLAH} skor di ${d.unit} unit dimuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    for (let i = 0; i < 3; i++) {
      const t1 = performance.now();
      await segarkanRingkasan(b.db, d.instansiId, d.kampanyeId);
      console.log(
        `[${jenis}] segarkanRingkasan (SQL, ${JUMLAH} orang): ${(performance.now() - t1).toFixed(0)} ms`,
      );
    }
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
      body: JSON.stringify({ username: "bench.supervisi", password: "bench-password-1" }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    // where a request's time goes, sequentially in-process: the one SQL round trip, the tree + index in JS
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const tSql: number[] = [];
    const tJs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const a0 = performance.now();
      const m = await bacaPetaMentah(b.db, d.instansiId, d.kampanyeId);
      const a1 = performance.now();
      const unit = [
        { id: d.instansiId, nama: "Instansi", indukId: null },
        ...(m?.unit ?? []).map((u) => ({ id: u.id, nama: u.nama, indukId: u.induk_id ?? d.instansiId })),
      ];
      petaDariRingkasan(unit, m?.ringkasan ?? [], { k: 5, m: 10 });
      tSql.push(a1 - a0);
      tJs.push(performance.now() - a1);
    }
    console.log(
      `[${jenis}] median of 20: SQL ${median(tSql).toFixed(1)} ms, tree + suppression + index ${median(tJs).toFixed(1)} ms`,
    );
    const url = `${alamat}/api/instansi/${d.instansiId}/hasil/peta?kampanyeId=${d.kampanyeId}`;
    const cek = await fetch(url, { headers: { cookie } });
    const isiPeta = (await cek.json()) as {
      instansi: { n: number; indeks: { nilai: number; bawah: number; atas: number } };
    };
    console.log(
      `[${jenis}] indeks instansi ${isiPeta.instansi.indeks.nilai.toFixed(2)} (${isiPeta.instansi.indeks.bawah.toFixed(2)}–${isiPeta.instansi.indeks.atas.toFixed(2)}), n = ${isiPeta.instansi.n}`,
    );
    for (const koneksi of [1, KONEKSI])
      for (const [nama, u] of [
        ["dasar: GET /api/instansi/:id", `${alamat}/api/instansi/${d.instansiId}`],
        ["peta + indeks", url],
      ] as const) {
        const r = await jalan(u, cookie, koneksi);
        console.log(
          `[${jenis}] ${nama.padEnd(30)} p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   ${r.rps.toFixed(0).padStart(5)} req/s  (${r.n} permintaan, ${koneksi} koneksi)`,
        );
      }
    await app.close();
  } finally {
    await b.tutup();
  }
}
