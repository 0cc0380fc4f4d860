import { Writable } from "node:stream";
import { PERAN } from "@nurani/domain";
import fc from "fast-check";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buatApp } from "../src/http/app.ts";
import { buatLogger } from "../src/http/logger.ts";
import { bahasaDari } from "../src/http/pesan.ts";
import { isScoped, isWrite, type RouteDef } from "../src/http/route.ts";
import { muatTabelRute } from "../src/http/route-table.ts";
import { GalatValidasi, rincianValidasi, validatorCompiler } from "../src/http/validasi.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  type SesiUji,
} from "./support/index.ts";

type JsonSchema = Record<string, unknown>;
const nama = (r: RouteDef) => `${r.method} ${r.url}`;

/** Paths in a JSON schema where a string has no upper bound, or an object accepts unknown keys. */
function celah(s: JsonSchema, path = "$"): string[] {
  const out: string[] = [];
  if (s.type === "string") {
    const pola = typeof s.pattern === "string" ? s.pattern : "";
    const polaTerbatas = pola.startsWith("^") && pola.endsWith("$") && !/[*+]|\{\d+,\}/.test(pola);
    // date / date-time / uuid formats are checked by shape (and a query string is bounded by Node's header limit)
    const berformat = ["date", "date-time", "uuid"].includes(s.format as string);
    if (
      s.maxLength === undefined &&
      s.enum === undefined &&
      s.const === undefined &&
      !polaTerbatas &&
      !berformat
    ) {
      out.push(`${path}: string without maxLength`);
    }
  }
  if (s.type === "object" && s.properties && s.additionalProperties !== false)
    out.push(`${path}: unknown keys accepted`);
  for (const [k, v] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {}))
    out.push(...celah(v, `${path}.${k}`));
  if (s.items && typeof s.items === "object") out.push(...celah(s.items as JsonSchema, `${path}[]`));
  for (const kunci of ["anyOf", "oneOf", "allOf"]) {
    for (const v of (s[kunci] as JsonSchema[]) ?? []) out.push(...celah(v, path));
  }
  return out;
}

const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as JsonSchema;

