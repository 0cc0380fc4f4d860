/**
 * The schema stays distributable by agency (docs/skala.md "Citus"): every
 * agency-owned table (one with an `instansi_id` column) has `instansi_id` in
 * its primary key, in every unique constraint, and in every foreign key to
 * another agency-owned table — what Citus needs to distribute the tables by
 * `instansi_id` and co-locate them. Read from the migrated catalog.
 *
 * The tables that break a rule today are listed in `DIKECUALIKAN` with the
 * reason; the list may only shrink: a new table or constraint that breaks a
 * rule fails here.
 */
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeOnDatabases } from "./support/index.ts";

/** Known departures today (table: rules it breaks). Each is a schema change still to make. */
const DIKECUALIKAN: Record<string, string> = {
  // append-only, platform-wide entries (logins, national actions) have no agency: would become a reference table or gain a nullable-free key
  audit_log: "pk",
  // jobs queue across agencies (national recalibration): same as audit_log
  job: "pk",
  // a test taker's one-time token is looked up before the agency is known (/ujian/<token>)
  peserta_asesmen: "unik",
  // activation codes are found by their hash before the agency is known
  aktivasi_pengguna: "pk,unik",
  // a subscribed calendar feed is found by its secret's hash before the agency is known (/publik/kalender/<token>)
  langganan_kalender: "unik",
};

interface Pelanggaran {
  tabel: string;
  aturan: string;
  kendala: string;
}

describeOnDatabases("nasional: agency-owned tables are distributable by instansi_id", (ctx) => {
  it("has instansi_id in every primary key, unique constraint and agency-to-agency foreign key", async () => {
    const { rows } = await sql<{
      tabel: string;
      kendala: string;
      jenis: string;
      kolom: string[];
      rujukan: string | null;
      kolom_rujukan: string[] | null;
    }>`
      select c.conrelid::regclass::text as tabel, c.conname as kendala, c.contype as jenis,
        array(select a.attname::text from unnest(c.conkey) k join pg_attribute a
          on a.attrelid = c.conrelid and a.attnum = k) as kolom,
        case when c.confrelid <> 0 then c.confrelid::regclass::text end as rujukan,
        case when c.confrelid <> 0 then array(select a.attname::text from unnest(c.confkey) k join pg_attribute a
          on a.attrelid = c.confrelid and a.attnum = k) end as kolom_rujukan
      from pg_constraint c join pg_class r on r.oid = c.conrelid join pg_namespace n on n.oid = r.relnamespace
      where n.nspname = 'public' and c.contype in ('p', 'u', 'f')`.execute(ctx.db);
    const { rows: milik } = await sql<{ tabel: string }>`
      select table_name as tabel from information_schema.columns
      where table_schema = 'public' and column_name = 'instansi_id'`.execute(ctx.db);
    const agensi = new Set(milik.map((m) => m.tabel));
    const salah: Pelanggaran[] = [];
    for (const c of rows) {
      if (!agensi.has(c.tabel)) continue;
      const ada = c.kolom.includes("instansi_id");
      if (c.jenis === "p" && !ada) salah.push({ tabel: c.tabel, aturan: "pk", kendala: c.kendala });
      if (c.jenis === "u" && !ada) salah.push({ tabel: c.tabel, aturan: "unik", kendala: c.kendala });
      if (
        c.jenis === "f" &&
        c.rujukan &&
        agensi.has(c.rujukan) &&
        !(ada && c.kolom_rujukan?.includes("instansi_id"))
      )
        salah.push({ tabel: c.tabel, aturan: "fk", kendala: c.kendala });
    }
    // unique indexes (not constraints) count too
    const { rows: indeks } = await sql<{ tabel: string; nama: string; def: string }>`
      select tablename as tabel, indexname as nama, indexdef as def from pg_indexes
      where schemaname = 'public' and indexdef like 'CREATE UNIQUE INDEX%'`.execute(ctx.db);
    for (const i of indeks) {
      if (!agensi.has(i.tabel) || rows.some((c) => c.kendala === i.nama)) continue;
      if (!/\binstansi_id\b/.test(i.def.replace(/ WHERE .*/, "")))
        salah.push({ tabel: i.tabel, aturan: "unik", kendala: i.nama });
    }
    const baru = salah.filter((s) => !(DIKECUALIKAN[s.tabel] ?? "").split(",").includes(s.aturan));
    console.log(
      `Pelanggaran distribusi hari ini (${salah.length}):\n${salah.map((s) => `  ${s.tabel}: ${s.aturan} ${s.kendala}`).join("\n")}`,
    );
    expect(baru).toEqual([]);
  });
});
