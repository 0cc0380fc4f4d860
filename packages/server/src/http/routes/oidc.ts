import { z } from "zod";
import { KlienOidc, penggunaUntukKlaim } from "../../auth/oidc.ts";
import type { Config } from "../../config.ts";
import { GalatApi } from "../errors.ts";
import { defineRoute } from "../route.ts";
import { masukkan } from "./auth.ts";

const COOKIE_STATE = "nurani_oidc";
const PATH_OIDC = "/api/auth/oidc";

const klien = new Map<Config["oidc"], KlienOidc>();
function klienUntuk(config: Config): KlienOidc {
  if (!config.oidc) throw new GalatApi(404, "SSO_TIDAK_AKTIF");
  let k = klien.get(config.oidc);
  if (!k) {
    k = new KlienOidc(config.oidc);
    klien.set(config.oidc, k);
  }
  return k;
}

const teks = z.string().max(4096);

export const ruteOidc = [
  defineRoute({
    method: "GET",
    url: "/api/auth/config",
    akses: "publik",
    tag: "auth",
    ringkasan: "Cara masuk yang tersedia",
    response: z.object({ oidc: z.boolean() }),
    handler: async (ctx) => ({ oidc: ctx.config.oidc !== null }),
  }),
  defineRoute({
    method: "GET",
    url: "/api/auth/oidc/start",
    akses: "publik",
    tag: "auth",
    ringkasan: "Mulai login SSO (OpenID Connect, kode otorisasi + PKCE): 302 ke penyedia",
    handler: async (ctx) => {
      const { url, state } = await klienUntuk(ctx.config).mulai(ctx.db);
      ctx.reply.setCookie(COOKIE_STATE, state, {
        path: PATH_OIDC,
        httpOnly: true,
        sameSite: "lax",
        secure: ctx.config.cookieSecure,
        maxAge: 600,
      });
      return ctx.alihkan(url);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/api/auth/oidc/callback",
    akses: "publik",
    tag: "auth",
    ringkasan: "Kembali dari penyedia SSO: membuka sesi lalu 302 ke / (atau ke /login?sso=KODE bila gagal)",
    aksi: "login.sso",
    query: z.object({ state: teks, code: teks.optional(), error: teks.optional() }).catchall(teks),
    handler: async (ctx) => {
      const k = klienUntuk(ctx.config);
      const gagal = (kode: string) => {
        ctx.audit({ aksi: "login.sso_gagal", rincian: { kode } });
        return ctx.alihkan(`/login?sso=${kode}`);
      };
      ctx.reply.clearCookie(COOKIE_STATE, { path: PATH_OIDC });
      if (ctx.req.cookies[COOKIE_STATE] !== ctx.query.state) return gagal("SSO_GAGAL");
      const queryString = ctx.req.url.slice(ctx.req.url.indexOf("?"));
      let klaim: Awaited<ReturnType<KlienOidc["selesai"]>>;
      try {
        klaim = await k.selesai(ctx.db, ctx.query.state, queryString);
      } catch (e) {
        ctx.req.log.warn({ err: e }, "OIDC callback ditolak");
        return gagal("SSO_GAGAL");
      }
      const penggunaId = await penggunaUntukKlaim(ctx.db, klaim);
      if (!penggunaId) return gagal("SSO_TIDAK_DIKENAL");
      await masukkan(ctx, penggunaId);
      ctx.audit({ aksi: "login.berhasil", penggunaId, rincian: { metode: "sso" } });
      return ctx.alihkan("/");
    },
  }),
];
