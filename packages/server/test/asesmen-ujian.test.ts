/**
 * Test delivery (docs/asesmen.md "Flow", "Guarantees";
 * docs/api.md "Conventions" for bad input): start, consent, personal order, saving answers (idempotent,
 * ordered, two tabs), final submission, token and identity fences. Deadlines, the window and
 * the order of saves: asesmen-ujian-batas.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { urutanPeserta } from "../src/fitur/asesmen/urutan.ts";
import {
  buatPegawai,
  buatUnit,
  FORM_S,
  isiBlok as isi,
  jam,
  jawabanDb,
  kampanyeAktif,
  tautkan,
  tokenUntuk,
  ujian,
} from "./asesmen-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

const PERSETUJUAN = "Tujuan: pemetaan integritas. Hasil dilihat Tim Supervisi. Disimpan 5 tahun.";

type Keadaan = {
  pesertaId: string;
  status: string;
  blok: { id: string; pernyataan: { id: string; teks: string }[] }[];
  jawaban: { blok: string; palingSesuai: string; palingTidakSesuai: string; urutanKlien: number }[];
  batas: string | null;
  persetujuan: string | null;
  kampanye: { teksPersetujuan: string | null };
};

describeOnDatabases("asesmen: test delivery", (ctx) => {
  let a: InstansiUji;
  let b: InstansiUji;
  let supervisor: SesiUji;
  let sesiPegawai: SesiUji;
  let kampanyeId: string;
  const pegawai: string[] = [];
  /** participant id by employee id */
  const peserta = new Map<string, string>();
  let pegawaiB: string;

  const auditJawab = (pesertaId: string) =>
    ctx.db
      .selectFrom("audit_log")
      .select(["instansi_id", "pengguna_id", "objek_jenis", "request_id"])
      .where("objek_id", "=", pesertaId)
      .where("aksi", "=", "asesmen.ujian.jawab")
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    b = await buatInstansi(ctx.db);
    const unit = await buatUnit(ctx.db, a.id, "U1");
    for (let i = 0; i < 6; i++)
      pegawai.push(await buatPegawai(ctx.db, a.id, { nama: `Pegawai ${i}`, unitId: unit }));
    pegawaiB = await buatPegawai(ctx.db, b.id, { nama: "Pegawai B" });
    const uS = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }]);
    const uP = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    await tautkan(ctx.db, uP.id, a.id, pegawai[0]);
    supervisor = await login(ctx.app, uS.username, uS.password);
    sesiPegawai = await login(ctx.app, uP.username, uP.password);
    kampanyeId = await kampanyeAktif(ctx.app, supervisor, a.id, { teksPersetujuan: PERSETUJUAN });
    const rows = await ctx.db
      .selectFrom("peserta_asesmen")
      .select(["id", "pegawai_id"])
      .where("kampanye_id", "=", kampanyeId)
      .execute();
    for (const r of rows) peserta.set(r.pegawai_id, r.id);
  });

  describe("one-time token holder", () => {
    let token: string;
    let pid: string;

    beforeAll(async () => {
      pid = peserta.get(pegawai[1]) as string;
      token = (await tokenUntuk(ctx.app, supervisor, a.id, kampanyeId, [pid])).get(pid) as string;
    });

    it("refuses unknown, malformed and missing tokens with 404 TOKEN_TIDAK_DIKENAL in Bahasa Indonesia", async () => {
      for (const t of ["AAAA-BBBB-CCCC", "bukan token", "x".repeat(200), `${token}X`]) {
        const res = await ujian(ctx.app, t, "GET", "");
        expect(res.statusCode, t).toBe(404);
        expect(res.json().error.code).toBe("TOKEN_TIDAK_DIKENAL");
        expect(res.json().error.message).toMatch(/Token ujian tidak dikenal/);
      }
      const tanpa = await ctx.app.inject({ method: "GET", url: "/api/ujian" });
      expect(tanpa.statusCode).toBe(404);
    });

    it("stores only the SHA-256 of the token, and accepts it typed in lower case without dashes", async () => {
      const row = await ctx.db
        .selectFrom("peserta_asesmen")
        .select(["token_hash", "undangan"])
        .where("id", "=", pid)
        .executeTakeFirstOrThrow();
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).not.toContain(token.replaceAll("-", ""));
      expect(row.undangan).toBe("token");
      const res = await ujian(ctx.app, token.replaceAll("-", "").toLowerCase(), "GET", "");
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe("siap");
      expect(res.json().blok).toEqual([]); // nothing of the test is shown before the start
    });

    it("refuses answers before the start, and a start without consent when the campaign has consent text", async () => {
      const res = await ujian(ctx.app, token, "POST", "/jawaban", isi(FORM_S.blok[0].id, 1));
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("BELUM_MULAI");
      const tolak = await ujian(ctx.app, token, "POST", "/mulai", {});
      expect(tolak.statusCode).toBe(400);
      expect(tolak.json().error.code).toBe("PERSETUJUAN_DIPERLUKAN");
      expect(await jawabanDb(ctx.db, pid)).toEqual([]);
      const p = await ctx.db
        .selectFrom("peserta_asesmen")
        .selectAll()
        .where("id", "=", pid)
        .executeTakeFirstOrThrow();
      expect(p.mulai).toBeNull();
    });

    it("starts with consent: records it, fixes the personal order from the seed and the server deadline", async () => {
      const res = await ujian(ctx.app, token, "POST", "/mulai", { setuju: true });
      expect(res.statusCode).toBe(200);
      const k = res.json() as Keadaan;
      expect(k.status).toBe("berjalan");
      expect(k.persetujuan).not.toBeNull();
      const p = await ctx.db
        .selectFrom("peserta_asesmen")
        .selectAll()
        .where("id", "=", pid)
        .executeTakeFirstOrThrow();
      // the text agreed to is kept: the campaign's own, then who sees the result from the access rules
      expect(p.teks_persetujuan).toContain(PERSETUJUAN);
      expect(p.teks_persetujuan).toContain("Pimpinan unit Anda dapat membuka hasil Anda dengan nama");
      expect(p.teks_persetujuan).toBe(k.kampanye.teksPersetujuan);
      const harapan = urutanPeserta(FORM_S, p.benih);
      expect(p.urutan).toEqual(harapan);
      expect(k.blok.map((x) => x.id)).toEqual(harapan.map((x) => x.blok));
      expect(k.blok.map((x) => x.pernyataan.map((s) => s.id))).toEqual(harapan.map((x) => x.pernyataan));
      expect(k.blok[0].pernyataan[0].teks.length).toBeGreaterThan(10);
      expect(new Set(k.blok.map((x) => x.id))).toEqual(new Set(FORM_S.blok.map((x) => x.id)));
      // no time limit: the deadline is the campaign's close
      const kampanye = await ctx.db
        .selectFrom("kampanye_asesmen")
        .select("ditutup")
        .where("id", "=", kampanyeId)
        .executeTakeFirstOrThrow();
      expect(new Date(p.batas as Date).getTime()).toBe(new Date(kampanye.ditutup).getTime());
      // starting again changes nothing
      const lagi = await ujian(ctx.app, token, "POST", "/mulai", { setuju: true });
      expect(lagi.statusCode).toBe(200);
      const p2 = await ctx.db
        .selectFrom("peserta_asesmen")
        .selectAll()
        .where("id", "=", pid)
        .executeTakeFirstOrThrow();
      expect(p2.mulai).toEqual(p.mulai);
    });

    it("refuses a block not on the form, a statement not in the block and the same statement twice; nothing is stored", async () => {
      const blok = FORM_S.blok[0];
      const lain = FORM_S.blok[1].pernyataan[0];
      const kasus: [unknown, string][] = [
        [{ ...isi(blok.id, 1), blok: "N1-A01" }, "BLOK_TIDAK_ADA"],
        [{ ...isi(blok.id, 1), blok: "TIDAK-ADA" }, "BLOK_TIDAK_ADA"],
        [{ ...isi(blok.id, 1), palingSesuai: lain }, "PERNYATAAN_BUKAN_BLOK"],
        [{ ...isi(blok.id, 1), palingTidakSesuai: "KD1-99" }, "PERNYATAAN_BUKAN_BLOK"],
        [{ ...isi(blok.id, 1), palingTidakSesuai: blok.pernyataan[0] }, "PILIHAN_SAMA"],
        [{ ...isi(blok.id, 1), urutanKlien: -1 }, "VALIDASI"],
        [{ ...isi(blok.id, 1), urutanKlien: 1.5 }, "VALIDASI"],
        [{ ...isi(blok.id, 1), detik: -3 }, "VALIDASI"],
        [{ ...isi(blok.id, 1), ekstra: 1 }, "VALIDASI"],
      ];
      for (const [payload, kode] of kasus) {
        const res = await ujian(ctx.app, token, "POST", "/jawaban", payload);
        expect(res.statusCode, kode).toBe(400);
        expect(res.json().error.code).toBe(kode);
      }
      expect(await jawabanDb(ctx.db, pid)).toEqual([]);
    });

    it("saves idempotently and in order: a resend or an older save changes nothing, a newer one wins", async () => {
      const blok = FORM_S.blok[0].id;
      const r1 = await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 1, 0));
      expect(r1.json()).toEqual({ blok, urutanKlien: 1, diterapkan: true });
      const ulang = await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 1, 1));
      expect(ulang.statusCode).toBe(200);
      expect(ulang.json()).toEqual({ blok, urutanKlien: 1, diterapkan: false });
      let rows = await jawabanDb(ctx.db, pid);
      expect(rows).toHaveLength(1);
      expect(rows[0].paling_sesuai).toBe(isi(blok, 1, 0).palingSesuai);
      await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 3, 2));
      const lama = await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 2, 1));
      expect(lama.json()).toEqual({ blok, urutanKlien: 3, diterapkan: false });
      rows = await jawabanDb(ctx.db, pid);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        urutan_klien: 3,
        paling_sesuai: isi(blok, 3, 2).palingSesuai,
        paling_tidak_sesuai: isi(blok, 3, 2).palingTidakSesuai,
        detik: 7.5,
        perubahan: 1,
      });
    });

    it("audits every save with the participant's agency; an applied save writes its entry in the same statement", async () => {
      const blok = FORM_S.blok[1].id;
      const sebelum = await auditJawab(pid);
      const r1 = await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 1, 0));
      expect(r1.json()).toMatchObject({ diterapkan: true });
      const ulang = await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 1, 0));
      expect(ulang.json()).toMatchObject({ diterapkan: false });
      const baru = (await auditJawab(pid)).slice(sebelum.length);
      // one entry per request, applied or not, each naming the agency and the request
      expect(baru).toHaveLength(2);
      for (const e of baru) {
        expect(e).toMatchObject({ instansi_id: a.id, objek_jenis: "peserta_asesmen", pengguna_id: null });
        expect(e.request_id).toBeTruthy();
      }
      expect(new Set(baru.map((e) => e.request_id)).size).toBe(2);
    });

    it("resolves two tabs answering at once: the highest number wins, equal numbers keep the first stored", async () => {
      const blok = FORM_S.blok[1].id;
      const nomor = [14, 11, 19, 12, 17, 13, 18, 15, 16, 10];
      const res = await Promise.all(
        nomor.map((n) => ujian(ctx.app, token, "POST", "/jawaban", isi(blok, n, n))),
      );
      expect(res.every((r) => r.statusCode === 200)).toBe(true);
      let row = (await jawabanDb(ctx.db, pid)).find((r) => r.blok === blok);
      expect(row).toMatchObject({ urutan_klien: 19, paling_sesuai: isi(blok, 19, 19).palingSesuai });
      // equal numbers, different content: the first stored stays
      await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 20, 0));
      const kedua = await ujian(ctx.app, token, "POST", "/jawaban", isi(blok, 20, 1));
      expect(kedua.json().diterapkan).toBe(false);
      row = (await jawabanDb(ctx.db, pid)).find((r) => r.blok === blok);
      expect(row).toMatchObject({ urutan_klien: 20, paling_sesuai: isi(blok, 20, 0).palingSesuai });
      expect((await jawabanDb(ctx.db, pid)).filter((r) => r.blok === blok)).toHaveLength(1);
    });

    it("refuses submission while blocks are unanswered, then accepts it once, and nothing changes afterwards", async () => {
      const belum = await ujian(ctx.app, token, "POST", "/kirim");
      expect(belum.statusCode).toBe(409);
      expect(belum.json().error.code).toBe("BELUM_LENGKAP");
      expect(belum.json().error.message).toContain(`${FORM_S.blok.length - 2} blok`);
      for (const x of FORM_S.blok.slice(2)) {
        const r = await ujian(ctx.app, token, "POST", "/jawaban", isi(x.id, 1));
        expect(r.statusCode).toBe(200);
      }
      const kirim = await ujian(ctx.app, token, "POST", "/kirim");
      expect(kirim.statusCode).toBe(200);
      expect(kirim.json().status).toBe("selesai");
      const sebelum = await jawabanDb(ctx.db, pid);
      expect(sebelum).toHaveLength(FORM_S.blok.length);
      const lagi = await ujian(ctx.app, token, "POST", "/jawaban", isi(FORM_S.blok[0].id, 99, 1));
      expect(lagi.statusCode).toBe(409);
      expect(lagi.json().error.code).toBe("SUDAH_DIKIRIM");
      expect((await ujian(ctx.app, token, "POST", "/kirim")).statusCode).toBe(200); // idempotent
      expect(await jawabanDb(ctx.db, pid)).toEqual(sebelum);
    });

    it("kills the old token when a new one is made", async () => {
      const p2 = peserta.get(pegawai[2]) as string;
      const lama = (await tokenUntuk(ctx.app, supervisor, a.id, kampanyeId, [p2])).get(p2) as string;
      expect((await ujian(ctx.app, lama, "GET", "")).statusCode).toBe(200);
      const baru = (await tokenUntuk(ctx.app, supervisor, a.id, kampanyeId, [p2])).get(p2) as string;
      expect(baru).not.toBe(lama);
      const res = await ujian(ctx.app, lama, "POST", "/mulai", { setuju: true });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("TOKEN_TIDAK_DIKENAL");
      expect((await ujian(ctx.app, baru, "GET", "")).statusCode).toBe(200);
      // an old token cached by a save path also dies
      await ujian(ctx.app, baru, "POST", "/mulai", { setuju: true });
      expect((await ujian(ctx.app, baru, "POST", "/jawaban", isi(FORM_S.blok[0].id, 1))).statusCode).toBe(
        200,
      );
      const ketiga = (await tokenUntuk(ctx.app, supervisor, a.id, kampanyeId, [p2])).get(p2) as string;
      const mati = await ujian(ctx.app, baru, "POST", "/jawaban", isi(FORM_S.blok[0].id, 2));
      expect(mati.statusCode).toBe(404);
      expect((await jawabanDb(ctx.db, p2))[0].urutan_klien).toBe(1);
      expect((await ujian(ctx.app, ketiga, "GET", "")).json().jawaban).toHaveLength(1); // kept, not lost
    });
  });

  describe("logged-in employee (Asesmen saya)", () => {
    it("lists the employee's own campaigns and takes the test through the session", async () => {
      const res = await minta(ctx.app, sesiPegawai, {
        method: "GET",
        url: `/api/instansi/${a.id}/asesmen-saya`,
      });
      expect(res.statusCode).toBe(200);
      const saya = res.json() as { pesertaId: string; kampanye: { id: string } }[];
      expect(saya.map((x) => x.pesertaId)).toContain(peserta.get(pegawai[0]));
      const pid = peserta.get(pegawai[0]) as string;
      const url = `/api/instansi/${a.id}/asesmen-saya/${pid}`;
      const mulai = await minta(ctx.app, sesiPegawai, {
        method: "POST",
        url: `${url}/mulai`,
        payload: { setuju: true, bahasa: "en" },
      });
      expect(mulai.statusCode).toBe(200);
      const k = mulai.json() as Keadaan & { kampanye: { teksPersetujuanEn: string | null } };
      // the consent shown in English is the one kept as agreed: the access paragraph in English
      expect(k.kampanye.teksPersetujuanEn).toContain(
        "The leaders of your unit may open your result with your name",
      );
      const disetujui = await ctx.db
        .selectFrom("peserta_asesmen")
        .select("teks_persetujuan")
        .where("id", "=", pid)
        .executeTakeFirstOrThrow();
      expect(disetujui.teks_persetujuan).toBe(k.kampanye.teksPersetujuanEn);
      const simpan = await minta(ctx.app, sesiPegawai, {
        method: "POST",
        url: `${url}/jawaban`,
        payload: isi(k.blok[0].id, 1),
      });
      expect(simpan.json()).toMatchObject({ diterapkan: true });
      const [catatan] = await auditJawab(pid);
      expect(catatan).toMatchObject({ instansi_id: a.id, pengguna_id: expect.any(String) });
      const keadaan = await minta(ctx.app, sesiPegawai, { method: "GET", url });
      expect(keadaan.json().jawaban).toHaveLength(1);
      // the read of one's own test is audited as a personal read
      const audit = await ctx.db
        .selectFrom("audit_log")
        .select("aksi")
        .where("objek_id", "=", pid)
        .where("aksi", "=", "peserta_asesmen.baca")
        .execute();
      expect(audit.length).toBeGreaterThan(0);
    });

    it("refuses another person's participation and a participation of another agency, changing nothing", async () => {
      const lain = peserta.get(pegawai[4]) as string;
      const sebelum = await jawabanDb(ctx.db, lain);
      for (const jalur of ["", "/mulai", "/jawaban", "/kirim"]) {
        const res = await minta(ctx.app, sesiPegawai, {
          method: jalur === "" ? "GET" : "POST",
          url: `/api/instansi/${a.id}/asesmen-saya/${lain}${jalur}`,
          payload: jalur === "" ? undefined : jalur === "/jawaban" ? isi(FORM_S.blok[0].id, 50) : {},
        });
        expect(res.statusCode, jalur).toBe(404);
        expect(res.json().error.code).toBe("PESERTA_TIDAK_DITEMUKAN");
      }
      expect(await jawabanDb(ctx.db, lain)).toEqual(sebelum);
      // agency B: the guard refuses (no role there)
      const kB = await ctx.db
        .insertInto("kampanye_asesmen")
        .values({
          instansi_id: b.id,
          nama: "B",
          tujuan: "awal",
          formulir_id: FORM_S.id,
          bank_versi: "x",
          formulir: JSON.stringify({ formulir: FORM_S, pernyataan: [] }),
          populasi: JSON.stringify({ jenis: "semua" }),
          dibuka: jam(-1),
          ditutup: jam(5),
          status: "aktif",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const pB = await ctx.db
        .insertInto("peserta_asesmen")
        .values({ instansi_id: b.id, kampanye_id: kB.id, pegawai_id: pegawaiB, benih: 1 })
        .returning("id")
        .executeTakeFirstOrThrow();
      const keB = await minta(ctx.app, sesiPegawai, {
        method: "GET",
        url: `/api/instansi/${b.id}/asesmen-saya/${pB.id}`,
      });
      expect(keB.statusCode).toBe(403);
      const silang = await minta(ctx.app, sesiPegawai, {
        method: "GET",
        url: `/api/instansi/${a.id}/asesmen-saya/${pB.id}`,
      });
      expect(silang.statusCode).toBe(404);
    });

    it("tells a user without a linked employee record that there is nothing (empty list)", async () => {
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const s = await login(ctx.app, u.username, u.password);
      const res = await minta(ctx.app, s, { method: "GET", url: `/api/instansi/${a.id}/asesmen-saya` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([]);
    });
  });
});
