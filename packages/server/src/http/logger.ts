import type { FastifyRequest } from "fastify";
import pino, { type Logger } from "pino";

/** Paths pino must never print: cookies, CSRF tokens, passwords, TOTP codes, NIP. */
export const REDAKSI = [
  "req.headers.cookie",
  'req.headers["x-csrf-token"]',
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "*.password",
  "*.passwordLama",
  "*.passwordBaru",
  "*.totp",
  "*.nip",
];

/** The URL as logged: query values that may hold personal data (search terms, NIP) are masked. */
export function urlAman(url: string): string {
  const i = url.indexOf("?");
  const jalur = (i < 0 ? url : url.slice(0, i)).replace(/\d{18}/g, "[NIP]");
  if (i < 0) return jalur;
  const q = new URLSearchParams(url.slice(i + 1));
  const kunci = [...new Set(q.keys())].map((k) =>
    /^(page|pageSize|aktif|format)$/.test(k) ? `${k}=${q.get(k)}` : `${k}=…`,
  );
  return `${jalur}?${kunci.join("&")}`;
}

const serializerReq = (req: FastifyRequest) => ({
  method: req.method,
  url: urlAman(req.url),
  // anonymous public routes (route flag `tanpaAlamat`) leave no address in the log either
  remoteAddress: req.routeOptions?.config?.tanpaAlamat ? undefined : req.ip,
});

/** JSON logs; each request's lines carry `reqId` (Fastify child logger). */
export function buatLogger(level: string, tujuan?: pino.DestinationStream): Logger {
  const opsi = {
    level,
    redact: { paths: REDAKSI, censor: "[disamarkan]" },
    serializers: { req: serializerReq, err: pino.stdSerializers.err },
  };
  return tujuan ? pino(opsi, tujuan) : pino(opsi);
}
