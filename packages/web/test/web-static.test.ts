/**
 * `registerWeb` (packages/server/src/http/web.ts): the built app served by the
 * API process with the right caching, and the SPA fallback that never hides
 * an API 404.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { BANK_NASIONAL } from "@nurani/domain";
import { type Basisdata, buatApp, loadConfig } from "@nurani/server";
import { basisdataUji, buatLogger, WEB_DIST } from "@nurani/server/test-support";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bangunWebBilaUsang } from "../e2e/support/server.ts";

describe("web app served by the server", () => {
  let app: FastifyInstance;
  let basisdata: Basisdata;
  let aset: string;

  beforeAll(async () => {
    bangunWebBilaUsang();
    aset = `/assets/${fs.readdirSync(path.join(WEB_DIST, "assets")).find((f) => f.endsWith(".js"))}`;
    basisdata = await basisdataUji("pglite");
    app = await buatApp({
      config: { ...loadConfig({}), workers: 0 },
      db: basisdata.db,
      logger: buatLogger("silent"),
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await basisdata?.tutup();
  });

  it("answers / with index.html that browsers must revalidate", async () => {
    const r = await app.inject({ method: "GET", url: "/" });
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toMatch(/text\/html/);
    expect(r.headers["cache-control"]).toBe("no-cache");
    expect(r.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(r.body).toContain('<div id="root">');
  });

  it("caches hashed assets for a year as immutable", async () => {
    const r = await app.inject({ method: "GET", url: aset });
    expect(r.statusCode).toBe(200);
    expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("sends a compressed copy of a hashed asset to a browser that accepts it, the plain file otherwise", async () => {
    const plain = await app.inject({ method: "GET", url: aset });
    const br = await app.inject({ method: "GET", url: aset, headers: { "accept-encoding": "gzip, br" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(zlib.brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    const gz = await app.inject({ method: "GET", url: aset, headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });

  it("answers client routes (deep links) with index.html", async () => {
    for (const url of ["/pegawai", "/pegawai/0b7d3c1e-8f1a-4c55-9a39-1f2e3d4c5b6a", "/login?sso=SSO_GAGAL"]) {
      const r = await app.inject({ method: "GET", url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers["cache-control"]).toBe("no-cache");
      expect(r.body).toContain('<div id="root">');
    }
  });

  it("keeps JSON 404s for unknown API paths, missing assets and non-GET requests", async () => {
    for (const [method, url] of [
      ["GET", "/api/tidak-ada"],
      ["GET", "/assets/tidak-ada.js"],
      ["POST", "/pegawai"],
    ] as const) {
      const r = await app.inject({ method, url });
      expect(r.statusCode, `${method} ${url}`).toBe(404);
      expect(r.json().error.code).toBe("TIDAK_DITEMUKAN");
    }
  });

  it("ships none of the national item bank: no statement text, so no key, reaches a browser", () => {
    // the keys are the national evaluator's only (docs/item-bank.md "Who sees the keys"); the bank
    // module travels with its keys, so importing the domain's root index would ship them all
    const isi = fs
      .readdirSync(path.join(WEB_DIST, "assets"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => fs.readFileSync(path.join(WEB_DIST, "assets", f), "utf8"))
      .join("\n");
    expect(isi.length).toBeGreaterThan(100_000);
    const bocor = BANK_NASIONAL.pernyataan.filter((p) => isi.includes(p.teks.slice(0, 60)));
    expect(bocor.map((p) => p.id)).toEqual([]);
  });
});
