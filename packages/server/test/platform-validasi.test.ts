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
  }, 240_000); // 12 bodies on every write route, whose number grows with the product

  it("bounds free-form JSON (a programme draft): too deep, too many keys or too large is 400 naming the bound, nothing stored", async () => {
    const siklus = await minta(ctx.app, admin, {
      method: "POST",
      url: `/api/instansi/${a.id}/program/siklus`,
      payload: { nama: "Siklus uji draf" },
    });
    expect(siklus.statusCode, siklus.body).toBe(201);
    const urlSiklus = `/api/instansi/${a.id}/program/siklus/${siklus.json().id}`;
    const simpan = (payload: string, lang = "id") =>
      minta(ctx.app, admin, {
        method: "PUT",
        url: `${urlSiklus}/persiapan/rencana_aksi/draf`,
        payload,
        headers: { "content-type": "application/json", "accept-language": lang },
      });
    // ~4,500 levels in 9 KB (this crashed serialisation: 500)
    const dalam = await simpan(`{"draf":{"a":${"[".repeat(4500)}${"]".repeat(4500)}}}`);
    expect([dalam.statusCode, dalam.json().error.code]).toEqual([400, "VALIDASI"]);
    expect(dalam.json().error.details[0]).toMatchObject({ path: "draf" });
    expect(dalam.json().error.details[0].pesan).toMatch(/bersarang terlalu dalam \(maksimal 12 tingkat\)/);
    const banyak = await simpan(
      JSON.stringify({ draf: Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i])) }),
      "en",
    );
    expect([banyak.statusCode, banyak.json().error.code]).toEqual([400, "VALIDASI"]);
    expect(banyak.json().error.details[0].pesan).toBe("The data holds too many values (at most 5000).");
    const besar = await simpan(JSON.stringify({ draf: { catatan: Array(100).fill("x".repeat(2000)) } }));
    expect(besar.json().error.details[0].pesan).toMatch(/terlalu besar \(maksimal 128 KiB\)/);
    // a real draft is kept
    const wajar = await simpan(JSON.stringify({ draf: { target: [{ kode: "T1", sasaran: ["u1"] }] } }));
    expect(wajar.statusCode, wajar.body).toBe(204);
    const baca = await minta(ctx.app, admin, { method: "GET", url: urlSiklus });
    expect(baca.json().draf).toEqual({ rencana_aksi: { target: [{ kode: "T1", sasaran: ["u1"] }] } });
    // property: any JSON (deeply nested too) as a draft is stored or refused, never a 500
    const bersarang = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.jsonValue({ maxDepth: 2 }),
        fc.array(tie("v"), { maxLength: 2 }),
        fc.dictionary(fc.string({ maxLength: 3 }), tie("v"), { maxKeys: 2 }),
      ),
    })).v;
    await fc.assert(
      fc.asyncProperty(bersarang, fc.integer({ min: 0, max: 3000 }), async (v, tambahan) => {
        const teks = `{"draf":{"a":${"[".repeat(tambahan)}${JSON.stringify(v)}${"]".repeat(tambahan)}}}`;
        const r = await simpan(teks);
        expect(r.statusCode, r.body).toBeLessThan(500);
        expect([204, 400]).toContain(r.statusCode);
      }),
      { numRuns: 40 },
    );
  });

  it("answers a multipart upload cut before its closing boundary with 400 on all four upload routes, storing nothing", async () => {
    const nas = await buatInstansi(ctx.db, { nasional: true });
    const ev = await buatPengguna(ctx.db, [{ instansiId: nas.id, peran: "evaluator_nasional" }]);
    const evaluator = await login(ctx.app, ev.username, ev.password);
    const siklus = await minta(ctx.app, admin, {
      method: "POST",
      url: `/api/instansi/${a.id}/program/siklus`,
      payload: { nama: "Siklus uji unggah" },
    });
    const { id: kategori } = await ctx.db
      .insertInto("kategori_forum")
      .values({ instansi_id: a.id, nama: "Uji unggah" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const pengguna = await ctx.db.selectFrom("pengguna").select("id").limit(1).executeTakeFirstOrThrow();
    const { id: utas } = await ctx.db
      .insertInto("utas_forum")
      .values({ instansi_id: a.id, kategori_id: kategori, judul: "Uji", isi: "Uji", penulis_id: pengguna.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    const rute = [
      {
        sesi: admin,
        url: `/api/instansi/${a.id}/impor-pegawai`,
        nama: "pegawai.csv",
        tabel: "impor_pegawai",
      },
      {
        sesi: admin,
        url: `/api/instansi/${a.id}/program/siklus/${siklus.json().id}/berkas`,
        nama: "sk.pdf",
        tabel: "berkas_program",
      },
      {
        sesi: admin,
        url: `/api/instansi/${a.id}/forum/utas/${utas}/lampiran`,
        nama: "a.txt",
        tabel: "lampiran_forum",
      },
      { sesi: evaluator, url: "/api/bank-butir/impor", nama: "bank.json", tabel: "bank_butir_versi" },
    ] as const;
    const batas = "----nurani-uji-batas";
    const utuh = (nama: string) =>
      Buffer.concat([
        Buffer.from(
          `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${nama}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        Buffer.from("%PDF-1.4\nNIP,Nama,Kode Unit,Jabatan,Jenis Jabatan\n".repeat(40)),
        Buffer.from(`\r\n--${batas}--\r\n`),
      ]);
    const kirim = (r: (typeof rute)[number], payload: Buffer) =>
      minta(ctx.app, r.sesi, {
        method: "POST",
        url: r.url,
        payload,
        headers: { "content-type": `multipart/form-data; boundary=${batas}` },
      });
    const jumlah = async (tabel: (typeof rute)[number]["tabel"]) =>
      Number(
        (
          await ctx.db
            .selectFrom(tabel)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    for (const r of rute) {
      const sebelum = await jumlah(r.tabel);
      const isi = utuh(r.nama);
      const akhir = isi.indexOf(`\r\n--${batas}--`);
      // cut inside the file, and just before the closing boundary
      for (const potong of [Math.floor(akhir / 2), akhir]) {
        const res = await kirim(r, isi.subarray(0, potong));
        expect(
          [res.statusCode, res.json().error.code],
          `${r.url} dipotong di ${potong}: ${res.body}`,
        ).toEqual([400, "UNGGAHAN_TERPOTONG"]);
        expect(res.json().error.message).toMatch(/Unggahan tidak lengkap/);
      }
      expect(await jumlah(r.tabel), r.url).toBe(sebelum);
      // property: cut anywhere, never a 500
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: isi.length - 1 }), async (potong) => {
          const res = await kirim(r, isi.subarray(0, potong));
          expect(res.statusCode, `${r.url} dipotong di ${potong}: ${res.body}`).toBeLessThan(500);
        }),
        { numRuns: 15 },
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
    // logged-in users only by default (NURANI_API_DOCS, platform-kepala.test.ts)
    const spec = (await minta(ctx.app, admin, { method: "GET", url: "/api/docs/json" })).json();
    expect(spec.openapi).toMatch(/^3\./);
    const login = spec.paths["/api/auth/login"].post;
    expect(login.requestBody.content["application/json"].schema.properties).toHaveProperty("username");
    expect(spec.paths).toHaveProperty("/api/instansi/{instansiId}");
    const ui = await minta(ctx.app, admin, { method: "GET", url: "/api/docs/" });
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
