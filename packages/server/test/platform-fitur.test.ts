/**
 * The feature-module mechanism (http/fitur.ts, docs/architecture.md "Server
 * feature modules"): an area's URL groups are plugins under their prefix,
 * its in-memory state belongs to one app instance and is closed with it, and
 * the served OpenAPI lists every route of the table.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buatApp } from "../src/http/app.ts";
import { defineFitur, grupRute } from "../src/http/fitur.ts";
import { keadaan } from "../src/http/keadaan.ts";
import { buatLogger } from "../src/http/logger.ts";
import { defineRoute } from "../src/http/route.ts";
import { muatTabelRute } from "../src/http/route-table.ts";
import { ambilHalaman } from "../src/umum/halaman.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

describe("grupRute", () => {
  const rute = (url: string) =>
    defineRoute({ method: "GET", url, akses: "login", ringkasan: "uji", handler: async () => {} });

  it("accepts routes at and below its prefix", () => {
    const g = grupRute("/api/instansi/:instansiId/uji", [
      rute("/api/instansi/:instansiId/uji"),
      rute("/api/instansi/:instansiId/uji/:id"),
    ]);
    expect(g.rute).toHaveLength(2);
  });

  it("refuses a route outside its prefix, also one that only shares its first letters", () => {
    expect(() => grupRute("/api/uji", [rute("/api/lain")])).toThrow(/di luar prefiks/);
    expect(() => grupRute("/api/uji", [rute("/api/ujian")])).toThrow(/di luar prefiks/);
    expect(() => grupRute("/uji", [])).toThrow(/awali dengan \/api\//);
  });
});

/** A test area: counts requests in its per-app state and records when that state is closed. */
function areaUji(ditutup: number[]) {
  let dibuat = 0;
  const PENGHITUNG = keadaan(
    "uji.penghitung",
    () => ({ nomor: ++dibuat, n: 0 }),
    (s) => {
      ditutup.push(s.nomor);
    },
  );
  const LAIN = keadaan("uji.lain", () => 0);
  return defineFitur({
    nama: "uji",
    keadaan: [PENGHITUNG],
    grup: [
      grupRute("/api/instansi/:instansiId/uji", [
        defineRoute({
          method: "GET",
          url: "/api/instansi/:instansiId/uji/hitung",
          akses: "login",
          ringkasan: "uji",
          response: z.object({ nomor: z.number(), n: z.number() }),
          handler: async (ctx) => {
            const s = ctx.keadaan(PENGHITUNG);
            s.n++;
            return { ...s };
          },
        }),
        defineRoute({
          method: "GET",
          url: "/api/instansi/:instansiId/uji/lain",
          akses: "login",
          ringkasan: "uji",
          response: z.object({ n: z.number() }),
          handler: async (ctx) => ({ n: ctx.keadaan(LAIN) }),
        }),
      ]),
    ],
  });
}

describeOnDatabases("platform: feature modules", (ctx) => {
  let sesi: SesiUji;
  let instansiId: string;

  beforeAll(async () => {
    const a = await buatInstansi(ctx.db);
    await buatInstansi(ctx.db);
    instansiId = a.id;
    const u = await buatPengguna(ctx.db, [{ instansiId, peran: "admin_instansi" }]);
    sesi = await login(ctx.app, u.username, u.password);
  });

  describe("an area as a plugin", () => {
    const ditutup: number[] = [];
    let app1: FastifyInstance;
    let app2: FastifyInstance;
    const area = areaUji(ditutup);
    const bangun = () =>
      buatApp({ config: ctx.config, db: ctx.db, logger: buatLogger("silent"), fitur: [area], web: false });
    const hitung = (app: FastifyInstance) =>
      minta(app, sesi, { method: "GET", url: `/api/instansi/${instansiId}/uji/hitung` });

    beforeAll(async () => {
      app1 = await bangun();
      app2 = await bangun();
    });
    afterAll(async () => {
      await app1.close();
      await app2.close();
    });

    it("serves its routes under the group's prefix, through the guard", async () => {
      const r = await hitung(app1);
      expect(r.statusCode).toBe(200);
      const tanpaLogin = await app1.inject({ method: "GET", url: `/api/instansi/${instansiId}/uji/hitung` });
      expect(tanpaLogin.statusCode).toBe(401);
    });

    it("answers 404 in the API's shape for an unknown URL under the prefix", async () => {
      const r = await minta(app1, sesi, { method: "GET", url: `/api/instansi/${instansiId}/uji/tidak-ada` });
      expect(r.statusCode).toBe(404);
      expect(r.json().error.code).toBe("TIDAK_DITEMUKAN");
    });

    it("keeps its state per app instance, across requests", async () => {
      const a = (await hitung(app1)).json();
      const b = (await hitung(app1)).json();
      const c = (await hitung(app2)).json();
      expect(b.nomor).toBe(a.nomor);
      expect(b.n).toBe(a.n + 1);
      expect(c.nomor).not.toBe(a.nomor);
      expect(c.n).toBe(1);
    });

    it("gives a handler only the state its area declared", async () => {
      const r = await minta(app1, sesi, { method: "GET", url: `/api/instansi/${instansiId}/uji/lain` });
      expect(r.statusCode).toBe(500);
    });

    it("closes its state when the app closes", async () => {
      const nomor = (await hitung(app2)).json().nomor;
      expect(ditutup).not.toContain(nomor);
      await app2.close();
      expect(ditutup).toContain(nomor);
    });
  });

  it("serves every route of the table in the OpenAPI document (/api/docs/json)", async () => {
    // logged-in users only by default (NURANI_API_DOCS, platform-kepala.test.ts)
    const res = await minta(ctx.app, sesi, { method: "GET", url: "/api/docs/json" });
    const paths = res.json().paths as Record<string, Record<string, unknown>>;
    const kurang = (await muatTabelRute())
      .map((r) => [r.url.replace(/:(\w+)/g, "{$1}"), r.method.toLowerCase()] as const)
      .filter(([url, m]) => !paths[url]?.[m])
      .map(([url, m]) => `${m} ${url}`);
    expect(kurang).toEqual([]);
  });

  describe("ambilHalaman", () => {
    it("gives the page and the total of all rows, on every page and past the end", async () => {
      // instansi rows of this database, in a stable order
      const semua = ctx.db.selectFrom("instansi").select("id").orderBy("id");
      const n = (await semua.execute()).length;
      expect(n).toBeGreaterThan(1);
      const h1 = await ambilHalaman(ctx.db, semua, { page: 1, pageSize: 1 });
      expect(h1).toMatchObject({ total: n, page: 1, pageSize: 1 });
      expect(h1.items).toHaveLength(1);
      const akhir = await ambilHalaman(ctx.db, semua, { page: n, pageSize: 1 });
      expect(akhir.total).toBe(n);
      const lewat = await ambilHalaman(ctx.db, semua, { page: n + 5, pageSize: 1 });
      expect(lewat).toMatchObject({ items: [], total: n });
      const semuaSekaligus = await ambilHalaman(ctx.db, semua, { page: 1, pageSize: 200 });
      expect(semuaSekaligus.items.map((r) => r.id)).toEqual((await semua.execute()).map((r) => r.id));
      expect(semuaSekaligus.total).toBe(n);
    });
  });
});
