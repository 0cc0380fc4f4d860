/**
 * Security headers and cookie flags (docs/server.md "Headers, cookies and the
 * API description"): every /api answer is no-store + nosniff; cookies are
 * Secure and HSTS is sent whenever the public URL is https; who reads /api/docs.
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Config, ConfigError, loadConfig } from "../src/config.ts";
import { buatApp } from "../src/http/app.ts";
import { buatLogger } from "../src/http/logger.ts";
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

const HTTPS = { NURANI_URL_PUBLIK: "https://nurani.contoh.go.id/" };

describe("configuration of cookies, HSTS and the API description", () => {
  it("marks cookies Secure and sends HSTS by default exactly when the public URL is https", () => {
    expect(loadConfig({})).toMatchObject({ urlPublik: null, cookieSecure: false, hsts: false });
    expect(loadConfig(HTTPS)).toMatchObject({
      urlPublik: "https://nurani.contoh.go.id",
      cookieSecure: true,
      hsts: true,
    });
    expect(loadConfig({ NURANI_URL_PUBLIK: "http://10.0.0.5:3000" })).toMatchObject({
      cookieSecure: false,
      hsts: false,
    });
    // an explicit setting still wins (e.g. a test instance on https without Secure cookies)
    expect(loadConfig({ ...HTTPS, NURANI_COOKIE_SECURE: "0" }).cookieSecure).toBe(false);
    expect(loadConfig({ NURANI_COOKIE_SECURE: "1" }).cookieSecure).toBe(true);
    expect(() => loadConfig({ NURANI_URL_PUBLIK: "nurani.contoh.go.id" })).toThrow(ConfigError);
  });

  it("serves /api/docs to logged-in users unless told otherwise", () => {
    expect(loadConfig({}).apiDocs).toBe("login");
    expect(loadConfig({ NURANI_API_DOCS: "publik" }).apiDocs).toBe("publik");
    expect(loadConfig({ NURANI_API_DOCS: "mati" }).apiDocs).toBe("mati");
    expect(() => loadConfig({ NURANI_API_DOCS: "ya" })).toThrow(/publik, login atau mati/);
  });
});

const tanpaSimpan = (r: LightMyRequestResponse, apa: string) => {
  expect(r.headers["cache-control"], apa).toBe("no-store");
  expect(r.headers["x-content-type-options"], apa).toBe("nosniff");
};

describeOnDatabases("platform: security headers and cookies", (ctx) => {
  let a: InstansiUji;
  let admin: SesiUji;
  let lain: { id: string; username: string; password: string };
  const appLain: FastifyInstance[] = [];

  /** The same API on the same database with another configuration. */
  const appDengan = async (c: Partial<Config>) => {
    const app = await buatApp({
      config: { ...ctx.config, ...c },
      db: ctx.db,
      logger: buatLogger("silent"),
      web: false,
    });
    await app.ready();
    appLain.push(app);
    return app;
  };

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }]);
    lain = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    admin = await login(ctx.app, u.username, u.password);
  });
  afterAll(async () => {
    for (const app of appLain) await app.close();
  });

  it("answers every /api request with no-store and nosniff: a reset's temporary password, reads, files, errors", async () => {
    const reset = await minta(ctx.app, admin, {
      method: "POST",
      url: `/api/instansi/${a.id}/pengguna/${lain.id}/reset-password`,
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().passwordSementara).toBeTruthy();
    tanpaSimpan(reset, "reset password");
    tanpaSimpan(await minta(ctx.app, admin, { method: "GET", url: "/api/auth/me" }), "me");
    const berkas = await minta(ctx.app, admin, { method: "GET", url: `/api/instansi/${a.id}/audit/ekspor` });
    expect(berkas.statusCode, berkas.body).toBe(200);
    tanpaSimpan(berkas, "berkas");
    tanpaSimpan(await minta(ctx.app, null, { method: "GET", url: "/api/auth/me" }), "401");
    tanpaSimpan(await minta(ctx.app, admin, { method: "GET", url: "/api/tidak-ada" }), "404");
    const login = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: alamatUji(),
      payload: { username: "tidak-ada", password: "salah-sekali-123" },
    });
    tanpaSimpan(login, "login gagal");
    // outside /api (health) the route decides
    expect((await ctx.app.inject({ url: "/healthz" })).headers["cache-control"]).toBeUndefined();
  });

  it("sets cookies without Secure and no HSTS on a plain-http deployment", async () => {
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    const r = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: alamatUji(),
      payload: { username: u.username, password: u.password },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.cookies.length).toBeGreaterThan(0);
    for (const c of r.cookies) expect(c.secure, c.name).toBeFalsy();
    expect(r.headers["strict-transport-security"]).toBeUndefined();
  });

  it("sets Secure cookies and HSTS on every answer when the public URL is https", async () => {
    const app = await appDengan(loadConfig(HTTPS));
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    const r = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: alamatUji(),
      payload: { username: u.username, password: u.password },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.cookies.map((c) => c.name).sort()).toEqual(["nurani_csrf", "nurani_sid"]);
    for (const c of r.cookies) expect(c.secure, c.name).toBe(true);
    expect(r.headers["strict-transport-security"]).toBe("max-age=31536000");
    expect((await app.inject({ url: "/healthz" })).headers["strict-transport-security"]).toBe(
      "max-age=31536000",
    );
  });

  it("serves /api/docs to a session by default, to anyone when publik, to nobody when mati", async () => {
    const anonim = await ctx.app.inject({ url: "/api/docs/json" });
    expect([anonim.statusCode, anonim.json().error.code]).toEqual([401, "BELUM_LOGIN"]);
    expect((await ctx.app.inject({ url: "/api/docs/" })).statusCode).toBe(401);
    const masuk = await minta(ctx.app, admin, { method: "GET", url: "/api/docs/json" });
    expect(masuk.statusCode).toBe(200);
    expect(masuk.json().openapi).toMatch(/^3\./);

    const publik = await appDengan({ apiDocs: "publik" });
    expect((await publik.inject({ url: "/api/docs/json" })).statusCode).toBe(200);

    const mati = await appDengan({ apiDocs: "mati" });
    const tutup = await mati.inject({ url: "/api/docs/json", headers: { cookie: admin.cookie } });
    expect([tutup.statusCode, tutup.json().error.code]).toEqual([404, "TIDAK_DITEMUKAN"]);
    expect((await mati.inject({ url: "/api/docs/", headers: { cookie: admin.cookie } })).statusCode).toBe(
      404,
    );
  });
});
