/**
 * Security headers of every answer (docs/server.md "Headers, cookies and the
 * API description"):
 * - each `/api` answer is `Cache-Control: no-store` (personal results, a reset's
 *   temporary password: nothing a shared computer or a proxy may keep) and
 *   `X-Content-Type-Options: nosniff`, whatever the route set before;
 * - `Strict-Transport-Security` on every answer when the public URL is https;
 * - who may read `/api/docs` (`NURANI_API_DOCS`).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "../config.ts";
import type { Db } from "../db/factory.ts";
import { GalatApi } from "./errors.ts";
import { sesiPermintaan } from "./guard.ts";

/** One year, the value browsers' preload lists ask for; no subdomains (an agency's other hosts are not ours). */
const HSTS = "max-age=31536000";

const diApi = (url: string) => url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");

export function pasangKepalaKeamanan(app: FastifyInstance, config: Config): void {
  app.addHook("onSend", async (req, reply, payload) => {
    if (diApi(req.url)) {
      reply.header("cache-control", "no-store");
      reply.header("x-content-type-options", "nosniff");
    }
    if (config.hsts) reply.header("strict-transport-security", HSTS);
    return payload;
  });
}

/**
 * The `onRequest` hook of the `/api/docs` routes: `publik` lets anyone in,
 * `login` asks for a session (401 otherwise). With `mati` the routes are not
 * registered at all (404).
 */
export function kaitDokumenApi(config: Config, db: Db) {
  return async (req: FastifyRequest) => {
    if (config.apiDocs === "publik") return;
    if (!(await sesiPermintaan(req, db))) throw new GalatApi(401, "BELUM_LOGIN");
  };
}
