import { sql } from "kysely";
import { beforeAll, expect, it } from "vitest";
import {
  buatTantangan,
  cariNonce,
  KESULITAN_BAWAAN,
  nolDepan,
  periksaKerja,
} from "../src/fitur/komunitas/bukti-kerja.ts";
import { BATAS_PER_JAM } from "../src/fitur/komunitas/layanan-survei.ts";
import { buatOrang, type OrangUji } from "./komunitas-bantu.ts";
import { buatInstansi, describeOnDatabases, type InstansiUji, minta } from "./support/index.ts";

const JAWABAN = [5, 4, 4, 3, 2];

describeOnDatabases("komunitas: public service-integrity survey (no login)", (ctx) => {
  let a: InstansiUji;
  let b: InstansiUji;
  let admin: OrangUji;
  let pegawai: OrangUji;
  const publik = (kode: string) => `/api/publik/survei/${kode}`;

  async function tantangan(kode: string) {
    const res = await minta(ctx.app, null, { method: "GET", url: publik(kode) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().tantangan as { tantangan: string; kesulitan: number };
  }
  async function kirim(kode: string, alamat: string, ubah: Record<string, unknown> = {}) {
    const t = await tantangan(kode);
    const payload = {
      tantangan: t.tantangan,
      nonce: cariNonce(t.tantangan, t.kesulitan),
      jawaban: JAWABAN,
      ...ubah,
    };
    const res = await minta(ctx.app, null, {
      method: "POST",
      url: publik(kode),
      payload,
      remoteAddress: alamat,
    });
    return { res, payload };
  }

  beforeAll(async () => {
    a = await buatInstansi(ctx.db, { kode: `SRV-${Math.random().toString(36).slice(2, 8).toUpperCase()}` });
    b = await buatInstansi(ctx.db);
    admin = await buatOrang(ctx.app, ctx.db, a.id, ["admin_instansi"]);
    pegawai = await buatOrang(ctx.app, ctx.db, a.id, ["pegawai"]);
  });

  it("shows the agency's survey to anyone; unknown and national codes are 404", async () => {
    const res = await minta(ctx.app, null, { method: "GET", url: publik(a.kode) });
    expect(res.json().instansi).toEqual({ kode: a.kode, nama: a.nama });
    expect(res.json().pertanyaan).toHaveLength(5);
    expect(res.json().tantangan.kesulitan).toBe(KESULITAN_BAWAAN);
    expect((await minta(ctx.app, null, { method: "GET", url: publik("TIDAK-ADA") })).statusCode).toBe(404);
    const nas = await buatInstansi(ctx.db, { nasional: true });
    expect((await minta(ctx.app, null, { method: "GET", url: publik(nas.kode) })).statusCode).toBe(404);
  });

  it("accepts a response with a solved challenge once; a replay, a wrong nonce, another agency's or a forged challenge are refused", async () => {
    const { res, payload } = await kirim(a.kode, "198.51.100.1");
    expect(res.statusCode, res.body).toBe(201);
    const ulang = await minta(ctx.app, null, {
      method: "POST",
      url: publik(a.kode),
      payload,
      remoteAddress: "198.51.100.1",
    });
    expect(ulang.statusCode).toBe(409);
    expect(ulang.json().error.code).toBe("TANTANGAN_TERPAKAI");
    expect(ulang.json().error.message).toMatch(/sudah dipakai/);

    const t = await tantangan(a.kode);
    let salah = "x";
    while (
      nolDepan((await import("../src/fitur/komunitas/bukti-kerja.ts")).hashKerja(t.tantangan, salah)) >=
      t.kesulitan
    )
      salah += "x";
    const tanpaKerja = await minta(ctx.app, null, {
      method: "POST",
      url: publik(a.kode),
      payload: { tantangan: t.tantangan, nonce: salah, jawaban: JAWABAN },
      remoteAddress: "198.51.100.2",
    });
    expect(tanpaKerja.statusCode).toBe(400);
    expect(tanpaKerja.json().error.code).toBe("TANTANGAN_TIDAK_SAH");

    const tb = await tantangan(b.kode);
    const lintas = await minta(ctx.app, null, {
      method: "POST",
      url: publik(a.kode),
      payload: { tantangan: tb.tantangan, nonce: cariNonce(tb.tantangan, tb.kesulitan), jawaban: JAWABAN },
      remoteAddress: "198.51.100.2",
    });
    expect(lintas.statusCode).toBe(400);

    const palsu = buatTantangan("bukan-rahasia-server", a.kode, Date.now());
    const dipalsukan = await minta(ctx.app, null, {
      method: "POST",
      url: publik(a.kode),
      payload: {
        tantangan: palsu.tantangan,
        nonce: cariNonce(palsu.tantangan, palsu.kesulitan),
        jawaban: JAWABAN,
      },
      remoteAddress: "198.51.100.2",
    });
    expect(dipalsukan.statusCode).toBe(400);
    const n = await ctx.db
      .selectFrom("survei_respons")
      .select("id")
      .where("instansi_id", "=", a.id)
      .execute();
    expect(n.length).toBe(1);
  });

  it("checks expiry, difficulty and tampering in the proof-of-work itself", () => {
    const r = "rahasia-uji";
    const t = buatTantangan(r, "KODE", 1_000_000, 8);
    const nonce = cariNonce(t.tantangan, 8);
    expect(periksaKerja(r, "KODE", t.tantangan, nonce, 1_000_001, 8).ok).toBe(true);
    expect(periksaKerja(r, "KODE", t.tantangan, nonce, 1_000_000 + 11 * 60_000, 8).ok).toBe(false); // expired
    expect(periksaKerja(r, "KODE", t.tantangan, nonce, 1_000_001, 16).ok).toBe(false); // too easy
    expect(periksaKerja(r, "LAIN", t.tantangan, nonce, 1_000_001, 8).ok).toBe(false);
    const [isi, sig] = t.tantangan.split(".");
    const ubah = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(isi, "base64url").toString()), d: 0 }),
    ).toString("base64url");
    expect(periksaKerja(r, "KODE", `${ubah}.${sig}`, nonce, 1_000_001, 0).ok).toBe(false);
  });

  it("refuses over-long fields and out-of-range answers with a clear 400", async () => {
    const t = await tantangan(a.kode);
    for (const ubah of [
      { komentar: "x".repeat(1001) },
      { jawaban: [6, 1, 1, 1, 1] },
      { jawaban: [1, 2] },
      { layanan: "y".repeat(101) },
    ]) {
      const res = await minta(ctx.app, null, {
        method: "POST",
        url: publik(a.kode),
        payload: { tantangan: t.tantangan, nonce: "0", jawaban: JAWABAN, ...ubah },
        remoteAddress: "198.51.100.3",
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message.length).toBeGreaterThan(5);
    }
  });

  it(`limits an address to ${BATAS_PER_JAM} responses an hour, other addresses unaffected, and stores no address anywhere`, async () => {
    const alamat = "203.0.113.77";
    for (let i = 0; i < BATAS_PER_JAM; i++) {
      const { res } = await kirim(a.kode, alamat, { komentar: `komentar ${i}` });
      expect(res.statusCode, res.body).toBe(201);
    }
    const { res: lebih } = await kirim(a.kode, alamat);
    expect(lebih.statusCode).toBe(429);
    expect(lebih.json().error.code).toBe("TERLALU_BANYAK");
    const { res: lain } = await kirim(a.kode, "203.0.113.78");
    expect(lain.statusCode).toBe(201);
    // no table holds the address in clear
    const tabel = await sql<{ t: string }>`
      select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(
      ctx.db,
    );
    for (const { t } of tabel.rows) {
      const r = await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(t)} x where x::text like ${"%203.0.113.7%"}`.execute(
        ctx.db,
      );
      expect(r.rows[0].n, t).toBe(0);
    }
  });

  it("aggregates results for the agency's roles only, fenced to the agency", async () => {
    const res = await minta(ctx.app, admin.sesi, {
      method: "GET",
      url: `/api/instansi/${a.id}/survei-publik/hasil`,
    });
    expect(res.statusCode).toBe(200);
    const h = res.json();
    expect(h.jumlah).toBe(BATAS_PER_JAM + 2);
    expect(h.pertanyaan[0].rerata).toBe(5);
    expect(h.pertanyaan[4].sebaran).toEqual([0, h.jumlah, 0, 0, 0]);
    const kom = await minta(ctx.app, admin.sesi, {
      method: "GET",
      url: `/api/instansi/${a.id}/survei-publik/komentar?pageSize=5`,
    });
    expect(kom.json().total).toBe(BATAS_PER_JAM);
    expect(kom.json().items).toHaveLength(5);
    expect(
      (
        await minta(ctx.app, pegawai.sesi, {
          method: "GET",
          url: `/api/instansi/${a.id}/survei-publik/hasil`,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await minta(ctx.app, admin.sesi, { method: "GET", url: `/api/instansi/${b.id}/survei-publik/hasil` }))
        .statusCode,
    ).toBe(403);
  });
});
