/**
 * Assessment campaigns (docs/asesmen.md "Flow", "Invitations"): create with a form snapshot, population
 * kinds, activation, what may change afterwards, paging and progress, roles,
 * and invitations — by email through a real SMTP server started here
 * (smtp-server on loopback, not a mock), and without SMTP.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmtpConfig } from "../src/config.ts";
import { jobs } from "../src/fitur/asesmen/jobs.ts";
import { JOB_UNDANGAN, kirimUndangan } from "../src/fitur/asesmen/undangan.ts";
import { buatApp } from "../src/http/app.ts";
import { buatLogger } from "../src/http/logger.ts";
import { bacaJob, catatProgres, klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { buatPegawai, buatUnit, FORM_S, jam, kampanyeAktif, ujian } from "./asesmen-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

// A real SMTP server on loopback; every message it receives is kept here.
const surat: { ke: string[]; isi: string }[] = [];
const smtpServer = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, selesai) {
    let isi = "";
    stream.setEncoding("utf8");
    stream.on("data", (c: string) => {
      isi += c;
    });
    stream.on("end", () => {
      surat.push({ ke: session.envelope.rcptTo.map((r) => r.address), isi });
      selesai();
    });
  },
});
await new Promise<void>((r) => smtpServer.listen(0, "127.0.0.1", () => r()));
const SMTP: SmtpConfig = {
  host: "127.0.0.1",
  port: (smtpServer.server.address() as AddressInfo).port,
  secure: false,
  user: null,
  password: null,
  dari: "Nurani <asesmen@contoh.go.id>",
  urlPublik: "https://nurani.contoh.go.id",
};
// The worker reads the server's environment (jobs run in the server process).
process.env.NURANI_SMTP_HOST = SMTP.host;
process.env.NURANI_SMTP_PORT = String(SMTP.port);
process.env.NURANI_SMTP_FROM = SMTP.dari;
process.env.NURANI_URL_PUBLIK = SMTP.urlPublik;
afterAll(() => new Promise<void>((r) => smtpServer.close(() => r())));

describeOnDatabases(
  "asesmen: campaigns and invitations",
  (ctx) => {
    let a: InstansiUji;
    let supervisor: SesiUji;
    let admin: SesiUji;
    let pimpinan: SesiUji;
    let unitInduk: string;
    let unitAnak: string;
    let unitLain: string;
    const pg: Record<string, string> = {};
    const url = (s = "") => `/api/instansi/${a.id}/asesmen/kampanye${s}`;

    beforeAll(async () => {
      a = await buatInstansi(ctx.db);
      unitInduk = await buatUnit(ctx.db, a.id, "INDUK");
      unitAnak = await buatUnit(ctx.db, a.id, "ANAK", unitInduk);
      unitLain = await buatUnit(ctx.db, a.id, "LAIN");
      pg.induk1 = await buatPegawai(ctx.db, a.id, {
        unitId: unitInduk,
        email: "induk1@contoh.go.id",
        nama: "Ani",
      });
      pg.induk2 = await buatPegawai(ctx.db, a.id, { unitId: unitInduk, nama: "Budi" }); // no email
      pg.anak = await buatPegawai(ctx.db, a.id, {
        unitId: unitAnak,
        email: "anak@contoh.go.id",
        nama: "Citra",
      });
      pg.lain = await buatPegawai(ctx.db, a.id, {
        unitId: unitLain,
        email: "lain@contoh.go.id",
        nama: "Dodi",
      });
      pg.nonaktif = await buatPegawai(ctx.db, a.id, { unitId: unitInduk, aktif: false, nama: "Eka" });
      const uS = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }]);
      const uA = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
      const uP = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pimpinan" }]);
      supervisor = await login(ctx.app, uS.username, uS.password);
      admin = await login(ctx.app, uA.username, uA.password);
      pimpinan = await login(ctx.app, uP.username, uP.password);
    });

    const pesertaDari = async (kampanyeId: string) =>
      (
        await ctx.db
          .selectFrom("peserta_asesmen")
          .select(["pegawai_id", "benih"])
          .where("kampanye_id", "=", kampanyeId)
          .execute()
      ).sort((x, y) => x.pegawai_id.localeCompare(y.pegawai_id));

    it("lists the published forms and snapshots the chosen one with its statements", async () => {
      const f = await minta(ctx.app, pimpinan, {
        method: "GET",
        url: `/api/instansi/${a.id}/asesmen/formulir`,
      });
      expect(f.statusCode).toBe(200);
      expect(f.json().map((x: { id: string }) => x.id)).toEqual(
        expect.arrayContaining(["NAS-1-A", "NAS-1-B", "NAS-1-S"]),
      );
      const id = await kampanyeAktif(ctx.app, supervisor, a.id, { aktifkan: false });
      const row = await ctx.db
        .selectFrom("kampanye_asesmen")
        .select(["formulir", "formulir_id", "status", "bank_versi"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      const snap = row.formulir as { formulir: typeof FORM_S; pernyataan: { id: string; teks: string }[] };
      expect(row.status).toBe("draf");
      expect(snap.formulir).toEqual(FORM_S);
      expect(snap.pernyataan).toHaveLength(FORM_S.blok.length * 3);
      expect(new Set(snap.pernyataan.map((p) => p.id))).toEqual(
        new Set(FORM_S.blok.flatMap((b) => b.pernyataan)),
      );
    });

    it("refuses a form that is not published, a window that closes before it opens, unknown units or employees", async () => {
      const dasar = {
        nama: "X",
        tujuan: "awal",
        formulirId: "NAS-1-S",
        populasi: { jenis: "semua" },
        dibuka: jam(-1),
        ditutup: jam(5),
      };
      const kasus: [unknown, number, string][] = [
        [{ ...dasar, formulirId: "PALSU-1" }, 400, "FORMULIR_TIDAK_TERBIT"],
        [{ ...dasar, ditutup: jam(-2) }, 400, "JENDELA_TIDAK_VALID"],
        [
          { ...dasar, populasi: { jenis: "unit", unitIds: [pg.induk1], subUnit: true } },
          400,
          "UNIT_TIDAK_DIKENAL",
        ],
        [{ ...dasar, populasi: { jenis: "daftar", pegawaiIds: [unitLain] } }, 400, "PEGAWAI_TIDAK_DIKENAL"],
        [{ ...dasar, populasi: { jenis: "daftar", pegawaiIds: [] } }, 400, "VALIDASI"],
        [{ ...dasar, tujuan: "lain" }, 400, "VALIDASI"],
        [{ ...dasar, batasMenit: 2 }, 400, "VALIDASI"],
      ];
      const sebelum = await ctx.db.selectFrom("kampanye_asesmen").select("id").execute();
      for (const [payload, status, kode] of kasus) {
        const res = await minta(ctx.app, supervisor, {
          method: "POST",
          url: url(),
          payload: payload as object,
        });
        expect(res.statusCode, kode).toBe(status);
        expect(res.json().error.code).toBe(kode);
      }
      expect(await ctx.db.selectFrom("kampanye_asesmen").select("id").execute()).toHaveLength(sebelum.length);
    });

    it("materialises each kind of population from active employees only, each with a seed", async () => {
      const semua = await kampanyeAktif(ctx.app, admin, a.id);
      expect((await pesertaDari(semua)).map((p) => p.pegawai_id).sort()).toEqual(
        [pg.induk1, pg.induk2, pg.anak, pg.lain].sort(),
      );
      const unitSaja = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "unit", unitIds: [unitInduk], subUnit: false },
      });
      expect((await pesertaDari(unitSaja)).map((p) => p.pegawai_id).sort()).toEqual(
        [pg.induk1, pg.induk2].sort(),
      );
      const denganSub = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "unit", unitIds: [unitInduk], subUnit: true },
      });
      expect((await pesertaDari(denganSub)).map((p) => p.pegawai_id).sort()).toEqual(
        [pg.induk1, pg.induk2, pg.anak].sort(),
      );
      const daftar = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "daftar", pegawaiIds: [pg.lain, pg.nonaktif] },
      });
      const p = await pesertaDari(daftar);
      expect(p.map((x) => x.pegawai_id)).toEqual([pg.lain]);
      const benih = (await pesertaDari(semua)).map((x) => x.benih);
      expect(new Set(benih).size).toBe(benih.length);
    });

    it("refuses to activate an empty population and leaves the draft as it was", async () => {
      const id = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "daftar", pegawaiIds: [pg.nonaktif] },
        aktifkan: false,
      });
      const res = await minta(ctx.app, supervisor, { method: "POST", url: url(`/${id}/aktifkan`) });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("POPULASI_KOSONG");
      expect((await minta(ctx.app, supervisor, { method: "GET", url: url(`/${id}`) })).json().status).toBe(
        "draf",
      );
      expect(await pesertaDari(id)).toEqual([]);
    });

    it("locks the form after activation; only the name and a later close may change", async () => {
      const id = await kampanyeAktif(ctx.app, supervisor, a.id, { aktifkan: false });
      // a draft may change its form
      const draf = await minta(ctx.app, supervisor, {
        method: "PATCH",
        url: url(`/${id}`),
        payload: { formulirId: "NAS-1-B", batasMenit: 60 },
      });
      expect(draf.statusCode).toBe(200);
      expect(draf.json()).toMatchObject({ formulirId: "NAS-1-B", jumlahBlok: 36, batasMenit: 60 });
      await minta(ctx.app, supervisor, { method: "POST", url: url(`/${id}/aktifkan`) });
      const sebelum = (await minta(ctx.app, supervisor, { method: "GET", url: url(`/${id}`) })).json();
      for (const [payload, kode] of [
        [{ formulirId: "NAS-1-S" }, "UBAH_SETELAH_AKTIF"],
        [{ populasi: { jenis: "semua" } }, "UBAH_SETELAH_AKTIF"],
        [{ batasMenit: 30 }, "UBAH_SETELAH_AKTIF"],
        [{ ditutup: jam(1) }, "TUTUP_MAJU"],
      ] as const) {
        const res = await minta(ctx.app, supervisor, { method: "PATCH", url: url(`/${id}`), payload });
        expect(res.statusCode, kode).toBe(409);
        expect(res.json().error.code).toBe(kode);
      }
      const lagi = await minta(ctx.app, supervisor, { method: "POST", url: url(`/${id}/aktifkan`) });
      expect(lagi.json().error.code).toBe("KAMPANYE_BUKAN_DRAF");
      expect((await minta(ctx.app, supervisor, { method: "GET", url: url(`/${id}`) })).json()).toEqual(
        sebelum,
      );
      const ok = await minta(ctx.app, supervisor, {
        method: "PATCH",
        url: url(`/${id}`),
        payload: { nama: "Asesmen Berkala II", ditutup: jam(48) },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        nama: "Asesmen Berkala II",
        formulirId: "NAS-1-B",
        keadaan: "berjalan",
      });
    });

    it("lets leaders read but not manage; pages the list with participation progress", async () => {
      const tolak = await minta(ctx.app, pimpinan, {
        method: "POST",
        url: url(),
        payload: { nama: "x" },
      });
      expect(tolak.statusCode).toBe(403);
      const h1 = await minta(ctx.app, pimpinan, { method: "GET", url: `${url()}?page=1&pageSize=2` });
      expect(h1.statusCode).toBe(200);
      const d1 = h1.json();
      expect(d1.items).toHaveLength(2);
      expect(d1.total).toBeGreaterThan(4);
      const h2 = (
        await minta(ctx.app, pimpinan, { method: "GET", url: `${url()}?page=2&pageSize=2` })
      ).json();
      expect(h2.items.map((x: { id: string }) => x.id)).not.toContain(d1.items[0].id);
      const aktif = (
        await minta(ctx.app, pimpinan, { method: "GET", url: `${url()}?status=draf&pageSize=200` })
      ).json();
      expect(aktif.items.every((x: { status: string }) => x.status === "draf")).toBe(true);

      const id = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "unit", unitIds: [unitInduk], subUnit: true },
      });
      const tok = await minta(ctx.app, supervisor, {
        method: "POST",
        url: url(`/${id}/token`),
        payload: { sasaran: "tanpa_email" },
      });
      expect(tok.statusCode).toBe(200);
      expect(tok.headers["cache-control"]).toBe("no-store");
      const items = tok.json().items as { nama: string; token: string }[];
      expect(items.map((x) => x.nama)).toEqual(["Budi"]); // the only one without email
      await ujian(ctx.app, items[0].token, "POST", "/mulai", {});
      const k = (await minta(ctx.app, pimpinan, { method: "GET", url: url(`/${id}`) })).json();
      expect(k.progres).toMatchObject({ peserta: 3, diundang: 1, mulai: 1, selesai: 0 });
      expect(k.progres.undangan).toMatchObject({ token: 1, belum: 2 });
      const ps = (
        await minta(ctx.app, pimpinan, { method: "GET", url: url(`/${id}/peserta?pageSize=2`) })
      ).json();
      expect(ps.total).toBe(3);
      expect(ps.items).toHaveLength(2);
      expect(ps.items[0]).toMatchObject({ nama: "Ani", adaEmail: true, undangan: "belum" });
    });

    it("without SMTP marks everyone not yet invited as 'tanpa_email' and says so", async () => {
      const id = await kampanyeAktif(ctx.app, supervisor, a.id);
      surat.length = 0; // the server is shared by the suites of both databases
      const tanpaSmtp = await buatApp({
        config: { ...ctx.config, smtp: null },
        db: ctx.db,
        logger: buatLogger("silent"),
        web: false,
      });
      const res = await minta(tanpaSmtp, supervisor, { method: "POST", url: url(`/${id}/undangan`) });
      await tanpaSmtp.close();
      expect(res.statusCode).toBe(202);
      expect(res.json()).toMatchObject({ smtp: false, job: null, undangan: { tanpa_email: 4, belum: 0 } });
      expect(surat).toHaveLength(0);
    });

    it("sends Bahasa Indonesia invitations with a working link through the SMTP server, as a job with progress", async () => {
      const id = await kampanyeAktif(ctx.app, supervisor, a.id, { nama: "Asesmen Berkala 2026" });
      surat.length = 0;
      const res = await minta(ctx.app, supervisor, { method: "POST", url: url(`/${id}/undangan`) });
      expect(res.statusCode).toBe(202);
      expect(res.json()).toMatchObject({ smtp: true, job: { status: "antre" } });
      const job = await klaimJob(ctx.db, [JOB_UNDANGAN], "pekerja-uji");
      if (!job) throw new Error("job undangan tidak diantrekan");
      const hasil = await jobs[job.jenis](job, {
        db: ctx.db,
        progres: (s, t) => catatProgres(ctx.db, job.id, s, t),
        signal: new AbortController().signal,
      });
      await selesaikanJob(ctx.db, job.id, hasil);
      expect(hasil).toEqual({ terkirim: 3, gagal: 0, tanpaEmail: 1 });
      expect((await bacaJob(ctx.db, job.id))?.progres_selesai).toBe(4);
      const status = (await minta(ctx.app, pimpinan, { method: "GET", url: url(`/${id}/undangan`) })).json();
      expect(status).toMatchObject({
        smtp: true,
        job: { status: "selesai", progres: { selesai: 4, total: 4 } },
        undangan: { terkirim: 3, tanpa_email: 1, belum: 0 },
      });
      expect(surat.map((s) => s.ke[0]).sort()).toEqual(
        ["anak@contoh.go.id", "induk1@contoh.go.id", "lain@contoh.go.id"].sort(),
      );
      const isi = surat.find((s) => s.ke[0] === "anak@contoh.go.id")?.isi.replace(/=\r?\n/g, "") ?? "";
      expect(isi).toContain("Yth. Citra");
      expect(isi).toContain("Asesmen Berkala 2026");
      expect(isi).toContain(`${SMTP.urlPublik}/ujian/`);
      const token = isi.match(/Token Anda: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/)?.[1] as string;
      const k = await ujian(ctx.app, token, "GET", "");
      expect(k.statusCode).toBe(200);
      expect(k.json().kampanye.nama).toBe("Asesmen Berkala 2026");
      // a second round sends nothing more
      surat.length = 0;
      const lagi = await kirimUndangan(ctx.db, a.id, id, SMTP, async () => {});
      expect(lagi).toEqual({ terkirim: 0, gagal: 0, tanpaEmail: 0 });
      expect(surat).toHaveLength(0);
    });

    it("a round whose job is cancelled stops before its next mail; the next round sends only to those not yet invited", async () => {
      const id = await kampanyeAktif(ctx.app, supervisor, a.id, { nama: "Asesmen Dibatalkan" });
      surat.length = 0;
      const henti = new AbortController();
      // the operator cancels while the first mail goes out (the worker's signal aborts)
      const bagian = kirimUndangan(ctx.db, a.id, id, SMTP, async () => {}, undefined, henti.signal);
      const tunggu = setInterval(() => {
        if (surat.length > 0) henti.abort();
      }, 1);
      await expect(bagian).rejects.toThrow();
      clearInterval(tunggu);
      const terkirimDulu = surat.length;
      expect(terkirimDulu).toBeGreaterThanOrEqual(1);
      expect(terkirimDulu).toBeLessThan(3);
      const belum = await ctx.db
        .selectFrom("peserta_asesmen")
        .select("undangan")
        .where("kampanye_id", "=", id)
        .where("undangan", "=", "belum")
        .execute();
      expect(belum.length).toBe(3 - terkirimDulu);
      // a new attempt (another worker took the job) sends to the rest only, nobody twice
      const lagi = await kirimUndangan(ctx.db, a.id, id, SMTP, async () => {});
      expect(lagi.terkirim).toBe(3 - terkirimDulu);
      expect(new Set(surat.map((x) => x.ke[0])).size).toBe(3);
      expect(surat).toHaveLength(3);
    });

    it("marks mail the SMTP server does not take as 'gagal', and a later round retries exactly those", async () => {
      const id = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "daftar", pegawaiIds: [pg.lain, pg.induk2] },
      });
      const mati = { ...SMTP, port: 1 }; // nothing listens there
      surat.length = 0;
      expect(await kirimUndangan(ctx.db, a.id, id, mati, async () => {})).toEqual({
        terkirim: 0,
        gagal: 1,
        tanpaEmail: 1,
      });
      surat.length = 0;
      expect(await kirimUndangan(ctx.db, a.id, id, SMTP, async () => {})).toEqual({
        terkirim: 1,
        gagal: 0,
        tanpaEmail: 0,
      });
      expect(surat.map((s) => s.ke[0])).toEqual(["lain@contoh.go.id"]);
    });
  },
  { config: { smtp: SMTP } },
);

describe("the invitation text", () => {
  it("is in Bahasa Indonesia and carries the link, the token, the window and the limit", async () => {
    const { teksUndangan } = await import("../src/fitur/asesmen/undangan.ts");
    const t = teksUndangan({
      nama: "Siti",
      kampanye: "Asesmen Awal 2026",
      dibuka: new Date("2026-01-05T01:00:00Z"),
      ditutup: new Date("2026-01-20T10:00:00Z"),
      batasMenit: 45,
      tautan: "https://x.go.id/ujian/ABCD-EFGH-JKMN",
      token: "ABCD-EFGH-JKMN",
    });
    expect(t.subjek).toBe("Undangan Asesmen Integritas: Asesmen Awal 2026");
    expect(t.teks).toContain("https://x.go.id/ujian/ABCD-EFGH-JKMN");
    expect(t.teks).toContain("45 menit");
    expect(t.teks).toMatch(/Januari 2026/);
  });
});
