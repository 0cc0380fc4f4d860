/**
 * "Tambahkan peserta baru" (docs/asesmen.md "Participants added later"): an
 * active campaign's population is resolved again; active employees now in it
 * who are not participants yet are added and invited (only they), once.
 */
import type { AddressInfo } from "node:net";
import { sql } from "kysely";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SmtpConfig } from "../src/config.ts";
import { jobs } from "../src/fitur/asesmen/jobs.ts";
import { JOB_UNDANGAN } from "../src/fitur/asesmen/undangan.ts";
import { buatApp } from "../src/http/app.ts";
import { buatLogger } from "../src/http/logger.ts";
import { catatProgres, klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { buatPegawai, buatUnit, kampanyeAktif, tokenUntuk, ujian } from "./asesmen-bantu.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

const surat: string[] = [];
const smtpServer = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, selesai) {
    stream.resume();
    stream.on("end", () => {
      surat.push(...session.envelope.rcptTo.map((r) => r.address));
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
// The job handler reads the server's environment (jobs run in the server process).
process.env.NURANI_SMTP_HOST = SMTP.host;
process.env.NURANI_SMTP_PORT = String(SMTP.port);
process.env.NURANI_SMTP_FROM = SMTP.dari;
process.env.NURANI_URL_PUBLIK = SMTP.urlPublik;
afterAll(() => new Promise<void>((r) => smtpServer.close(() => r())));

describeOnDatabases(
  "asesmen: adding employees who joined the population after activation",
  (ctx) => {
    let a: InstansiUji;
    let supervisor: SesiUji;
    let pimpinan: SesiUji;
    let induk: string;
    let anak: string;
    let lain: string;
    const url = (s = "") => `/api/instansi/${a.id}/asesmen/kampanye${s}`;
    const tambah = (id: string, sesi = supervisor, app = ctx.app) =>
      minta(app, sesi, { method: "POST", url: url(`/${id}/peserta-baru`) });
    const pesertaDari = async (id: string) =>
      ctx.db
        .selectFrom("peserta_asesmen")
        .select(["id", "pegawai_id", "undangan", "benih"])
        .where("kampanye_id", "=", id)
        .execute();

    beforeAll(async () => {
      a = await buatInstansi(ctx.db);
      induk = await buatUnit(ctx.db, a.id, "IND");
      anak = await buatUnit(ctx.db, a.id, "ANK", induk);
      lain = await buatUnit(ctx.db, a.id, "LAIN");
      const uS = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "tim_supervisi" }]);
      const uP = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pimpinan" }]);
      supervisor = await login(ctx.app, uS.username, uS.password);
      pimpinan = await login(ctx.app, uP.username, uP.password);
    });

    it("adds exactly the active employees now in the units (subtree), invites only them, and a second call adds nobody", async () => {
      const e1 = await buatPegawai(ctx.db, a.id, { unitId: induk, email: "e1@contoh.go.id" });
      const e2 = await buatPegawai(ctx.db, a.id, { unitId: anak });
      const id = await kampanyeAktif(ctx.app, supervisor, a.id, {
        populasi: { jenis: "unit", unitIds: [induk], subUnit: true },
      });
      expect((await pesertaDari(id)).map((p) => p.pegawai_id).sort()).toEqual([e1, e2].sort());

      // after activation: hired into the unit, into the sub-unit, inactive, elsewhere, moved in
      const e3 = await buatPegawai(ctx.db, a.id, { unitId: induk, email: "e3@contoh.go.id" });
      const e4 = await buatPegawai(ctx.db, a.id, { unitId: anak });
      await buatPegawai(ctx.db, a.id, { unitId: induk, aktif: false });
      await buatPegawai(ctx.db, a.id, { unitId: lain });
      const e7 = await buatPegawai(ctx.db, a.id, { unitId: lain });
      await ctx.db.updateTable("pegawai").set({ unit_id: anak }).where("id", "=", e7).execute();

      // no SMTP on this server: the new ones are marked tanpa_email and get printed tokens
      const tanpaSmtp = await buatApp({
        config: { ...ctx.config, smtp: null },
        db: ctx.db,
        logger: buatLogger("silent"),
        web: false,
      });
      try {
        const res = await tambah(id, supervisor, tanpaSmtp);
        expect(res.statusCode, res.body).toBe(200);
        const b = res.json();
        expect(b.ditambahkan).toBe(3);
        expect(b.tanpaEmailIds.sort()).toEqual(b.pesertaIds.sort());
        expect(b.undangan).toMatchObject({ smtp: false, undangan: { tanpa_email: 3, belum: 2 } });
        const ps = await pesertaDari(id);
        expect(ps.map((p) => p.pegawai_id).sort()).toEqual([e1, e2, e3, e4, e7].sort());
        const baru = ps.filter((p) => b.pesertaIds.includes(p.id));
        expect(baru.map((p) => p.pegawai_id).sort()).toEqual([e3, e4, e7].sort());
        expect(baru.every((p) => p.undangan === "tanpa_email")).toBe(true);
        // the earlier participants were not touched (the supervisor invites them when they choose)
        expect(ps.filter((p) => !b.pesertaIds.includes(p.id)).every((p) => p.undangan === "belum")).toBe(
          true,
        );
        expect(new Set(ps.map((p) => p.benih)).size).toBe(5);

        // idempotent
        const lagi = await tambah(id, supervisor, tanpaSmtp);
        expect(lagi.statusCode).toBe(200);
        expect(lagi.json()).toMatchObject({ ditambahkan: 0, pesertaIds: [], tanpaEmailIds: [] });
        expect(await pesertaDari(id)).toHaveLength(5);
      } finally {
        await tanpaSmtp.close();
      }

      // a new participant can take the test with a printed token
      const pid = (await pesertaDari(id)).find((p) => p.pegawai_id === e7)?.id as string;
      const token = (await tokenUntuk(ctx.app, supervisor, a.id, id, [pid])).get(pid) as string;
      expect((await ujian(ctx.app, token, "GET", "")).json().pesertaId).toBe(pid);

      // audited, with how many were added
      const audit = await ctx.db
        .selectFrom("audit_log")
        .select(["rincian", "objek_id", "instansi_id"])
        .where("aksi", "=", "asesmen.kampanye.tambah_peserta")
        .where("objek_id", "=", id)
        .orderBy("id")
        .execute();
      expect(audit.map((x) => (x.rincian as { ditambahkan: number }).ditambahkan)).toEqual([3, 0]);
      expect(audit[0].instansi_id).toBe(a.id);
    });

    it("with SMTP mails only the new participants, as a job", async () => {
      const b = await buatInstansi(ctx.db);
      const uS = await buatPengguna(ctx.db, [{ instansiId: b.id, peran: "tim_supervisi" }]);
      const sup = await login(ctx.app, uS.username, uS.password);
      await buatPegawai(ctx.db, b.id, { email: "lama@contoh.go.id" });
      const id = await kampanyeAktif(ctx.app, sup, b.id);
      await buatPegawai(ctx.db, b.id, { nama: "Baru Bermail", email: "baru@contoh.go.id" });
      await buatPegawai(ctx.db, b.id, { nama: "Baru Tanpa Mail" });
      const res = await minta(ctx.app, sup, {
        method: "POST",
        url: `/api/instansi/${b.id}/asesmen/kampanye/${id}/peserta-baru`,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        ditambahkan: 2,
        undangan: { smtp: true, job: { status: "antre" } },
      });
      expect(res.json().tanpaEmailIds).toHaveLength(1);
      surat.length = 0;
      const job = await klaimJob(ctx.db, [JOB_UNDANGAN], "pekerja-uji");
      if (!job) throw new Error("job undangan tidak diantrekan");
      const hasil = await jobs[job.jenis](job, {
        db: ctx.db,
        progres: (s, t) => catatProgres(ctx.db, job.id, s, t),
        signal: new AbortController().signal,
      });
      await selesaikanJob(ctx.db, job.id, hasil);
      expect(hasil).toEqual({ terkirim: 1, gagal: 0, tanpaEmail: 1 });
      expect(surat).toEqual(["baru@contoh.go.id"]);
      const lama = await ctx.db
        .selectFrom("peserta_asesmen as p")
        .innerJoin("pegawai as g", "g.id", "p.pegawai_id")
        .select("p.undangan")
        .where("p.kampanye_id", "=", id)
        .where("g.email", "=", "lama@contoh.go.id")
        .executeTakeFirstOrThrow();
      expect(lama.undangan).toBe("belum");
    });

    it("refuses a draft, a cancelled and a closed campaign, and roles that may only read", async () => {
      await buatPegawai(ctx.db, a.id, { unitId: induk });
      const draf = await kampanyeAktif(ctx.app, supervisor, a.id, { aktifkan: false });
      const r1 = await tambah(draf);
      expect(r1.statusCode).toBe(409);
      expect(r1.json().error.code).toBe("KAMPANYE_BUKAN_AKTIF");
      expect(r1.json().error.message).toMatch(/Kampanye harus aktif/);

      const batal = await kampanyeAktif(ctx.app, supervisor, a.id);
      await minta(ctx.app, supervisor, { method: "POST", url: url(`/${batal}/batalkan`) });
      expect((await tambah(batal)).json().error.code).toBe("KAMPANYE_BUKAN_AKTIF");

      const tutup = await kampanyeAktif(ctx.app, supervisor, a.id);
      await sql`update kampanye_asesmen set dibuka = now() - interval '2 hours', ditutup = now() - interval '1 hour'
        where id = ${tutup}`.execute(ctx.db);
      const n = (await pesertaDari(tutup)).length;
      await buatPegawai(ctx.db, a.id, { unitId: lain });
      const r3 = await tambah(tutup);
      expect(r3.statusCode).toBe(409);
      expect(r3.json().error.code).toBe("JENDELA_SUDAH_LEWAT");
      expect(await pesertaDari(tutup)).toHaveLength(n);

      const aktif = await kampanyeAktif(ctx.app, supervisor, a.id);
      expect((await tambah(aktif, pimpinan)).statusCode).toBe(403);
    });
  },
  { config: { smtp: SMTP } },
);
