import type { FastifyReply } from "fastify";
import { KEAMANAN } from "../config.ts";
import { COOKIE_CSRF, COOKIE_SESI } from "./guard.ts";

/** Session cookie (httpOnly) and the CSRF cookie the web app reads (docs/api.md). */
export function pasangCookieSesi(
  reply: FastifyReply,
  token: string,
  csrfToken: string,
  secure: boolean,
): void {
  const maxAge = KEAMANAN.sesiMaksJam * 3600;
  reply.setCookie(COOKIE_SESI, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge });
  reply.setCookie(COOKIE_CSRF, csrfToken, { path: "/", httpOnly: false, sameSite: "lax", secure, maxAge });
}

export function hapusCookieSesi(reply: FastifyReply): void {
  reply.clearCookie(COOKIE_SESI, { path: "/" });
  reply.clearCookie(COOKIE_CSRF, { path: "/" });
}
