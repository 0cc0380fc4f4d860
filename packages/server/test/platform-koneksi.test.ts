import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { basisdataUji, TEST_DATABASE_URL } from "./support/index.ts";

// A PostgreSQL restart or failover closes the pool's idle connections. The
// server must survive that and carry on with new connections, not die of an
// unhandled 'error' event.
describe.runIf(TEST_DATABASE_URL)("platform: PostgreSQL connections", () => {
  it("survives the server closing idle connections and keeps answering", async () => {
    const b = await basisdataUji("postgres");
    try {
      const db = await sql<{ db: string }>`select current_database() as db`.execute(b.db);
      const nama = db.rows[0].db;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL as string });
      await admin.connect();
      try {
        const mati = await admin.query(
          "select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
          [nama],
        );
        expect(mati.rows.length).toBeGreaterThan(0);
      } finally {
        await admin.end();
      }
      await new Promise((r) => setTimeout(r, 200));
      const lagi = await sql<{ n: number }>`select 1 as n`.execute(b.db);
      expect(lagi.rows[0].n).toBe(1);
    } finally {
      await b.tutup();
    }
  });
});

if (!TEST_DATABASE_URL)
  console.log("SKIPPED: PostgreSQL suite (TEST_DATABASE_URL not set) — platform: connections");
