/**
 * Serves the built web app (`packages/web/dist`) from the API process.
 * Hashed assets (`/assets/*`) are cached for a year as immutable; everything
 * else — above all `index.html` — must be revalidated, so a new deployment is
 * picked up on the next load. Any other GET outside `/api` answers
 * `index.html` (SPA fallback: the client router owns those paths).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { GalatApi } from "./errors.ts";

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/dist");

const ASET_TETAP = "public, max-age=31536000, immutable";
const SELALU_PERIKSA = "no-cache";

// Mantine writes its CSS variables in a <style> element and components use
// inline style attributes, hence 'unsafe-inline' for styles only.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function headerHtml(reply: FastifyReply): void {
  reply.header("Cache-Control", SELALU_PERIKSA);
  reply.header("Content-Security-Policy", CSP);
  reply.header("X-Content-Type-Options", "nosniff");
  reply.header("X-Frame-Options", "DENY");
  reply.header("Referrer-Policy", "same-origin");
}

function bukanHalaman(url: string): boolean {
  const p = url.split("?")[0];
  return (
    p === "/api" || p.startsWith("/api/") || p.startsWith("/assets/") || p === "/healthz" || p === "/readyz"
  );
}

export async function registerWeb(app: FastifyInstance): Promise<void> {
  const index = path.join(WEB_DIST, "index.html");
  if (!fs.existsSync(index)) {
    app.log.warn(
      { dist: WEB_DIST },
      "aplikasi web belum dibangun (npm run build -w @nurani/web); hanya API yang dilayani",
    );
    app.setNotFoundHandler((req, reply) => {
      if (req.method !== "GET" || bukanHalaman(req.url)) throw new GalatApi(404, "TIDAK_DITEMUKAN");
      reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send(
          "Aplikasi web belum dibangun. Jalankan `npm start` atau `npm run build -w @nurani/web`.\n" +
            "The web app has not been built. Run `npm start` or `npm run build -w @nurani/web`.\n",
        );
    });
    return;
  }

  await app.register(fastifyStatic, {
    root: WEB_DIST,
    prefix: "/",
    // files are looked up per request, so a rebuild while the server runs is picked up
    wildcard: true,
    index: ["index.html"],
    // the build writes .br and .gz copies (vite.config.ts); send one when the browser accepts it
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      const rel = path.relative(WEB_DIST, file).split(path.sep).join("/");
      if (rel.startsWith("assets/")) reply.header("Cache-Control", ASET_TETAP);
      else if (rel.endsWith(".html")) headerHtml(reply);
      else reply.header("Cache-Control", SELALU_PERIKSA);
    },
  });

  app.setNotFoundHandler((req, reply) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || bukanHalaman(req.url)) {
      throw new GalatApi(404, "TIDAK_DITEMUKAN");
    }
    headerHtml(reply);
    return reply.type("text/html; charset=utf-8").sendFile("index.html", { cacheControl: false });
  });
}
