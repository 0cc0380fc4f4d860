import { describe, expect, it } from "vitest";
import { kodeTotp } from "../src/auth/totp.ts";
import { KEAMANAN } from "../src/config.ts";
import {
  alamatUji,
  buatInstansi,
  buatPengguna,
  cookieDari,
  describeOnDatabases,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

describeOnDatabases("platform: auth", (ctx) => {
  const masuk = (username: string, password: string, o: { ip?: string; totp?: string; lang?: string } = {}) =>
    ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: o.ip ?? alamatUji(),
      headers: o.lang ? { "accept-language": o.lang } : {},
      payload: o.totp ? { username, password, totp: o.totp } : { username, password },
    });
  const me = (s: SesiUji | null) => minta(ctx.app, s, { method: "GET", url: "/api/auth/me" });
  const auditTerakhir = (aksi: string) =>
    ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("aksi", "=", aksi)
      .orderBy("id", "desc")
      .executeTakeFirst();

  describe("login", () => {
    it("opens a session with httpOnly SameSite cookies and a CSRF token; the login is audited", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const res = await masuk(u.username.toUpperCase(), u.password, { ip: "10.200.0.1" });
      expect(res.statusCode).toBe(200);
      const sid = res.cookies.find((c) => c.name === "nurani_sid");
      const csrf = res.cookies.find((c) => c.name === "nurani_csrf");
      expect(sid?.httpOnly).toBe(true);
      expect(sid?.sameSite).toBe("Lax");
      expect(csrf?.httpOnly).toBeFalsy();
      expect(csrf?.value).toBe(res.json().csrfToken);
      expect(res.json().user).toMatchObject({
        username: u.username,
        totpAktif: false,
        harusGantiPassword: false,
      });
      const log = await auditTerakhir("login.berhasil");
      expect(log).toMatchObject({ pengguna_id: u.id, ip: "10.200.0.1" });
      // only a hash of the session token is stored
      const sesi = await ctx.db
        .selectFrom("sesi")
        .select("token_hash")
        .where("pengguna_id", "=", u.id)
        .execute();
      expect(sesi.map((r) => r.token_hash)).not.toContain(sid?.value);
    });

    it("refuses a wrong password or unknown user with the same 401, in the caller's language", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const salah = await masuk(u.username, "bukan-sandinya");
      const takAda = await masuk("tidak-ada-orangnya", "apa-saja-123", { lang: "en-US,en;q=0.9" });
      expect(salah.statusCode).toBe(401);
      expect(salah.json().error).toMatchObject({
        code: "LOGIN_GAGAL",
        message: "Nama pengguna atau kata sandi salah.",
      });
      expect(takAda.statusCode).toBe(401);
      expect(takAda.json().error).toMatchObject({
        code: "LOGIN_GAGAL",
        message: "Wrong username or password.",
      });
      expect(salah.cookies.find((c) => c.name === "nurani_sid")).toBeUndefined();
      expect(await auditTerakhir("login.gagal")).toBeDefined();
    });

    it(`makes a username wait after ${KEAMANAN.gagalBebasAkun} failures, even for the right password, until the wait ends`, async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      for (let i = 0; i < KEAMANAN.gagalBebasAkun; i++) {
        expect((await masuk(u.username, "salah-terus")).statusCode).toBe(401);
      }
      const terkunci = await masuk(u.username, u.password);
      expect(terkunci.statusCode).toBe(423);
      expect(terkunci.json().error.code).toBe("AKUN_TERKUNCI");
      // the wait is time-limited: once it has passed, the right password works again
      await ctx.db
        .updateTable("batas_login")
        .set({ tunggu_sampai: new Date(Date.now() - 1000) })
        .where("kunci", "=", `akun:${u.username}`)
        .execute();
      expect((await masuk(u.username, u.password)).statusCode).toBe(200);
    });

    it("limits failed logins per client address, not successful ones", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const ip = "10.250.1.1";
      // successes do not count
      for (let i = 0; i < 3; i++) expect((await masuk(u.username, u.password, { ip })).statusCode).toBe(200);
      const batas = ctx.config.loginGagalPerAlamat;
      for (let i = 0; i < batas; i += 20) {
        // spread over different usernames: no username waits, only the address counts
        const r = await Promise.all(
          Array.from({ length: Math.min(20, batas - i) }, (_, j) =>
            masuk(`orang${i + j}`, "salah-salah", { ip }),
          ),
        );
        expect(r.map((x) => x.statusCode)).toEqual(r.map(() => 401));
      }
      const dibatasi = await masuk(u.username, u.password, { ip });
      expect(dibatasi.statusCode).toBe(429);
      expect(dibatasi.json().error.code).toBe("TERLALU_BANYAK");
      // another address is not affected
      expect((await masuk(u.username, u.password, { ip: "10.250.1.2" })).statusCode).toBe(200);
    });
  });

  describe("session", () => {
    it("me answers 401 BELUM_LOGIN without a session or with a forged cookie", async () => {
      expect((await me(null)).json().error.code).toBe("BELUM_LOGIN");
      const res = await me({ cookie: "nurani_sid=palsu", csrf: "x" });
      expect(res.statusCode).toBe(401);
    });

    it("ends after the idle timeout and after the absolute lifetime", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const s1 = await login(ctx.app, u.username, u.password);
      expect((await me(s1)).statusCode).toBe(200);
      await ctx.db
        .updateTable("sesi")
        .set({ terakhir_aktif: new Date(Date.now() - (KEAMANAN.sesiIdleMenit + 1) * 60_000) })
        .where("pengguna_id", "=", u.id)
        .execute();
      expect((await me(s1)).statusCode).toBe(401);

      const s2 = await login(ctx.app, u.username, u.password);
      await ctx.db
        .updateTable("sesi")
        .set({ kedaluwarsa: new Date(Date.now() - 1000) })
        .where("pengguna_id", "=", u.id)
        .execute();
      expect((await me(s2)).statusCode).toBe(401);
      expect(await ctx.db.selectFrom("sesi").select("id").where("pengguna_id", "=", u.id).execute()).toEqual(
        [],
      );
    });

    it("logout needs the CSRF token, ends the session and clears the cookies", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const s = await login(ctx.app, u.username, u.password);
      const tanpa = await ctx.app.inject({
        method: "POST",
        url: "/api/auth/logout",
        headers: { cookie: s.cookie },
      });
      expect(tanpa.statusCode).toBe(403);
      expect(tanpa.json().error.code).toBe("CSRF");
      const salah = await minta(ctx.app, s, {
        method: "POST",
        url: "/api/auth/logout",
        headers: { "x-csrf-token": `${s.csrf}x` },
      });
      expect(salah.json().error.code).toBe("CSRF");
      expect((await me(s)).statusCode).toBe(200); // refused logouts changed nothing
      const keluar = await minta(ctx.app, s, { method: "POST", url: "/api/auth/logout" });
      expect(keluar.statusCode).toBe(204);
      expect(keluar.cookies.find((c) => c.name === "nurani_sid")?.value).toBe("");
      expect((await me(s)).statusCode).toBe(401);
      expect(await auditTerakhir("logout")).toMatchObject({ pengguna_id: u.id });
    });
  });

  describe("password", () => {
    it("changes the password with the old one, ends other sessions, refuses weak or wrong", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const s = await login(ctx.app, u.username, u.password);
      const lain = await login(ctx.app, u.username, u.password);
      const ganti = (passwordLama: string, passwordBaru: string) =>
        minta(ctx.app, s, {
          method: "POST",
          url: "/api/auth/password",
          payload: { passwordLama, passwordBaru },
        });
      expect((await ganti("salah-lama-123", "baru-yang-panjang")).json().error.code).toBe(
        "PASSWORD_LAMA_SALAH",
      );
      const lemah = await ganti(u.password, "pendek");
      expect(lemah.statusCode).toBe(400);
      expect(lemah.json().error.message).toContain(String(KEAMANAN.panjangPasswordMin));
      expect(lemah.json().error.details).toEqual({ alasan: "pendek" });
      expect((await ganti(u.password, "baru-yang-panjang")).statusCode).toBe(204);
      expect((await me(s)).statusCode).toBe(200);
      expect((await me(lain)).statusCode).toBe(401);
      expect((await masuk(u.username, u.password)).statusCode).toBe(401);
      expect((await masuk(u.username, "baru-yang-panjang")).statusCode).toBe(200);
    });

    // The reset route belongs to user administration (src/fitur/pengguna); the flow is the platform's.
    it("admin reset gives a temporary password that must be changed before anything else", async () => {
      const a = await buatInstansi(ctx.db);
      const b = await buatInstansi(ctx.db);
      const admin = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
      const adminB = await buatPengguna(ctx.db, [{ instansiId: b.id, peran: "admin_instansi" }]);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
      const sesiU = await login(ctx.app, u.username, u.password);
      const sa = await login(ctx.app, admin.username, admin.password);
      const sb = await login(ctx.app, adminB.username, adminB.password);

      // another agency's admin cannot reset A's user, neither through A's id nor through B's
      const viaA = await minta(ctx.app, sb, {
        method: "POST",
        url: `/api/instansi/${a.id}/pengguna/${u.id}/reset-password`,
      });
      expect(viaA.statusCode).toBe(403);
      const viaB = await minta(ctx.app, sb, {
        method: "POST",
        url: `/api/instansi/${b.id}/pengguna/${u.id}/reset-password`,
      });
      expect(viaB.statusCode).toBe(404);

      const res = await minta(ctx.app, sa, {
        method: "POST",
        url: `/api/instansi/${a.id}/pengguna/${u.id}/reset-password`,
      });
      expect(res.statusCode).toBe(200);
      const sementara: string = res.json().passwordSementara;
      expect(sementara).toHaveLength(16);
      expect((await me(sesiU)).statusCode).toBe(401); // the user's sessions ended
      const log = await ctx.db
        .selectFrom("audit_log")
        .selectAll()
        .where("objek_id", "=", u.id)
        .where("aksi", "like", "%reset%")
        .executeTakeFirst();
      expect(log).toMatchObject({ instansi_id: a.id, pengguna_id: admin.id });

      const s = await login(ctx.app, u.username, sementara);
      expect((await me(s)).json().user.harusGantiPassword).toBe(true);
      const diblok = await minta(ctx.app, s, { method: "GET", url: "/api/instansi" });
      expect(diblok.statusCode).toBe(403);
      expect(diblok.json().error.code).toBe("HARUS_GANTI_PASSWORD");
      const ganti = await minta(ctx.app, s, {
        method: "POST",
        url: "/api/auth/password",
        payload: { passwordLama: sementara, passwordBaru: "sandi-milik-sendiri" },
      });
      expect(ganti.statusCode).toBe(204);
      expect((await minta(ctx.app, s, { method: "GET", url: "/api/instansi" })).statusCode).toBe(200);
    });
  });

  describe("TOTP", () => {
    it("is set up, confirmed with a code, then required at login", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
      const s = await login(ctx.app, u.username, u.password);
      const setup = await minta(ctx.app, s, { method: "POST", url: "/api/auth/totp/setup" });
      expect(setup.statusCode).toBe(200);
      const { secret, otpauthUrl } = setup.json();
      expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Nurani:/);
      const salahKode = kodeTotp(secret) === "000000" ? "111111" : "000000";
      const aktifSalah = await minta(ctx.app, s, {
        method: "POST",
        url: "/api/auth/totp/aktifkan",
        payload: { kode: salahKode },
      });
      expect(aktifSalah.json().error.code).toBe("TOTP_SALAH");
      // not active until confirmed
      expect((await masuk(u.username, u.password)).statusCode).toBe(200);
      const aktif = await minta(ctx.app, s, {
        method: "POST",
        url: "/api/auth/totp/aktifkan",
        payload: { kode: kodeTotp(secret) },
      });
      expect(aktif.statusCode).toBe(204);

      const tanpaKode = await masuk(u.username, u.password);
      expect(tanpaKode.statusCode).toBe(401);
      expect(tanpaKode.json().error.code).toBe("TOTP_DIPERLUKAN");
      expect(tanpaKode.cookies.find((c) => c.name === "nurani_sid")).toBeUndefined();
      const kodeSalah = await masuk(u.username, u.password, { totp: salahKode });
      expect(kodeSalah.json().error.code).toBe("TOTP_SALAH");
      // the code that confirmed the setup is spent; the next step's code (clock drift window) works once
      const dipakai = await masuk(u.username, u.password, { totp: kodeTotp(secret) });
      expect(dipakai.json().error.code).toBe("TOTP_SALAH");
      const ok = await masuk(u.username, u.password, { totp: kodeTotp(secret, 1) });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user.totpAktif).toBe(true);
      expect(cookieDari(ok)).toContain("nurani_sid=");
      const ulang = await masuk(u.username, u.password, { totp: kodeTotp(secret, 1) });
      expect(ulang.statusCode).toBe(401);
      expect(ulang.json().error.code).toBe("TOTP_SALAH");
    });
  });
});
