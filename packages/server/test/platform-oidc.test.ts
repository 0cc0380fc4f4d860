import http from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import Provider from "oidc-provider";
import { afterAll, expect, it } from "vitest";
import { buatApp } from "../src/http/app.ts";
import { buatLogger } from "../src/http/logger.ts";
import { buatInstansi, buatPengguna, cookieDari, describeOnDatabases } from "./support/index.ts";

/**
 * A real OpenID Connect provider (`oidc-provider`, its development login and
 * consent pages) on loopback. Accounts are whatever login name is typed;
 * `preferred_username` = the login name, `email` = `<login>@sso.example.go.id`.
 */
const server = http.createServer();
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const REDIRECT = "http://127.0.0.1:3000/api/auth/oidc/callback";
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: "nurani",
      client_secret: "rahasia-klien-uji",
      redirect_uris: [REDIRECT],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], profile: ["preferred_username"], email: ["email"] },
  cookies: { keys: ["kunci-cookie-uji"] },
  findAccount: async (_ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, preferred_username: id, email: `${id}@sso.example.go.id` }),
  }),
});
server.on("request", provider.callback());
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A browser's cookie jar for the provider (path-insensitive, good enough here). */
class Toples {
  private readonly isi = new Map<string, string>();
  simpan(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pasangan] = c.split(";");
      const i = pasangan.indexOf("=");
      this.isi.set(pasangan.slice(0, i), pasangan.slice(i + 1));
    }
  }
  get header() {
    return [...this.isi].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Drives the authorization-code flow like a browser: our /start, the provider's
 * login and consent forms (as `akun`), back to our callback. Returns the callback's answer.
 */
async function alurSso(app: FastifyInstance, akun: string, o: { rusakState?: boolean } = {}) {
  const start = await app.inject({ method: "GET", url: "/api/auth/oidc/start" });
  expect(start.statusCode).toBe(302);
  const cookieKita = cookieDari(start);
  const toples = new Toples();
  let url = new URL(start.headers.location as string);
  expect(url.origin).toBe(issuer);
  expect(url.searchParams.get("code_challenge_method")).toBe("S256");
  for (let langkah = 0; langkah < 12; langkah++) {
    if (url.origin !== issuer) break;
    const interaksi = url.pathname.match(/^\/interaction\/([^/]+)$/);
    let res: Response;
    if (interaksi) {
      const halaman = await fetch(url, { headers: { cookie: toples.header }, redirect: "manual" });
      toples.simpan(halaman);
      const html = await halaman.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? "login";
      const body = new URLSearchParams(
        prompt === "login" ? { prompt, login: akun, password: "apa-saja" } : { prompt },
      );
      res = await fetch(url, {
        method: "POST",
        body,
        headers: { cookie: toples.header, "content-type": "application/x-www-form-urlencoded" },
        redirect: "manual",
      });
    } else {
      res = await fetch(url, { headers: { cookie: toples.header }, redirect: "manual" });
    }
    toples.simpan(res);
    const lokasi = res.headers.get("location");
    if (!lokasi) throw new Error(`penyedia berhenti di ${url.pathname}: ${res.status} ${await res.text()}`);
    url = new URL(lokasi, url);
  }
  expect(`${url.origin}${url.pathname}`).toBe(REDIRECT);
  return app.inject({
    method: "GET",
    url: `${url.pathname}${url.search}`,
    headers: { cookie: o.rusakState ? "nurani_oidc=palsu" : cookieKita },
  });
}

describeOnDatabases(
  "platform: OpenID Connect login against a local oidc-provider",
  (ctx) => {
    it("advertises SSO", async () => {
      expect((await ctx.app.inject({ url: "/api/auth/config" })).json()).toEqual({ oidc: true });
    });

    it("logs a known user in (matched by preferred_username, then linked by subject) and audits it", async () => {
      const a = await buatInstansi(ctx.db);
      const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pimpinan" }], {
        username: "siti.rahayu",
      });
      const res = await alurSso(ctx.app, "siti.rahayu");
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe("/");
      const me = await ctx.app.inject({ url: "/api/auth/me", headers: { cookie: cookieDari(res) } });
      expect(me.statusCode).toBe(200);
      expect(me.json().user.username).toBe("siti.rahayu");
      const p = await ctx.db
        .selectFrom("pengguna")
        .select("oidc_subject")
        .where("id", "=", u.id)
        .executeTakeFirstOrThrow();
      expect(p.oidc_subject).toBe("siti.rahayu");
      const log = await ctx.db
        .selectFrom("audit_log")
        .selectAll()
        .where("pengguna_id", "=", u.id)
        .where("aksi", "=", "login.berhasil")
        .executeTakeFirst();
      expect(log?.rincian).toEqual({ metode: "sso" });

      // once linked, the subject decides — even after the username changes locally
      await ctx.db.updateTable("pengguna").set({ username: "siti.r" }).where("id", "=", u.id).execute();
      const lagi = await alurSso(ctx.app, "siti.rahayu");
      expect(lagi.headers.location).toBe("/");
      const me2 = await ctx.app.inject({ url: "/api/auth/me", headers: { cookie: cookieDari(lagi) } });
      expect(me2.json().user?.username, `${me2.body} ${cookieDari(lagi)}`).toBe("siti.r");
    });

    it("matches by e-mail when no username matches", async () => {
      const a = await buatInstansi(ctx.db);
      await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }], {
        username: "budi@sso.example.go.id",
      });
      const res = await alurSso(ctx.app, "budi");
      const me = await ctx.app.inject({ url: "/api/auth/me", headers: { cookie: cookieDari(res) } });
      expect(me.json().user.username).toBe("budi@sso.example.go.id");
    });

    it("opens no session for an SSO identity that is not a Nurani user", async () => {
      const res = await alurSso(ctx.app, "orang.asing");
      expect(res.headers.location).toBe("/login?sso=SSO_TIDAK_DIKENAL");
      expect(res.cookies.find((c) => c.name === "nurani_sid")).toBeUndefined();
    });

    it("says when SSO is not configured", async () => {
      const tanpa = await buatApp({
        config: { ...ctx.config, oidc: null },
        db: ctx.db,
        logger: buatLogger("silent"),
        web: false,
      });
      expect((await tanpa.inject({ url: "/api/auth/config" })).json()).toEqual({ oidc: false });
      const res = await tanpa.inject({ url: "/api/auth/oidc/start" });
      await tanpa.close();
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("SSO_TIDAK_AKTIF");
    });

    it("refuses a callback whose state does not belong to this browser", async () => {
      const a = await buatInstansi(ctx.db);
      await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }], { username: "joko.w" });
      const res = await alurSso(ctx.app, "joko.w", { rusakState: true });
      expect(res.headers.location).toBe("/login?sso=SSO_GAGAL");
      expect(res.cookies.find((c) => c.name === "nurani_sid")).toBeUndefined();
    });
  },
  {
    config: {
      oidc: { issuer, clientId: "nurani", clientSecret: "rahasia-klien-uji", redirectUri: REDIRECT },
    },
  },
);
