/**
 * Accounts an agency admin makes (docs/server.md "Accounts"): one account per
 * employee, passwords set by anyone but the user are temporary and that
 * session can do nothing else, the employee is told (in-app and by email) and
 * it is audited; usernames reveal nothing about other agencies; the password
 * policy; login events in the agency's audit log.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmtpConfig } from "../src/config.ts";
import { JOB_EMAIL_NOTIFIKASI } from "../src/fitur/notifikasi/index.ts";
import { jobs } from "../src/fitur/notifikasi/rute-notifikasi.ts";
import { muatTabelRute } from "../src/http/route-table.ts";
import { catatProgres, klaimJob, selesaikanJob } from "../src/jobs/queue.ts";
import { buatPegawai } from "./asesmen-bantu.ts";
import {
  alamatUji,
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

const surat: { ke: string[]; isi: string }[] = [];
const smtpServer = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, selesai) {
    let isi = "";
    stream.on("data", (b: Buffer) => {
      isi += b.toString();
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
  dari: "Nurani <akun@contoh.go.id>",
  urlPublik: "https://nurani.contoh.go.id",
};
// The job handler reads the server's environment (jobs run in the server process).
process.env.NURANI_SMTP_HOST = SMTP.host;
process.env.NURANI_SMTP_PORT = String(SMTP.port);
process.env.NURANI_SMTP_FROM = SMTP.dari;
process.env.NURANI_URL_PUBLIK = SMTP.urlPublik;
afterAll(() => new Promise<void>((r) => smtpServer.close(() => r())));

describeOnDatabases(
  "platform: accounts made by an agency admin",
  (ctx) => {
    let a: InstansiUji;
    let b: InstansiUji;
    let admin: SesiUji;
    let adminB: SesiUji;
    const api = (s: SesiUji | null, method: "GET" | "POST", url: string, payload?: unknown) =>
      minta(ctx.app, s, { method, url, payload: payload as never });
    const buatAkun = (s: SesiUji, instansiId: string, body: Record<string, unknown>) =>
      api(s, "POST", `/api/instansi/${instansiId}/pengguna`, {
        nama: "Orang Uji",
        peran: ["pegawai"],
        ...body,
      });
    /** Runs the queued notification emails, as a worker would. */
    const kirimSurel = async () => {
      for (;;) {
        const job = await klaimJob(ctx.db, [JOB_EMAIL_NOTIFIKASI], "pekerja-uji");
        if (!job) return;
        const hasil = await jobs[job.jenis](job, {
          db: ctx.db,
          progres: (s, t) => catatProgres(ctx.db, job.id, s, t),
          signal: new AbortController().signal,
        });
        await selesaikanJob(ctx.db, job.id, hasil);
      }
    };

    beforeAll(async () => {
      a = await buatInstansi(ctx.db);
      b = await buatInstansi(ctx.db);
      const ua = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
      const ub = await buatPengguna(ctx.db, [{ instansiId: b.id, peran: "admin_instansi" }]);
      admin = await login(ctx.app, ua.username, ua.password);
      adminB = await login(ctx.app, ub.username, ub.password);
    });

    describe("one account per employee", () => {
      it("refuses to link an employee who already has an account (409, naming it); nothing is created", async () => {
        const pegawaiId = await buatPegawai(ctx.db, a.id, { email: "satu@contoh.go.id" });
        const pertama = await buatAkun(admin, a.id, { username: "pemilik", pegawaiId });
        expect(pertama.statusCode, pertama.body).toBe(201);
        const kedua = await buatAkun(admin, a.id, {
          username: "bayangan",
          pegawaiId,
          password: "Sandi-pilihan-admin-77",
        });
        expect(kedua.statusCode).toBe(409);
        expect(kedua.json().error.code).toBe("PEGAWAI_SUDAH_PUNYA_AKUN");
        expect(kedua.json().error.message).toContain(pertama.json().username);
        const akun = await ctx.db
          .selectFrom("pengguna")
          .select("id")
          .where("pegawai_id", "=", pegawaiId)
          .execute();
        expect(akun).toHaveLength(1);
        const bayangan = await ctx.db
          .selectFrom("pengguna")
          .select("id")
          .where("username", "like", "bayangan@%")
          .execute();
        expect(bayangan).toEqual([]);
      });

      it("the database refuses a second link too (unique index), whatever the path", async () => {
        const pegawaiId = await buatPegawai(ctx.db, a.id);
        const u1 = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
        const u2 = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
        const tautkan = (id: string) =>
          ctx.db
            .updateTable("pengguna")
            .set({ pegawai_id: pegawaiId, pegawai_instansi_id: a.id })
            .where("id", "=", id)
            .execute();
        await tautkan(u1.id);
        await expect(tautkan(u2.id)).rejects.toThrow();
      });
    });

    describe("temporary passwords", () => {
      it("a password the admin chose is temporary: that session may only change it, then works", async () => {
        const pegawaiId = await buatPegawai(ctx.db, a.id);
        const dipilih = "Pilihan-admin-untuk-anda-9";
        const r = await buatAkun(admin, a.id, { username: "dipilihkan", pegawaiId, password: dipilih });
        expect(r.statusCode, r.body).toBe(201);
        expect(r.json()).toMatchObject({ harusGantiPassword: true, passwordSementara: null });
        const s = await login(ctx.app, r.json().username, dipilih);
        for (const url of [`/api/instansi/${a.id}/hasil/saya`, `/api/instansi/${a.id}/asesmen-saya`]) {
          const res = await api(s, "GET", url);
          expect([url, res.statusCode, res.json().error?.code]).toEqual([url, 403, "HARUS_GANTI_PASSWORD"]);
        }
        const ganti = await api(s, "POST", "/api/auth/password", {
          passwordLama: dipilih,
          passwordBaru: "Sandi-saya-sendiri-2026",
        });
        expect(ganti.statusCode, ganti.body).toBe(204);
        expect((await api(s, "GET", `/api/instansi/${a.id}/notifikasi`)).statusCode).toBe(200);
      });

      it("a temporary-password session gets an answer only from the few routes that change it", async () => {
        const u = await buatPengguna(
          ctx.db,
          [
            { instansiId: a.id, peran: "admin_instansi" },
            { instansiId: a.id, peran: "pegawai" },
          ],
          { harusGanti: true },
        );
        const s = await login(ctx.app, u.username, u.password);
        const boleh = new Set(["GET /api/auth/me", "POST /api/auth/logout", "POST /api/auth/password"]);
        const dijawab: string[] = [];
        const keluar = (r: { url: string }) => (r.url === "/api/auth/logout" ? 1 : 0);
        // logout last: it ends the session the walk uses
        const rute = (await muatTabelRute()).sort((x, y) => keluar(x) - keluar(y));
        for (const r of rute) {
          if (r.akses === "publik") continue;
          const url = r.url
            .replace(":instansiId", a.id)
            .replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000");
          const res = await minta(ctx.app, s, {
            method: r.method,
            url,
            payload: r.method === "GET" ? undefined : {},
          });
          const kode = res.statusCode === 403 ? res.json().error.code : null;
          if (kode !== "HARUS_GANTI_PASSWORD") dijawab.push(`${r.method} ${r.url}`);
        }
        expect(dijawab.sort()).toEqual([...boleh].sort());
      });
    });

    describe("the employee is told, and it is audited", () => {
      it("linking an account and resetting its password each leave a notification, an email and an audit entry", async () => {
        const pegawaiId = await buatPegawai(ctx.db, a.id, { email: "diberitahu@contoh.go.id" });
        await kirimSurel(); // what earlier tests queued
        surat.length = 0;
        const r = await buatAkun(admin, a.id, { username: "diberitahu", pegawaiId });
        expect(r.statusCode, r.body).toBe(201);
        const { id, username } = r.json();
        const reset = await api(admin, "POST", `/api/instansi/${a.id}/pengguna/${id}/reset-password`);
        expect(reset.statusCode).toBe(200);
        await kirimSurel();
        expect(surat.map((s) => s.ke)).toEqual([["diberitahu@contoh.go.id"], ["diberitahu@contoh.go.id"]]);
        expect(surat[0].isi).toContain(username);
        expect(surat[1].isi).toMatch(/direset/);
        const audit = await ctx.db
          .selectFrom("audit_log")
          .select(["aksi", "instansi_id", "rincian"])
          .where("objek_id", "=", id)
          .where("aksi", "in", ["pengguna.buat", "pengguna.reset_password"])
          .orderBy("id")
          .execute();
        expect(audit.map((x) => [x.aksi, x.instansi_id])).toEqual([
          ["pengguna.buat", a.id],
          ["pengguna.reset_password", a.id],
        ]);
        expect(audit[0].rincian).toMatchObject({ pegawaiId });
        // in-app: after choosing a password the employee reads both
        const s = await login(ctx.app, username, reset.json().passwordSementara);
        await api(s, "POST", "/api/auth/password", {
          passwordLama: reset.json().passwordSementara,
          passwordBaru: "Sandi-saya-sendiri-2026",
        });
        const daftar = await api(s, "GET", `/api/instansi/${a.id}/notifikasi`);
        expect(daftar.json()).toMatchObject({ total: 2, belumDibaca: 2 });
        expect(daftar.json().items.map((n: { jenis: string }) => n.jenis)).toEqual([
          "password.direset",
          "akun.ditautkan",
        ]);
        const baca = await api(s, "POST", `/api/instansi/${a.id}/notifikasi/baca`, { semua: true });
        expect(baca.json()).toEqual({ diubah: 2 });
        expect((await api(s, "GET", `/api/instansi/${a.id}/notifikasi`)).json().belumDibaca).toBe(0);
        // nobody else reads them, not even the admin
        expect((await api(admin, "GET", `/api/instansi/${a.id}/notifikasi`)).json().items).toEqual([]);
      });
    });

    describe("usernames", () => {
      it("live in the agency's namespace: another agency's accounts are neither found nor refused", async () => {
        const ra = await buatAkun(admin, a.id, { username: "budi" });
        expect(ra.json().username).toBe(`budi@${a.kode.toLowerCase()}`);
        // B's admin may use the same name in B, and cannot probe A's namespace
        const rb = await buatAkun(adminB, b.id, { username: "budi" });
        expect(rb.statusCode).toBe(201);
        expect(rb.json().username).toBe(`budi@${b.kode.toLowerCase()}`);
        const coba = await buatAkun(adminB, b.id, { username: `budi@${a.kode.toLowerCase()}` });
        const takAda = await buatAkun(adminB, b.id, { username: `siapa@${a.kode.toLowerCase()}` });
        expect([coba.statusCode, coba.json().error.code]).toEqual([400, "USERNAME_TIDAK_VALID"]);
        expect(coba.json()).toEqual(takAda.json());
        // within the agency a taken name is said so
        const lagi = await buatAkun(admin, a.id, { username: "budi" });
        expect([lagi.statusCode, lagi.json().error.code]).toEqual([409, "USERNAME_DIPAKAI"]);
      });
    });

    describe("password policy", () => {
      it("refuses common, breached, repetitive and identity-bearing passwords with the reason", async () => {
        const pegawaiId = await buatPegawai(ctx.db, a.id);
        const r = await buatAkun(admin, a.id, { username: "kebijakan", pegawaiId });
        const { nip } = await ctx.db
          .selectFrom("pegawai")
          .select("nip")
          .where("id", "=", pegawaiId)
          .executeTakeFirstOrThrow();
        const lama = r.json().passwordSementara;
        const s = await login(ctx.app, r.json().username, lama);
        const ganti = (passwordBaru: string) =>
          api(s, "POST", "/api/auth/password", { passwordLama: lama, passwordBaru });
        const kasus: [string, string][] = [
          ["password12", "umum"],
          ["1qaz2wsx3edc", "umum"],
          ["Password2024!", "umum"],
          ["aaaaaaaaaa", "berpola"],
          ["ghijklmnop", "berpola"],
          ["xyzxyzxyzx", "berpola"],
          ["3456789012", "berpola"],
          [`kebijakan-${a.kode}`, "memuat_identitas"],
          [`x${nip}`, "memuat_identitas"],
          ["pendek", "pendek"],
        ];
        for (const [p, alasan] of kasus) {
          const res = await ganti(p);
          expect([p, res.statusCode, res.body]).toEqual([
            p,
            400,
            expect.stringContaining(`"alasan":"${alasan}"`),
          ]);
        }
        expect((await ganti("password12")).json().error.message).toMatch(/terlalu umum|pernah bocor/);
        expect((await ganti("Lampu-hijau-di-tikungan")).statusCode).toBe(204);
        // an admin-chosen temporary password follows the policy too
        const lemah = await buatAkun(admin, a.id, { username: "lemah", password: "password12" });
        expect([lemah.statusCode, lemah.json().error.details]).toEqual([400, { alasan: "umum" }]);
      });
    });

    describe("login events in the agency's audit log", () => {
      it("shows successful and failed logins and waits of the agency's accounts, never the password", async () => {
        const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
        const masuk = (password: string) =>
          ctx.app.inject({
            method: "POST",
            url: "/api/auth/login",
            remoteAddress: alamatUji(),
            payload: { username: u.username, password },
          });
        expect((await masuk(u.password)).statusCode).toBe(200);
        for (let i = 0; i < 6; i++) await masuk("salah-untuk-audit-1");
        const log = await api(
          admin,
          "GET",
          `/api/instansi/${a.id}/audit?aksi=login.&aktor=${u.id}&pageSize=50`,
        );
        expect(log.statusCode).toBe(200);
        const aksi = log.json().items.map((x: { aksi: string }) => x.aksi);
        expect(aksi).toEqual([
          "login.ditunda",
          "login.terkunci",
          "login.gagal",
          "login.gagal",
          "login.gagal",
          "login.gagal",
          "login.berhasil",
        ]);
        expect(log.body).not.toContain("salah-untuk-audit-1");
        // another agency's admin does not see them
        const logB = await api(adminB, "GET", `/api/instansi/${b.id}/audit?aksi=login.&aktor=${u.id}`);
        expect(logB.json().items).toEqual([]);
      });
    });
  },
  { config: { smtp: SMTP } },
);
