/**
 * Token guessing limit on the public test routes (docs/asesmen.md "Token
 * guessing"): failed lookups per caller address are counted under an HMAC of
 * the address; beyond the limit the address gets 429 on every token route,
 * while successful requests are not counted and other addresses are unaffected.
 */
import { expect, it } from "vitest";
import { BATAS_TEBAK_BAWAAN, BatasTebak, batasTebakUjian } from "../src/fitur/asesmen/batas-tebak.ts";
import { buatPegawai, kampanyeAktif, tokenUntuk } from "./asesmen-bantu.ts";
import { buatInstansi, buatPengguna, describeOnDatabases, login } from "./support/index.ts";

const { maks } = BATAS_TEBAK_BAWAAN;

describeOnDatabases("asesmen: token guessing limit", (ctx) => {
  it("blocks after maks failures until the window ends, then forgets (fake clock)", async () => {
    let t = Date.now();
    const b = new BatasTebak({ maks: 3, jendelaMs: 60_000, sekarang: () => t });
    await b.kosongkan(ctx.db);
    for (let i = 0; i < 3; i++) {
      expect(await b.tunggu(ctx.db, "192.0.2.7")).toBe(0);
      await b.catatGagal(ctx.db, "192.0.2.7");
    }
    expect(await b.tunggu(ctx.db, "192.0.2.7")).toBe(60);
    expect(await b.tunggu(ctx.db, "192.0.2.8")).toBe(0);
    t += 59_000;
    expect(await b.tunggu(ctx.db, "192.0.2.7")).toBe(1);
    t += 1_000;
    expect(await b.tunggu(ctx.db, "192.0.2.7")).toBe(0);
    expect(await b.isi(ctx.db)).toHaveLength(0);
    // a failure after the window starts a new one
    await b.catatGagal(ctx.db, "192.0.2.7");
    expect(await b.isi(ctx.db)).toEqual([expect.objectContaining({ gagal: 1 })]);
    await b.kosongkan(ctx.db);
  });

  it("keeps neither the address nor a plain hash of it; every limiter on one database counts together", async () => {
    const b = new BatasTebak({ maks: 2 });
    await b.catatGagal(ctx.db, "203.0.113.9");
    const isi = JSON.stringify(await b.isi(ctx.db));
    expect(isi).not.toContain("203.0.113.9");
    expect(isi).not.toContain("203");
    // a second limiter (another process) keys the address the same way: the count is shared
    const c = new BatasTebak({ maks: 2 });
    await c.catatGagal(ctx.db, "203.0.113.9");
    expect(await c.isi(ctx.db)).toEqual([expect.objectContaining({ gagal: 2 })]);
    expect(await b.tunggu(ctx.db, "203.0.113.9")).toBeGreaterThan(0);
    await b.kosongkan(ctx.db);
  });

  it("a process remembers the blocks it saw without reading again; one that saw none reads the shared count and is exact", async () => {
    let t = Date.now();
    const jam = () => t;
    const a = new BatasTebak({ maks: 2, jendelaMs: 60_000, sekarang: jam });
    const b = new BatasTebak({ maks: 2, jendelaMs: 60_000, sekarang: jam });
    await a.kosongkan(ctx.db);
    const x = "192.0.2.44";
    expect(await b.tunggu(ctx.db, x)).toBe(0);
    expect(await a.catatGagal(ctx.db, x)).toBe(1);
    expect(await a.catatGagal(ctx.db, x)).toBe(2); // the limit: a blocks the address at once
    // b has not seen the block but reads the shared count: blocked there too, no stale answer
    expect(await b.tunggu(ctx.db, x)).toBe(60);
    // a failure counted past the limit reports the shared count (the route answers 429 for it)
    const c = new BatasTebak({ maks: 2, jendelaMs: 60_000, sekarang: jam });
    expect(await c.catatGagal(ctx.db, x)).toBe(3);
    // what a process saw blocked it refuses without reading: gone from the table, still blocked
    await ctx.db.deleteFrom("batas_tebak").execute();
    expect(await a.tunggu(ctx.db, x)).toBe(60);
    t += 30_000;
    expect(a.tungguDiingat(await a.kunci(ctx.db, x))).toBe(30);
    // the window's end frees it everywhere
    t += 30_000;
    for (const p of [a, b, c]) expect(await p.tunggu(ctx.db, x)).toBe(0);
    await a.kosongkan(ctx.db);
  });

  const JAWABAN = { blok: "B01", palingSesuai: "x", palingTidakSesuai: "y", urutanKlien: 1 };
  const ujianDari = (alamat: string, token: string, jalur = "", method: "GET" | "POST" = "GET") =>
    ctx.app.inject({
      method,
      url: `/api/ujian${jalur}`,
      headers: { "x-token-ujian": token },
      remoteAddress: alamat,
      ...(method === "POST"
        ? { payload: jalur === "/jawaban" ? JAWABAN : jalur === "/mulai" ? { setuju: true } : {} }
        : {}),
    });
  const jalur: [string, "GET" | "POST"][] = [
    ["", "GET"],
    ["/mulai", "POST"],
    ["/jawaban", "POST"],
    ["/kirim", "POST"],
  ];

  it("refuses an address after too many wrong tokens (429, Bahasa Indonesia), lets valid tokens elsewhere through, stores nothing about the address", async () => {
    await batasTebakUjian.kosongkan(ctx.db);
    const a = await buatInstansi(ctx.db);
    await buatPegawai(ctx.db, a.id);
    await buatPegawai(ctx.db, a.id);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }]);
    const sup = await login(ctx.app, u.username, u.password);
    const kampanyeId = await kampanyeAktif(ctx.app, sup, a.id);
    const pesertaIds = (
      await ctx.db.selectFrom("peserta_asesmen").select("id").where("kampanye_id", "=", kampanyeId).execute()
    ).map((r) => r.id);
    const token = await tokenUntuk(ctx.app, sup, a.id, kampanyeId, pesertaIds);
    const [t1, t2] = pesertaIds.map((p) => token.get(p) as string);

    const penebak = "198.51.100.66";
    const jujur = "198.51.100.77";
    // successful requests are never counted
    for (let i = 0; i < maks + 5; i++) expect((await ujianDari(penebak, t1)).statusCode).toBe(200);
    expect(await batasTebakUjian.isi(ctx.db)).toHaveLength(0);

    // wrong tokens (well-formed, malformed, missing) on every route count up to the limit
    for (let i = 0; i < maks; i++) {
      const [j, m] = jalur[i % 4];
      const salah = i % 5 === 0 ? "bukan token" : `ZZZZ-ZZZZ-${String(i).padStart(4, "0")}`;
      const res = await ujianDari(penebak, salah, j, m);
      expect(res.statusCode, `${i} ${res.body}`).toBe(404);
      expect(res.json().error.code).toBe("TOKEN_TIDAK_DIKENAL");
    }
    expect(await batasTebakUjian.isi(ctx.db)).toEqual([expect.objectContaining({ gagal: maks })]);

    // beyond the limit: 429 on every route, even with a valid token, before any lookup
    for (const [j, m] of jalur) {
      const res = await ujianDari(penebak, j === "" ? t1 : "ZZZZ-ZZZZ-9999", j, m);
      expect(res.statusCode, res.body).toBe(429);
      expect(res.json().error.code).toBe("TERLALU_BANYAK_TEBAKAN");
      expect(res.json().error.message).toMatch(/Terlalu banyak token yang salah/);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      expect(Number(res.headers["retry-after"])).toBeLessThanOrEqual(BATAS_TEBAK_BAWAAN.jendelaMs / 1000);
    }
    const en = await ctx.app.inject({
      method: "GET",
      url: "/api/ujian",
      headers: { "x-token-ujian": "ZZZZ-ZZZZ-ZZZZ", "accept-language": "en" },
      remoteAddress: penebak,
    });
    expect(en.json().error.message).toMatch(/Too many wrong tokens/);
    // refusals while blocked are not counted again (the window does not grow)
    expect(await batasTebakUjian.isi(ctx.db)).toEqual([expect.objectContaining({ gagal: maks })]);

    // another address with a valid token works throughout, and can still make a few mistakes
    expect((await ujianDari(jujur, t2)).statusCode).toBe(200);
    expect((await ujianDari(jujur, "ZZZZ-ZZZZ-ZZZZ")).statusCode).toBe(404);
    expect((await ujianDari(jujur, t2, "/mulai", "POST")).statusCode).toBe(200);

    // nothing about the guessing address is kept: not by the limiter, not in the audit log
    const isi = JSON.stringify(await batasTebakUjian.isi(ctx.db));
    expect(isi).not.toContain(penebak);
    expect(isi).not.toContain(jujur);
    const audit = await ctx.db.selectFrom("audit_log").select("id").where("ip", "=", penebak).execute();
    // only the 200 reads with the valid token wrote audit entries (with the address, as every
    // identified read does); the failed guesses and the refusals wrote none
    expect(audit).toHaveLength(maks + 5);
    const gagal = await ctx.db
      .selectFrom("audit_log")
      .select("id")
      .where("ip", "=", penebak)
      .where("aksi", "!=", "asesmen.ujian.baca")
      .execute();
    expect(gagal).toHaveLength(0);
  });

  it("an address another process blocked: the answer save refuses it (429) with a right or a wrong token and stores nothing, with no read before the save", async () => {
    await batasTebakUjian.kosongkan(ctx.db);
    const a = await buatInstansi(ctx.db);
    await buatPegawai(ctx.db, a.id);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }]);
    const sup = await login(ctx.app, u.username, u.password);
    const kampanyeId = await kampanyeAktif(ctx.app, sup, a.id);
    const [pesertaId] = (
      await ctx.db.selectFrom("peserta_asesmen").select("id").where("kampanye_id", "=", kampanyeId).execute()
    ).map((r) => r.id);
    const t1 = (await tokenUntuk(ctx.app, sup, a.id, kampanyeId, [pesertaId])).get(pesertaId) as string;
    const alamat = "198.51.100.88";
    const mulai = await ujianDari(alamat, t1, "/mulai", "POST");
    expect(mulai.statusCode, mulai.body).toBe(200);
    const b0 = (mulai.json() as { blok: { id: string; pernyataan: { id: string }[] }[] }).blok[0];
    const jawab = (token: string, urutanKlien: number) =>
      ctx.app.inject({
        method: "POST",
        url: "/api/ujian/jawaban",
        headers: { "x-token-ujian": token },
        remoteAddress: alamat,
        payload: {
          blok: b0.id,
          palingSesuai: b0.pernyataan[0].id,
          palingTidakSesuai: b0.pernyataan[1].id,
          urutanKlien,
        },
      });
    expect((await jawab(t1, 1)).statusCode).toBe(200);

    // another server process (a limiter of its own on the same database) counts this address to the limit
    const lain = new BatasTebak();
    for (let i = 0; i < maks; i++) await lain.catatGagal(ctx.db, alamat);

    // this process has not read the counter since: the save's own statement finds the block
    const benar = await jawab(t1, 2);
    expect(benar.statusCode, benar.body).toBe(429);
    expect(benar.json().error.code).toBe("TERLALU_BANYAK_TEBAKAN");
    expect(Number(benar.headers["retry-after"])).toBeGreaterThan(0);
    const tersimpan = await ctx.db
      .selectFrom("jawaban_asesmen")
      .select("urutan_klien")
      .where("peserta_id", "=", pesertaId)
      .execute();
    expect(tersimpan.map((r) => r.urutan_klien)).toEqual([1]);
    // a wrong token gets the same answer (a guess past the limit learns nothing)
    const salah = await jawab("ZZZZ-ZZZZ-0001", 3);
    expect(salah.statusCode).toBe(429);
    // a valid token from another address still saves
    const lainAlamat = await ctx.app.inject({
      method: "POST",
      url: "/api/ujian/jawaban",
      headers: { "x-token-ujian": t1 },
      remoteAddress: "198.51.100.99",
      payload: {
        blok: b0.id,
        palingSesuai: b0.pernyataan[1].id,
        palingTidakSesuai: b0.pernyataan[0].id,
        urutanKlien: 4,
      },
    });
    expect(lainAlamat.statusCode, lainAlamat.body).toBe(200);
    expect(lainAlamat.json().diterapkan).toBe(true);
    await batasTebakUjian.kosongkan(ctx.db);
  });
});
