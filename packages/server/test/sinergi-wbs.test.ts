/**
 * Whistleblowing system (docs/wbs.md "Who does what"): anonymous
 * reports with ticket and receipt, envelope encryption at rest (the text is in
 * no dump and no log), the two-way dialogue, status and outcome, routing away
 * from a handler the report concerns, and every role outside the handlers refused.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { PERAN, type Peran } from "@nurani/domain";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedSinergiDemo } from "../src/demo/sinergi.ts";
import { BATAS_WBS_PER_JAM } from "../src/fitur/wbs/layanan.ts";
import { entriKunciBaru, muatCincin, segelUlang, uraiCincin } from "../src/fitur/wbs/sandi.ts";
import { buatApp } from "../src/http/app.ts";
import { buatLogger } from "../src/http/logger.ts";
import { cariNonce, hashKerja, nolDepan } from "../src/umum/bukti-kerja.ts";
import { buatOrang, type OrangUji } from "./komunitas-bantu.ts";
import {
  buatInstansi,
  describeOnDatabases,
  type InstansiUji,
  minta,
  TEST_DATABASE_URL,
} from "./support/index.ts";

const KUNCI_UJI = entriKunciBaru("uji1");
const envLama = process.env.NURANI_KUNCI_WBS;
process.env.NURANI_KUNCI_WBS = KUNCI_UJI;
afterAll(() => {
  if (envLama === undefined) delete process.env.NURANI_KUNCI_WBS;
  else process.env.NURANI_KUNCI_WBS = envLama;
});

const penanda = () => `Rahasia-${Math.random().toString(36).slice(2, 12)}-isi`;

describeOnDatabases("sinergi: whistleblowing system (WBS)", (ctx) => {
  let a: InstansiUji;
  let pengelola: OrangUji;
  let pengelola2: OrangUji;
  const lain = new Map<Peran, OrangUji>();
  const publik = (kode: string) => `/api/publik/wbs/${kode}`;

  async function laporkan(isi: string, ubah: Record<string, unknown> = {}, alamat = "203.0.113.9") {
    const g = await minta(ctx.app, null, { method: "GET", url: publik(a.kode) });
    expect(g.statusCode, g.body).toBe(200);
    const t = g.json().tantangan as { tantangan: string; kesulitan: number };
    return minta(ctx.app, null, {
      method: "POST",
      url: publik(a.kode),
      remoteAddress: alamat,
      payload: {
        tantangan: t.tantangan,
        nonce: cariNonce(t.tantangan, t.kesulitan),
        judul: "Pungutan liar di loket",
        isi,
        ...ubah,
      },
    });
  }
  const baca = (tiket: string, kode?: string) =>
    minta(ctx.app, null, {
      method: "GET",
      url: `${publik(a.kode)}/${tiket}`,
      headers: kode === undefined ? {} : { "x-kode-rahasia": kode },
      remoteAddress: "203.0.113.10",
    });
  async function idLaporan(tiket: string) {
    const r = await ctx.db
      .selectFrom("wbs_laporan")
      .select("id")
      .where("nomor_tiket", "=", tiket)
      .executeTakeFirstOrThrow();
    return r.id;
  }

  beforeAll(async () => {
    a = await buatInstansi(ctx.db, { kode: `WBS${Math.random().toString(36).slice(2, 7).toUpperCase()}` });
    pengelola = await buatOrang(ctx.app, ctx.db, a.id, ["pengelola_wbs"]);
    pengelola2 = await buatOrang(ctx.app, ctx.db, a.id, ["pengelola_wbs", "apip"]);
    for (const p of PERAN.filter((x) => x !== "pengelola_wbs" && x !== "evaluator_nasional"))
      lain.set(p, await buatOrang(ctx.app, ctx.db, a.id, [p]));
  });

  it("answers the contract: 201 with ticket and receipt; the receipt is stored only as a hash, the text only encrypted", async () => {
    const isi = penanda();
    const res = await laporkan(isi);
    expect(res.statusCode, res.body).toBe(201);
    const { nomorTiket, kodeRahasia } = res.json();
    expect(nomorTiket).toMatch(/^WBS-[A-Z0-9]{10}$/);
    expect(kodeRahasia.replace(/-/g, "")).toHaveLength(20);
    const row = await ctx.db
      .selectFrom("wbs_laporan")
      .selectAll()
      .where("nomor_tiket", "=", nomorTiket)
      .executeTakeFirstOrThrow();
    expect(row.hash_kode).toMatch(/^\$argon2id\$/);
    expect(row.hash_kode).not.toContain(kodeRahasia);
    expect(Buffer.from(row.isi_sandi).toString("latin1")).not.toContain(isi);
    expect(row.kunci_id).toBe("uji1");
    expect(row.tanggal).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const ok = await baca(nomorTiket, kodeRahasia);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ nomorTiket, status: "diterima", hasil: null, isi, pesan: [] });
  });

  it("answers a wrong, missing or lower-case-mangled code and an unknown ticket with the same 404", async () => {
    const res = await laporkan(penanda());
    const { nomorTiket, kodeRahasia } = res.json();
    const salah = await baca(nomorTiket, "AAAA-BBBB-CCCC-DDDD-EEEE");
    const tanpa = await baca(nomorTiket);
    const takAda = await baca("WBS-ZZZZZZZZZZ", kodeRahasia);
    for (const r of [salah, tanpa, takAda]) {
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe("TIKET_TIDAK_DITEMUKAN");
    }
    expect(salah.body).toBe(takAda.body);
    // the receipt is typed by hand: case and dashes do not matter
    expect(
      (await baca(nomorTiket.toLowerCase(), kodeRahasia.toLowerCase().replace(/-/g, ""))).statusCode,
    ).toBe(200);
  });

  it("refuses a report without valid proof-of-work, and a replayed challenge", async () => {
    const g = await minta(ctx.app, null, { method: "GET", url: publik(a.kode) });
    const t = g.json().tantangan;
    // a nonce that does not do the work
    let salah = "x";
    while (nolDepan(hashKerja(t.tantangan, salah)) >= t.kesulitan) salah += "x";
    const tanpa = await minta(ctx.app, null, {
      method: "POST",
      url: publik(a.kode),
      payload: { tantangan: t.tantangan, nonce: salah, judul: "j", isi: "i" },
    });
    expect(tanpa.statusCode).toBe(400);
    expect(tanpa.json().error.code).toBe("TANTANGAN_TIDAK_SAH");
    const payload = {
      tantangan: t.tantangan,
      nonce: cariNonce(t.tantangan, t.kesulitan),
      judul: "j",
      isi: "i",
    };
    const satu = await minta(ctx.app, null, { method: "POST", url: publik(a.kode), payload });
    const dua = await minta(ctx.app, null, { method: "POST", url: publik(a.kode), payload });
    expect(satu.statusCode).toBe(201);
    expect(dua.statusCode).toBe(409);
    expect(dua.json().error.code).toBe("TANTANGAN_TERPAKAI");
    expect((await minta(ctx.app, null, { method: "GET", url: publik("TIDAK-ADA") })).statusCode).toBe(404);
  });

  it("limits guessing: failed receipt checks from one address are refused with 429 after the hourly limit", async () => {
    const { nomorTiket, kodeRahasia } = (await laporkan(penanda())).json();
    const tebak = (kode: string) =>
      minta(ctx.app, null, {
        method: "GET",
        url: `${publik(a.kode)}/${nomorTiket}`,
        headers: { "x-kode-rahasia": kode },
        remoteAddress: "192.0.2.44",
      });
    for (let i = 0; i < BATAS_WBS_PER_JAM; i++) expect((await tebak(`SALAH-${i}`)).statusCode).toBe(404);
    const lagi = await tebak("SALAH-LAGI");
    expect(lagi.statusCode).toBe(429);
    expect(lagi.json().error.code).toBe("TERLALU_BANYAK");
    // another address is not affected
    expect((await baca(nomorTiket, kodeRahasia)).statusCode).toBe(200);
  });

  it("carries a two-way dialogue: the handler asks, the reporter answers with the receipt, the handler closes with an outcome the reporter sees", async () => {
    const { nomorTiket, kodeRahasia } = (await laporkan(penanda())).json();
    const id = await idLaporan(nomorTiket);
    const daftar = await minta(ctx.app, pengelola.sesi, { method: "GET", url: `/api/instansi/${a.id}/wbs` });
    expect(daftar.statusCode, daftar.body).toBe(200);
    expect(daftar.json().items.map((x: { nomorTiket: string }) => x.nomorTiket)).toContain(nomorTiket);

    const tanya = await minta(ctx.app, pengelola.sesi, {
      method: "POST",
      url: `/api/instansi/${a.id}/wbs/${id}/pesan`,
      payload: { isi: "Kapan kejadiannya?" },
    });
    expect(tanya.statusCode, tanya.body).toBe(201);
    expect(
      (
        await minta(ctx.app, pengelola.sesi, {
          method: "PATCH",
          url: `/api/instansi/${a.id}/wbs/${id}/status`,
          payload: { status: "diverifikasi" },
        })
      ).statusCode,
    ).toBe(204);
    const lihat = await baca(nomorTiket, kodeRahasia);
    expect(lihat.json().status).toBe("diverifikasi");
    expect(lihat.json().pesan).toEqual([
      expect.objectContaining({ dari: "pengelola", isi: "Kapan kejadiannya?" }),
    ]);
    // the reporter does not learn the handler's name
    expect(lihat.body).not.toContain("Pengguna ");

    const jawab = await minta(ctx.app, null, {
      method: "POST",
      url: `${publik(a.kode)}/${nomorTiket}/pesan`,
      headers: { "x-kode-rahasia": kodeRahasia },
      payload: { isi: "Senin pagi, loket 3." },
    });
    expect(jawab.statusCode, jawab.body).toBe(201);
    const palsu = await minta(ctx.app, null, {
      method: "POST",
      url: `${publik(a.kode)}/${nomorTiket}/pesan`,
      headers: { "x-kode-rahasia": "SALAH" },
      payload: { isi: "sisipan" },
    });
    expect(palsu.statusCode).toBe(404);

    const detail = await minta(ctx.app, pengelola.sesi, {
      method: "GET",
      url: `/api/instansi/${a.id}/wbs/${id}`,
    });
    expect(detail.json().pesan.map((p: { dari: string; isi: string }) => [p.dari, p.isi])).toEqual([
      ["pengelola", "Kapan kejadiannya?"],
      ["pelapor", "Senin pagi, loket 3."],
    ]);

    const tanpaHasil = await minta(ctx.app, pengelola.sesi, {
      method: "PATCH",
      url: `/api/instansi/${a.id}/wbs/${id}/status`,
      payload: { status: "ditutup" },
    });
    expect(tanpaHasil.statusCode).toBe(400);
    const tutup = await minta(ctx.app, pengelola.sesi, {
      method: "PATCH",
      url: `/api/instansi/${a.id}/wbs/${id}/status`,
      payload: { status: "ditutup", hasil: "terbukti", catatan: "Petugas dijatuhi hukuman disiplin." },
    });
    expect(tutup.statusCode, tutup.body).toBe(204);
    const akhir = (await baca(nomorTiket, kodeRahasia)).json();
    expect(akhir).toMatchObject({ status: "ditutup", hasil: "terbukti" });
    expect(akhir.tanggalDitutup).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(akhir.pesan.at(-1).isi).toBe("Petugas dijatuhi hukuman disiplin.");

    const audit = await ctx.db
      .selectFrom("audit_log")
      .select(["aksi", "objek_id"])
      .where("instansi_id", "=", a.id)
      .where("aksi", "like", "wbs.%")
      .execute();
    expect(audit.map((x) => x.aksi)).toEqual(
      expect.arrayContaining(["wbs.daftar", "wbs.baca", "wbs.status"]),
    );
    // the reporter's own writes are audited without naming the report
    const pelapor = audit.filter((x) => x.aksi === "wbs.lapor" || x.aksi === "wbs.pesan_pelapor");
    expect(pelapor.length).toBeGreaterThan(0);
    expect(pelapor.every((x) => x.objek_id === null)).toBe(true);
  });

  it("routes a report away from a handler it concerns; excluding every handler is refused", async () => {
    const { nomorTiket } = (await laporkan(penanda(), { kecualikan: [pengelola2.penggunaId] })).json();
    const id = await idLaporan(nomorTiket);
    const daftar2 = await minta(ctx.app, pengelola2.sesi, {
      method: "GET",
      url: `/api/instansi/${a.id}/wbs?pageSize=200`,
    });
    expect(daftar2.json().items.map((x: { id: string }) => x.id)).not.toContain(id);
    expect(
      (await minta(ctx.app, pengelola2.sesi, { method: "GET", url: `/api/instansi/${a.id}/wbs/${id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await minta(ctx.app, pengelola.sesi, { method: "GET", url: `/api/instansi/${a.id}/wbs/${id}` }))
        .statusCode,
    ).toBe(200);
    const semua = await laporkan(penanda(), { kecualikan: [pengelola.penggunaId, pengelola2.penggunaId] });
    expect(semua.statusCode).toBe(400);
    expect(semua.json().error.code).toBe("SEMUA_PENGELOLA_DIKECUALIKAN");

    // a handler routes a report away from a colleague later on
    const kedua = (await laporkan(penanda())).json();
    const id2 = await idLaporan(kedua.nomorTiket);
    const x = await minta(ctx.app, pengelola.sesi, {
      method: "POST",
      url: `/api/instansi/${a.id}/wbs/${id2}/pengecualian`,
      payload: { penggunaId: pengelola2.penggunaId },
    });
    expect(x.statusCode, x.body).toBe(204);
    expect(
      (await minta(ctx.app, pengelola2.sesi, { method: "GET", url: `/api/instansi/${a.id}/wbs/${id2}` }))
        .statusCode,
    ).toBe(404);
  });

  it("refuses every role outside the handlers on every register route", async () => {
    const { nomorTiket } = (await laporkan(penanda())).json();
    const id = await idLaporan(nomorTiket);
    for (const [peran, o] of lain) {
      for (const [method, url, payload] of [
        ["GET", `/api/instansi/${a.id}/wbs`, undefined],
        ["GET", `/api/instansi/${a.id}/wbs/${id}`, undefined],
        ["POST", `/api/instansi/${a.id}/wbs/${id}/pesan`, { isi: "x" }],
        ["PATCH", `/api/instansi/${a.id}/wbs/${id}/status`, { status: "investigasi" }],
      ] as const) {
        const r = await minta(ctx.app, o.sesi, { method, url, payload });
        expect(r.statusCode, `${peran} ${method} ${url}`).toBe(403);
      }
    }
    // the statistics carry no text and are for leaders and supervisors
    const s = await minta(ctx.app, lain.get("pimpinan")?.sesi ?? null, {
      method: "GET",
      url: `/api/instansi/${a.id}/wbs/statistik`,
    });
    expect(s.statusCode).toBe(200);
    expect(s.json().jumlah).toBeGreaterThan(0);
    expect(
      (
        await minta(ctx.app, lain.get("pegawai")?.sesi ?? null, {
          method: "GET",
          url: `/api/instansi/${a.id}/wbs/statistik`,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("keeps the text of `isi` out of a dump of the database", async () => {
    const isi = penanda();
    expect((await laporkan(isi)).statusCode).toBe(201);
    let dump: Buffer;
    if (ctx.jenis === "pglite") {
      const pglite = ctx.basisdata.pglite;
      if (!pglite) throw new Error("no PGlite");
      await pglite.query("checkpoint");
      dump = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
    } else {
      const pgDump = ["/usr/bin/pg_dump", ...globOne("/usr/lib/postgresql")].find((p) => fs.existsSync(p));
      if (!pgDump || !TEST_DATABASE_URL) throw new Error("pg_dump not found");
      const { nama } = (await sql<{ nama: string }>`select current_database() as nama`.execute(ctx.db))
        .rows[0];
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${nama}`;
      dump = execFileSync(pgDump, ["--no-owner", url.toString()], { maxBuffer: 512 * 1024 * 1024 });
    }
    // the scan works: the agency's name, stored in clear, is found
    expect(dump.includes(Buffer.from(a.nama))).toBe(true);
    expect(dump.includes(Buffer.from(isi))).toBe(false);
  });

  it("keeps the text out of the server's logs", async () => {
    const baris: string[] = [];
    const app = await buatApp({
      config: ctx.config,
      db: ctx.db,
      logger: buatLogger("trace", { write: (s: string) => baris.push(s) }),
      web: false,
    });
    await app.ready();
    try {
      const isi = penanda();
      const g = await minta(app, null, { method: "GET", url: publik(a.kode) });
      const t = g.json().tantangan;
      const r = await minta(app, null, {
        method: "POST",
        url: publik(a.kode),
        remoteAddress: "198.51.100.77",
        payload: { tantangan: t.tantangan, nonce: cariNonce(t.tantangan, t.kesulitan), judul: "judul", isi },
      });
      expect(r.statusCode).toBe(201);
      const { nomorTiket, kodeRahasia } = r.json();
      await minta(app, null, {
        method: "GET",
        url: `${publik(a.kode)}/${nomorTiket}`,
        headers: { "x-kode-rahasia": kodeRahasia },
      });
      // an oversized text is refused without echoing it
      await minta(app, null, {
        method: "POST",
        url: `${publik(a.kode)}/${nomorTiket}/pesan`,
        headers: { "x-kode-rahasia": kodeRahasia },
        payload: { isi: `${isi}${"x".repeat(5000)}` },
      });
      const log = baris.join("\n");
      expect(log.length).toBeGreaterThan(0);
      expect(log).not.toContain(isi);
      expect(log).not.toContain(kodeRahasia);
      expect(log).not.toContain("198.51.100.77");
    } finally {
      await app.close();
    }
  });

  it("seeds demo reports in every status that the statistics count (median days to close)", async () => {
    const b = await buatInstansi(ctx.db);
    const h = await buatOrang(ctx.app, ctx.db, b.id, ["pengelola_wbs"]);
    const pim = await buatOrang(ctx.app, ctx.db, b.id, ["pimpinan"]);
    await ctx.db
      .transaction()
      .execute((trx) =>
        seedSinergiDemo(trx, b.id, h.penggunaId, ctx.config.dataDir, new Date("2026-06-30T00:00:00Z")),
      );
    const s = await minta(ctx.app, pim.sesi, { method: "GET", url: `/api/instansi/${b.id}/wbs/statistik` });
    expect(s.json()).toMatchObject({
      jumlah: 5,
      ditutup: 2,
      persenDitutup: 40,
      medianHariSelesai: 35,
      perStatus: { diterima: 1, diverifikasi: 1, investigasi: 1, ditutup: 2 },
    });
    const daftar = await minta(ctx.app, h.sesi, { method: "GET", url: `/api/instansi/${b.id}/wbs` });
    expect(daftar.json().items).toHaveLength(5);
  });

  it("rotates master keys: old reports stay readable while a new key seals new ones; re-sealing moves them", async () => {
    const { nomorTiket, kodeRahasia } = (await laporkan(penanda())).json();
    const baru = entriKunciBaru("uji2");
    process.env.NURANI_KUNCI_WBS = `${baru},${KUNCI_UJI}`;
    try {
      expect((await baca(nomorTiket, kodeRahasia)).statusCode).toBe(200);
      const kedua = (await laporkan(penanda())).json();
      const r = await ctx.db
        .selectFrom("wbs_laporan")
        .select(["id", "kunci_id", "kunci_data"])
        .where("nomor_tiket", "in", [nomorTiket, kedua.nomorTiket])
        .orderBy("kunci_id")
        .execute();
      expect(r.map((x) => x.kunci_id)).toEqual(["uji1", "uji2"]);
      const cincin = muatCincin(ctx.config.dataDir);
      const lama = r[0];
      const s = segelUlang(cincin, lama.kunci_id, lama.kunci_data);
      await ctx.db
        .updateTable("wbs_laporan")
        .set({ kunci_id: s.kunciId, kunci_data: s.tersegel })
        .where("id", "=", lama.id)
        .execute();
      // the old key can go once nothing uses it
      process.env.NURANI_KUNCI_WBS = baru;
      expect((await baca(nomorTiket, kodeRahasia)).statusCode).toBe(200);
    } finally {
      process.env.NURANI_KUNCI_WBS = KUNCI_UJI;
    }
    expect(() => uraiCincin("k:pendek")).toThrow();
  });
});

function globOne(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((v) => `${dir}/${v}/bin/pg_dump`);
}
