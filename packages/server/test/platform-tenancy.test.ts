import { randomUUID } from "node:crypto";
import { PERAN, type Peran } from "@nurani/domain";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "../src/db/factory.ts";
import { buatApp } from "../src/http/app.ts";
import { buatLogger } from "../src/http/logger.ts";
import { defineRoute, isScoped, type RouteDef } from "../src/http/route.ts";
import { muatTabelRute } from "../src/http/route-table.ts";
import {
  buatInstansi,
  buatPengguna,
  describeOnDatabases,
  type InstansiUji,
  login,
  minta,
  nipUji,
  type SesiUji,
} from "./support/index.ts";

/** Routes anyone may call without logging in. A new public route must be added here on purpose. */
const PUBLIK = new Set([
  "POST /api/auth/login",
  "GET /api/auth/config",
  "GET /api/auth/oidc/start",
  "GET /api/auth/oidc/callback",
  // a test taker holding a one-time token (fitur/asesmen/ujian.ts fences every query by the token)
  "GET /api/ujian",
  "POST /api/ujian/mulai",
  "POST /api/ujian/jawaban",
  "POST /api/ujian/kirim",
  // the anonymous public survey of an agency (fitur/komunitas: proof of work, rate limit)
  "GET /api/publik/survei/:kode",
  "POST /api/publik/survei/:kode",
  // the first agency admin sets a password with a one-time activation code (docs/nasional.md;
  // 80-bit codes, only their hash kept, single use, 14 days)
  "GET /api/aktivasi",
  "POST /api/aktivasi",
  // the whistleblowing channel (docs/wbs.md): anonymous by design
  "GET /api/publik/wbs/:kodeInstansi",
  "POST /api/publik/wbs/:kodeInstansi",
  "GET /api/publik/wbs/:kodeInstansi/:nomorTiket",
  "POST /api/publik/wbs/:kodeInstansi/:nomorTiket/pesan",
  // an item-bank panel expert: a printed one-time code (80 bits, hash kept, single use) spent for a
  // session token that travels in the body (docs/panel-ahli.md); own ratings only
  "POST /api/panel-ahli/masuk",
  "POST /api/panel-ahli/saya",
  "PUT /api/panel-ahli/nilai",
  // a user's subscribed calendar feed: a 256-bit secret in the URL (only its SHA-256 kept), 404 once
  // replaced or ended or the account is inactive; the owner's own calendar only (docs/pengingat.md)
  "GET /api/publik/kalender/:token",
]);

const nama = (r: RouteDef) => `${r.method} ${r.url}`;
/** The route's URL for an instansi, other params filled with fresh UUIDs. */
const urlUntuk = (r: RouteDef, instansiId: string) =>
  r.url.replace(":instansiId", instansiId).replace(/:(\w+)/g, () => randomUUID());