describe("validators of the route table", async () => {
  const routes = await muatTabelRute();
  const denganBody = routes.filter((r) => r.body);

  it("bound every string and reject unknown fields in bodies and query strings", () => {
    const temuan = routes.flatMap((r) => [
      ...(r.body ? celah(jsonSchema(r.body)).map((c) => `${nama(r)} body ${c}`) : []),
      ...(r.query
        ? celah(jsonSchema(r.query))
            .filter((c) => c.includes("string"))
            .map((c) => `${nama(r)} query ${c}`)
        : []),
    ]);
    expect(temuan).toEqual([]);
  });

  it("never throw on arbitrary JSON, and explain every refusal in Indonesian and English (property)", () => {
    expect(denganBody.length).toBeGreaterThan(2);
    for (const r of denganBody) {
      const validasi = validatorCompiler({ schema: r.body, method: r.method, url: r.url, httpPart: "body" });
      const kunci = Object.keys((jsonSchema(r.body).properties as object) ?? {});
      const nilai = fc.oneof(
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom(...kunci, "tambahan"), fc.jsonValue(), { maxKeys: kunci.length + 1 }),
      );
      fc.assert(
        fc.property(nilai, (v) => {
          const hasil = validasi(v) as { value?: unknown; error?: unknown };
          if (hasil.error === undefined) return;
          expect(hasil.error).toBeInstanceOf(GalatValidasi);
          for (const bahasa of ["id", "en"] as const) {
            for (const d of rincianValidasi(hasil.error as GalatValidasi, bahasa)) {
              expect(d.pesan.length, nama(r)).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 60 },
      );
    }
  });

  it("pick the caller's language from Accept-Language, Indonesian by default (property)", () => {
    expect(bahasaDari(undefined)).toBe("id");
    expect(bahasaDari("en-GB,en;q=0.8")).toBe("en");
    expect(bahasaDari("id-ID,id;q=0.9,en;q=0.8")).toBe("id");
    expect(bahasaDari("en;q=0.5,id;q=0.9")).toBe("id");
    fc.assert(fc.property(fc.string(), (h) => ["id", "en"].includes(bahasaDari(h))));
  });
});

describeOnDatabases("platform: bad input, health, OpenAPI", (ctx) => {
  let a: InstansiUji;
  let admin: SesiUji;

  beforeAll(async () => {
    a = await buatInstansi(ctx.db);
    const u = await buatPengguna(
      ctx.db,
      PERAN.map((peran) => ({ instansiId: a.id, peran })),
    );
    admin = await login(ctx.app, u.username, u.password);
  });

  const kirimMentah = (url: string, payload: string, o: { type?: string; lang?: string } = {}) =>
    ctx.app.inject({
      method: "POST",
      url,
      payload,
      headers: {
        "content-type": o.type ?? "application/json",
        "accept-language": o.lang ?? "id",
        cookie: admin.cookie,
        "x-csrf-token": admin.csrf,
      },
    });

  it("answers malformed JSON with 400 JSON_RUSAK in the caller's language", async () => {
    const id = await kirimMentah("/api/auth/login", '{"username": "x", ');
    expect(id.statusCode).toBe(400);
    expect(id.json().error).toMatchObject({
      code: "JSON_RUSAK",
      message: "Isi permintaan bukan JSON yang sah.",
    });
    const en = await kirimMentah("/api/auth/password", "{oops", { lang: "en" });
    expect(en.json().error).toMatchObject({
      code: "JSON_RUSAK",
      message: "The request body is not valid JSON.",
    });
  });

  it("answers wrong types, unknown fields and over-long strings with 400 VALIDASI naming the field", async () => {
    const ganti = (payload: unknown) =>
      minta(ctx.app, admin, { method: "POST", url: "/api/auth/password", payload: payload as object });
    const tipe = await ganti({ passwordLama: 12, passwordBaru: "cukup-panjang-sekali" });
    expect(tipe.statusCode).toBe(400);
    expect(tipe.json().error.code).toBe("VALIDASI");
    expect(tipe.json().error.details).toEqual([
      expect.objectContaining({ lokasi: "body", path: "passwordLama" }),
    ]);
    const lebih = await ganti({
      passwordLama: "a-b-c-d-e-f",
      passwordBaru: "cukup-panjang-sekali",
      admin: true,
    });
    expect(lebih.json().error.details[0]).toMatchObject({ kode: "unrecognized_keys" });
    const panjang = await ganti({ passwordLama: "a-b-c-d-e-f", passwordBaru: "x".repeat(10_000) });
    expect(panjang.statusCode).toBe(400);
    expect(panjang.json().error.details[0]).toMatchObject({ path: "passwordBaru", kode: "too_big" });
    // the submitted value is never echoed back
    expect(panjang.body).not.toContain("xxxxxxxxxx");
  });

  it("refuses a body over the limit (413), a wrong content type (415) and a malformed id (400 / 404)", async () => {
    const besar = await kirimMentah(
      "/api/auth/password",
      JSON.stringify({ passwordLama: "x".repeat(2 * 1024 * 1024) }),
    );
    expect(besar.statusCode).toBe(413);
    expect(besar.json().error.code).toBe("BODY_TERLALU_BESAR");
    const teks = await kirimMentah("/api/auth/password", "<passwordLama/>", { type: "application/xml" });
    expect(teks.statusCode).toBe(415);
    expect(teks.json().error.code).toBe("TIPE_KONTEN");
    const idRusak = await minta(ctx.app, admin, {
      method: "POST",
      url: `/api/instansi/${a.id}/pengguna/bukan-uuid/reset-password`,
    });
    expect(idRusak.statusCode).toBe(400);
    const instansiRusak = await minta(ctx.app, admin, { method: "GET", url: "/api/instansi/bukan-uuid" });
    expect(instansiRusak.statusCode).toBe(404);
  });

  it("answers arbitrary JSON bodies on every write route with a 4xx or success, never 500 (property)", async () => {
    const routes = (await muatTabelRute()).filter(
      (r) => isWrite(r) && r.body && (isScoped(r) || r.akses !== "publik"),
    );
    for (const r of routes) {
      const kunci = Object.keys((jsonSchema(r.body).properties as object) ?? {});
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.constantFrom(...kunci, "x"), fc.jsonValue({ maxDepth: 2 }), {
            maxKeys: kunci.length + 1,
          }),
          async (body) => {
            const url = r.url.replace(":instansiId", a.id).replace(/:(\w+)/g, () => crypto.randomUUID());
            const res = await minta(ctx.app, admin, { method: r.method, url, payload: body });
            expect(res.statusCode, `${nama(r)} ${JSON.stringify(body)} → ${res.body}`).toBeLessThan(500);
          },
        ),
        { numRuns: 12 },
      );
    }
  });

  it("answers unknown API paths with 404 in the error format", async () => {
    const res = await minta(ctx.app, admin, { method: "GET", url: "/api/tidak-ada" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("TIDAK_DITEMUKAN");
  });

  it("reports health and readiness (503 while a migration is pending)", async () => {
    expect((await ctx.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    expect((await ctx.app.inject({ url: "/readyz" })).json()).toEqual({ status: "siap" });
    await sql`delete from kysely_migration where name = '0001_inti'`.execute(ctx.db);
    const tertunda = await ctx.app.inject({ url: "/readyz" });
    await sql`insert into kysely_migration (name, timestamp) values ('0001_inti', now()::text)`.execute(
      ctx.db,
    );
    expect(tertunda.statusCode).toBe(503);
    expect(tertunda.json().tertunda).toEqual(["0001_inti"]);
    expect((await ctx.app.inject({ url: "/readyz" })).statusCode).toBe(200);
  });

  it("serves the OpenAPI description generated from the route schemas, and its UI", async () => {
    const spec = (await ctx.app.inject({ url: "/api/docs/json" })).json();
    expect(spec.openapi).toMatch(/^3\./);
    const login = spec.paths["/api/auth/login"].post;
    expect(login.requestBody.content["application/json"].schema.properties).toHaveProperty("username");
    expect(spec.paths).toHaveProperty("/api/instansi/{instansiId}");
    const ui = await ctx.app.inject({ url: "/api/docs/" });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers["content-type"]).toContain("text/html");
  });

  it("keeps passwords, cookies, CSRF tokens and NIPs out of the logs, and tags lines with the request id", async () => {
    const baris: string[] = [];
    const tujuan = new Writable({
      write(chunk, _enc, cb) {
        baris.push(String(chunk));
        cb();
      },
    });
    const app = await buatApp({
      config: ctx.config,
      db: ctx.db,
      logger: buatLogger("debug", tujuan),
      web: false,
    });
    const u = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "admin_instansi" }], {
      password: "sandi-rahasia-sekali",
    });
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "x-request-id": "uji-req-1" },
      payload: { username: u.username, password: "sandi-rahasia-sekali" },
    });
    const sid = res.cookies.find((c) => c.name === "nurani_sid")?.value ?? "";
    await app.inject({
      method: "GET",
      url: `/api/instansi/${a.id}/pegawai?q=198503122010011001&page=1`,
      headers: { cookie: `nurani_sid=${sid}`, "x-csrf-token": res.json().csrfToken },
    });
    await app.close();
    const log = baris.join("");
    expect(res.headers["x-request-id"]).toBe("uji-req-1");
    expect(log).toContain('"reqId":"uji-req-1"');
    for (const rahasia of ["sandi-rahasia-sekali", sid, res.json().csrfToken, "198503122010011001"]) {
      expect(log).not.toContain(rahasia);
    }
  });

  it("logs the caller's address, except on anonymous public routes (the public survey)", async () => {
    const baris: string[] = [];
    const tujuan = new Writable({
      write(chunk, _enc, cb) {
        baris.push(String(chunk));
        cb();
      },
    });
    const app = await buatApp({
      config: ctx.config,
      db: ctx.db,
      logger: buatLogger("info", tujuan),
      web: false,
    });
    await app.inject({ url: "/api/auth/config", remoteAddress: "198.51.100.21" });
    const survei = await app.inject({ url: `/api/publik/survei/${a.kode}`, remoteAddress: "198.51.100.22" });
    expect(survei.statusCode).toBe(200);
    await app.close();
    const log = baris.join("");
    expect(log).toContain("198.51.100.21");
    expect(log).toContain(`/api/publik/survei/${a.kode}`);
    expect(log).not.toContain("198.51.100.22");
  });
});
