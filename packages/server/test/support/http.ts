import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

/** A logged-in client: its cookie header and CSRF token. */
export interface SesiUji {
  cookie: string;
  csrf: string;
}

/** `name=value; …` from a response's Set-Cookie headers (cleared cookies dropped). */
export function cookieDari(res: LightMyRequestResponse): string {
  return res.cookies
    .filter((c) => c.value !== "")
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
}

let alamatKe = 0;
/** A different client address for each call, so tests never trip the per-address login limit. */
export function alamatUji(): string {
  alamatKe += 1;
  return `10.${(alamatKe >> 16) & 255}.${(alamatKe >> 8) & 255}.${alamatKe & 255}`;
}

/** Logs in through the API (from a fresh client address); throws with the answer when it fails. */
export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
  totp?: string,
): Promise<SesiUji> {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    remoteAddress: alamatUji(),
    payload: totp ? { username, password, totp } : { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return { cookie: cookieDari(res), csrf: res.json().csrfToken };
}

/** A request as a logged-in user (cookie + CSRF header), or anonymous when `sesi` is null. */
export function minta(
  app: FastifyInstance,
  sesi: SesiUji | null,
  opsi: {
    method: InjectOptions["method"];
    url: string;
    payload?: InjectOptions["payload"];
    headers?: Record<string, string>;
    remoteAddress?: string;
  },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...opsi.headers };
  if (sesi) {
    headers.cookie = sesi.cookie;
    headers["x-csrf-token"] ??= sesi.csrf;
  }
  return app.inject({
    method: opsi.method,
    url: opsi.url,
    payload: opsi.payload,
    headers,
    remoteAddress: opsi.remoteAddress,
  });
}