/** A digest of every table's content: equal before and after ⇒ nothing changed. */
async function sidikJari(db: Db): Promise<Record<string, string>> {
  const tabel = await sql<{ t: string }>`
    select table_name as t from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(db);
  const out: Record<string, string> = {};
  for (const { t } of tabel.rows) {
    // A request touches its session's last-activity time at most once a minute (auth/sesi.ts): that is
    // bookkeeping, not a change a refused call made, and on a slow machine a minute passes mid-test.
    const baris = t === "sesi" ? sql`(to_jsonb(x) - 'terakhir_aktif')::text` : sql`x::text`;
    const r = await sql<{ h: string | null }>`
      select md5(coalesce(string_agg(${baris}, '|' order by ${baris}), '')) as h from ${sql.table(t)} x`.execute(
      db,
    );
    out[t] = r.rows[0].h ?? "";
  }
  return out;
}

async function isiPegawai(db: Db, instansi: InstansiUji, n: number): Promise<void> {
  const unit = await db
    .insertInto("unit_kerja")
    .values({ instansi_id: instansi.id, kode: `U-${instansi.kode}`, nama: "Sekretariat", eselon: 2 })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (let i = 0; i < n; i++) {
    await db
      .insertInto("pegawai")
      .values({
        instansi_id: instansi.id,
        nip: nipUji(),
        nama: `Pegawai ${i}`,
        unit_id: unit.id,
        jenis_kelamin: "L",
        tanggal_lahir: "1985-03-12",
        tmt_cpns: "2010-01-01",
      })
      .execute();
  }
}

describe("the route table", async () => {
  const routes = await muatTabelRute();

  it("declares who may call every route, and only the known routes are public", () => {
    expect(routes.length).toBeGreaterThan(5);
    for (const r of routes) {
      const ok =
        r.akses === "publik" ||
        r.akses === "login" ||
        (Array.isArray(r.akses) &&
          r.akses.length > 0 &&
          r.akses.every((p) => (PERAN as readonly string[]).includes(p)));
      expect(ok, nama(r)).toBe(true);
      if (r.akses === "publik") expect(PUBLIK.has(nama(r)), `${nama(r)} is public`).toBe(true);
      expect(r.url.startsWith("/api/"), nama(r)).toBe(true);
    }
  });

  it("lets the national evaluator into another agency only to read, but for its own evaluation records", () => {
    // BAB IV: the Ministry reviews the agency's worksheet, asks for clarification and sends
    // recommendations; those writes are the evaluation's records (fitur/evaluasi), never the agency's data
    for (const r of routes.filter((r) => r.bolehEvaluatorNasional && r.method !== "GET")) {
      expect(r.url, nama(r)).toMatch(/^\/api\/instansi\/:instansiId\/evaluasi\//);
    }
  });

  it("has no route twice", () => {
    const names = routes.map(nama);
    expect(new Set(names).size).toBe(names.length);
  });
});

describeOnDatabases("platform: tenancy, roles, RLS, audit", (ctx) => {
  let routes: RouteDef[];
  let a: InstansiUji;
  let b: InstansiUji;
  let nasional: InstansiUji;
  let semuaPeranA: SesiUji;
  let pegawaiA: SesiUji;
  let evaluator: SesiUji;

  beforeAll(async () => {
    routes = await muatTabelRute();
    a = await buatInstansi(ctx.db);
    b = await buatInstansi(ctx.db);
    nasional = await buatInstansi(ctx.db, { nasional: true });
    await isiPegawai(ctx.db, a, 3);
    await isiPegawai(ctx.db, b, 2);
    const uA = await buatPengguna(
      ctx.db,
      PERAN.map((peran) => ({ instansiId: a.id, peran })),
    );
    const uP = await buatPengguna(ctx.db, [{ instansiId: a.id, peran: "pegawai" }]);
    const uE = await buatPengguna(ctx.db, [{ instansiId: nasional.id, peran: "evaluator_nasional" }]);
    semuaPeranA = await login(ctx.app, uA.username, uA.password);
    pegawaiA = await login(ctx.app, uP.username, uP.password);
    evaluator = await login(ctx.app, uE.username, uE.password);
  });

  it("refuses every instansi route to a user of agency A (holding every role there) called with agency B's id, and nothing changes", async () => {
    const scoped = routes.filter(isScoped);
    expect(scoped.length).toBeGreaterThan(3);
    const sebelum = await sidikJari(ctx.db);
    for (const r of scoped) {
      const res = await minta(ctx.app, semuaPeranA, {
        method: r.method,
        url: urlUntuk(r, b.id),
        payload: r.method === "GET" ? undefined : {},
      });
      expect(res.statusCode, `${nama(r)} → ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe("AKSES_DITOLAK");
    }
    expect(await sidikJari(ctx.db)).toEqual(sebelum);
  });

  it("refuses the national evaluator every write in another agency, and nothing changes", async () => {
    const sebelum = await sidikJari(ctx.db);
    // the evaluation's own records are the evaluator's to write (evaluasi.test.ts)
    for (const r of routes.filter((r) => isScoped(r) && r.method !== "GET" && !r.bolehEvaluatorNasional)) {
      const res = await minta(ctx.app, evaluator, { method: r.method, url: urlUntuk(r, b.id), payload: {} });
      expect(res.statusCode, nama(r)).toBe(403);
    }
    expect(await sidikJari(ctx.db)).toEqual(sebelum);
  });

  it("refuses a pegawai every route not open to the pegawai role, in their own agency", async () => {
    const tertutup = routes.filter(
      (r) => Array.isArray(r.akses) && !(r.akses as readonly Peran[]).includes("pegawai"),
    );
    expect(tertutup.length).toBeGreaterThan(0);
    const sebelum = await sidikJari(ctx.db);
    for (const r of tertutup) {
      const res = await minta(ctx.app, pegawaiA, {
        method: r.method,
        url: urlUntuk(r, a.id),
        payload: r.method === "GET" ? undefined : {},
      });
      expect(res.statusCode, nama(r)).toBe(403);
    }
    expect(await sidikJari(ctx.db)).toEqual(sebelum);
  });

  it("asks anonymous callers of every non-public route to log in", async () => {
    for (const r of routes.filter((r) => r.akses !== "publik")) {
      const res = await minta(ctx.app, null, {
        method: r.method,
        url: urlUntuk(r, a.id),
        payload: r.method === "GET" ? undefined : {},
      });
      expect(res.statusCode, nama(r)).toBe(401);
    }
  });

  describe("Row-Level Security (second fence)", () => {
    const sebagaiAplikasi = <T>(instansiId: string | null, fn: (trx: Db) => Promise<T>) =>
      ctx.db.transaction().execute(async (trx) => {
        if (instansiId) await sql`select set_config('nurani.instansi_id', ${instansiId}, true)`.execute(trx);
        await sql`set local role nurani_app`.execute(trx);
        return fn(trx);
      });

    it("shows the application role only the rows of the instansi set for the transaction", async () => {
      const semua = await ctx.db.selectFrom("pegawai").select("instansi_id").execute();
      expect(new Set(semua.map((r) => r.instansi_id))).toEqual(new Set([a.id, b.id]));
      const dilihatA = await sebagaiAplikasi(a.id, (trx) =>
        trx.selectFrom("pegawai").select("instansi_id").execute(),
      );
      expect(dilihatA.length).toBe(3);
      expect(dilihatA.every((r) => r.instansi_id === a.id)).toBe(true);
      // without the setting: no agency's rows at all
      expect(await sebagaiAplikasi(null, (trx) => trx.selectFrom("pegawai").selectAll().execute())).toEqual(
        [],
      );
      expect(
        await sebagaiAplikasi(null, (trx) => trx.selectFrom("unit_kerja").selectAll().execute()),
      ).toEqual([]);
    });

    it("blocks writes into or over another instansi's rows", async () => {
      const ubah = await sebagaiAplikasi(a.id, (trx) =>
        trx.updateTable("pegawai").set({ nama: "Diubah" }).where("instansi_id", "=", b.id).executeTakeFirst(),
      );
      expect(Number(ubah.numUpdatedRows)).toBe(0);
      const hapus = await sebagaiAplikasi(a.id, (trx) =>
        trx.deleteFrom("unit_kerja").where("instansi_id", "=", b.id).executeTakeFirst(),
      );
      expect(Number(hapus.numDeletedRows)).toBe(0);
      await expect(
        sebagaiAplikasi(a.id, (trx) =>
          trx
            .insertInto("unit_kerja")
            .values({ instansi_id: b.id, kode: "SELUNDUP", nama: "Selundupan" })
            .execute(),
        ),
      ).rejects.toThrow(/row-level security/);
      const namaB = await ctx.db
        .selectFrom("pegawai")
        .select("nama")
        .where("instansi_id", "=", b.id)
        .execute();
      expect(namaB.some((r) => r.nama === "Diubah")).toBe(false);
    });

    it("fences every table that has an instansi_id column", async () => {
      const r = await sql<{ tabel: string; rls: boolean; policies: number }>`
        select c.relname as tabel, c.relrowsecurity as rls,
          (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from information_schema.columns k
                      where k.table_schema = 'public' and k.table_name = c.relname and k.column_name = 'instansi_id')
        order by 1`.execute(ctx.db);
      expect(r.rows.map((x) => x.tabel)).toEqual(
        expect.arrayContaining(["pegawai", "unit_kerja", "audit_log"]),
      );
      for (const t of r.rows)
        expect({ tabel: t.tabel, rls: t.rls, ada: t.policies > 0 }).toEqual({
          tabel: t.tabel,
          rls: true,
          ada: true,
        });
    });

    it("fences the route handlers' transaction even when a query forgets its where clause", async () => {
      const lupaWhere = defineRoute({
        method: "GET",
        url: "/api/instansi/:instansiId/uji-rls",
        akses: "login",
        ringkasan: "uji",
        response: z.object({ n: z.number() }),
        handler: async (c) => {
          const r = await c.db
            .selectFrom("pegawai")
            .select(sql<number>`count(*)::int`.as("n"))
            .executeTakeFirstOrThrow();
          return { n: r.n };
        },
      });
      const app = await buatApp({
        config: ctx.config,
        db: ctx.db,
        logger: buatLogger("silent"),
        routes: [lupaWhere],
        web: false,
      });
      const res = await minta(app, semuaPeranA, { method: "GET", url: `/api/instansi/${a.id}/uji-rls` });
      await app.close();
      expect(res.json()).toEqual({ n: 3 });
    });
  });

  describe("audit log", () => {
    it("is append-only: UPDATE, DELETE and TRUNCATE fail, even for the table owner", async () => {
      const ada = await ctx.db.selectFrom("audit_log").select("id").limit(1).executeTakeFirstOrThrow();
      await expect(
        ctx.db.updateTable("audit_log").set({ aksi: "dipalsukan" }).where("id", "=", ada.id).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(ctx.db.deleteFrom("audit_log").where("id", "=", ada.id).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`truncate audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
      expect(
        await ctx.db.selectFrom("audit_log").select("aksi").where("id", "=", ada.id).executeTakeFirst(),
      ).toBeDefined();
    });
  });
});
