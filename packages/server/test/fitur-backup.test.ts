import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseNip } from "@nurani/domain";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { tulisAudit } from "../src/audit/log.ts";
import { buatCadangan } from "../src/backup/dump.ts";
import { GalatPulihkan, pulihkanCadangan } from "../src/backup/pulihkan.ts";
import { daftarTabel, escapeCopy, unescapeCopy } from "../src/backup/tabel.ts";
import { type Basisdata, bukaBasisdata } from "../src/db/factory.ts";
import { migrasiKeTerbaru } from "../src/db/migrator.ts";
import { LOGIN_DEMO, seedDemoKe } from "../src/demo/index.ts";
import { basisdataUji, describeOnDatabases, TEST_DATABASE_URL } from "./support/index.ts";

// biome-ignore lint/suspicious/noExplicitAny: compares any table
type AnyDb = Kysely<any>;

/** Every backed-up table's rows as text, in a stable order. */
async function isiSemua(db: AnyDb): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of await daftarTabel(db)) {
    const r = await sql<{ b: string }>`select t::text as b from ${sql.table(t.nama)} t order by 1`.execute(
      db,
    );
    out[t.nama] = r.rows.map((x) => x.b);
  }
  return out;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nurani-cadangan-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeOnDatabases("demo seed, backup and restore", (t) => {
  let berkas = "";
  let target: Basisdata | undefined;
  const HARI_INI = new Date(Date.UTC(2026, 10, 28));

  beforeAll(async () => {
    target = await basisdataUji(t.jenis);
  });
  afterAll(async () => {
    await target?.tutup();
  });

  it("seeds the demo once: three agencies, ~500 consistent employees each, one login per role", async () => {
    const h = await seedDemoKe(t.db, HARI_INI);
    expect(h).toMatchObject({ sudahAda: false, instansi: 3, pegawai: 1040 });
    expect((await seedDemoKe(t.db, HARI_INI)).sudahAda).toBe(true);

    const per = await t.db
      .selectFrom("pegawai as p")
      .innerJoin("instansi as i", "i.id", "p.instansi_id")
      .select(["i.kode", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("i.kode")
      .orderBy("i.kode")
      .execute();
    expect(per.map((x) => [x.kode, Number(x.n)])).toEqual([
      ["KAB-CONTOH", 500],
      ["KEMENCS", 500],
      ["KEMENPANRB", 40],
    ]);
    const semua = await t.db
      .selectFrom("pegawai")
      .select(["nip", "tanggal_lahir", "tmt_cpns", "jenis_kelamin", "unit_id"])
      .execute();
    for (const p of semua) {
      const n = parseNip(p.nip, HARI_INI);
      expect(n.ok && [n.bagian.tanggalLahir, n.bagian.tmtCpns, n.bagian.jenisKelamin]).toEqual([
        p.tanggal_lahir,
        p.tmt_cpns,
        p.jenis_kelamin,
      ]);
      expect(p.unit_id).not.toBeNull();
    }
    const perempuan = semua.filter((p) => p.jenis_kelamin === "P").length;
    expect(perempuan / semua.length).toBeGreaterThan(0.35);
    expect(perempuan / semua.length).toBeLessThan(0.65);

    const peran = await t.db
      .selectFrom("peran_pengguna as r")
      .innerJoin("pengguna as g", "g.id", "r.pengguna_id")
      .innerJoin("instansi as i", "i.id", "r.instansi_id")
      .select(["g.username", "r.peran", "i.kode", "i.nasional"])
      .execute();
    for (const l of LOGIN_DEMO) {
      expect(peran).toContainEqual(
        expect.objectContaining({ username: l.username, peran: l.peran, kode: l.instansiKode }),
      );
    }
    expect(peran.find((p) => p.peran === "evaluator_nasional")?.nasional).toBe(true);
  });

  it("backs up to plain SQL and restores into a fresh database, byte for byte", async () => {
    // Awkward values: tabs, newlines, backslashes, quotes, non-Latin text, bytes, JSON.
    const ins = await t.db
      .selectFrom("instansi")
      .select("id")
      .where("kode", "=", "KEMENCS")
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable("pegawai")
      .set({ jabatan: 'Kepala\tSeksi \\ "Umum"\nbaris 2\r\n— Ré’', telepon: null })
      .where("instansi_id", "=", ins.id)
      .where("jenis_jabatan", "=", "pelaksana")
      .execute();
    await t.db
      .insertInto("impor_pegawai")
      .values({
        instansi_id: ins.id,
        pengguna_id: null,
        nama_berkas: "a\\b.csv",
        ukuran: 256,
        berkas: randomBytes(256),
      })
      .execute();
    await tulisAudit(t.db, {
      aksi: "uji.cadangan",
      instansiId: ins.id,
      rincian: { catatan: 'tab\there \\ "kutip"' },
    });

    berkas = path.join(dir, `cadangan-${t.jenis}.sql`);
    const h = await buatCadangan(t.db, berkas);
    expect(h.tabel.find((x) => x.nama === "pegawai")?.baris).toBe(1040);
    const teks = fs.readFileSync(berkas, "utf8");
    expect(teks).toMatch(/^-- Cadangan Nurani/);
    expect(teks).toContain('COPY public."pegawai" (');
    expect(teks).not.toContain('COPY public."sesi"');

    const db = target as Basisdata;
    await pulihkanCadangan(db.db, berkas);
    expect(await isiSemua(db.db)).toEqual(await isiSemua(t.db));

    // The audit log's identity continues after the restored entries.
    await tulisAudit(db.db, { aksi: "uji.setelah_pulih" });
    const id = await db.db
      .selectFrom("audit_log")
      .select("id")
      .where("aksi", "=", "uji.setelah_pulih")
      .executeTakeFirstOrThrow();
    const maks = await t.db
      .selectFrom("audit_log")
      .select((eb) => eb.fn.max("id").as("m"))
      .executeTakeFirstOrThrow();
    expect(Number(id.id)).toBeGreaterThan(Number(maks.m));
  });

  it("refuses a database that holds data, and a dump from a newer schema", async () => {
    const db = target as Basisdata;
    await expect(pulihkanCadangan(db.db, berkas)).rejects.toThrow(/tidak kosong/);
    const masaDepan = path.join(dir, `masa-depan-${t.jenis}.sql`);
    fs.writeFileSync(
      masaDepan,
      fs.readFileSync(berkas, "utf8").replace(/^-- nurani-skema: .*$/m, "-- nurani-skema: 9999_masa_depan"),
    );
    await expect(pulihkanCadangan(t.db, masaDepan)).rejects.toThrow(GalatPulihkan);
    await expect(pulihkanCadangan(t.db, masaDepan)).rejects.toThrow(/lebih baru/);
    const bukan = path.join(dir, "bukan.sql");
    fs.writeFileSync(bukan, "select 1;\n");
    await expect(pulihkanCadangan(t.db, bukan)).rejects.toThrow(/bukan cadangan Nurani/);
  });

  it.runIf(t.jenis === "postgres")(
    "psql loads the dump into a migrated empty PostgreSQL database",
    async () => {
      const nama = `nurani_t_psql_${randomBytes(5).toString("hex")}`;
      const url = new URL(TEST_DATABASE_URL as string);
      const admin = new pg.Client({ connectionString: url.href });
      await admin.connect();
      await admin.query(`create database ${nama}`);
      url.pathname = `/${nama}`;
      const b = await bukaBasisdata({ databaseUrl: url.href, pgliteDir: null, poolMaks: 2 });
      try {
        await migrasiKeTerbaru(b.db);
        execFileSync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-f", berkas, url.href], { stdio: "pipe" });
        expect(await isiSemua(b.db)).toEqual(await isiSemua(t.db));
        // A second load is refused by the dump's own guard, and changes nothing.
        expect(() =>
          execFileSync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-f", berkas, url.href], { stdio: "pipe" }),
        ).toThrow(/tidak kosong/);
      } finally {
        await b.tutup();
        await admin.query(`drop database if exists ${nama} with (force)`);
        await admin.end();
      }
    },
  );
});

it("COPY escaping round-trips any text", async () => {
  const fc = (await import("fast-check")).default;
  fc.assert(
    fc.property(fc.option(fc.string({ unit: "binary" }), { nil: null }), (s) => {
      expect(unescapeCopy(escapeCopy(s))).toBe(s);
      expect(escapeCopy(s)).not.toMatch(/[\t\n\r]/);
    }),
  );
});
