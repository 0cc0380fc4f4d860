/**
 * Secondary indexes set aside around a bulk load (migration 0105): `tunda`
 * records each non-unique index of a table in `indeks_ditunda` and drops it,
 * in one transaction; `bangunKembali` creates every recorded index again and
 * forgets it, one index per transaction. Primary keys and unique indexes
 * stay: they keep the load free of duplicates. A load interrupted between
 * the two leaves the rows in `indeks_ditunda`; the next run rebuilds them.
 */
import { sql } from "kysely";
import type { Db } from "./factory.ts";

/** Drops the table's non-unique indexes, remembering their definitions; returns their names. */
export async function tundaIndeks(db: Db, tabel: string): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ nama: string; definisi: string }>`
      select c.relname as nama, pg_get_indexdef(i.indexrelid) as definisi
      from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = ${tabel}::regclass and not i.indisunique and not i.indisprimary
      order by c.relname`.execute(trx);
    for (const r of rows) {
      await sql`insert into indeks_ditunda (nama, tabel, definisi) values (${r.nama}, ${tabel}, ${r.definisi})
        on conflict (nama) do nothing`.execute(trx);
      await sql`drop index ${sql.id(r.nama)}`.execute(trx);
    }
    return rows.map((r) => r.nama);
  });
}

/** Creates again every index `tundaIndeks` set aside (also those of an interrupted run); returns their names. */
export async function bangunKembaliIndeks(db: Db): Promise<string[]> {
  const { rows } = await sql<{ nama: string; definisi: string }>`
    select nama, definisi from indeks_ditunda order by tabel, nama`.execute(db);
  for (const r of rows) {
    await db.transaction().execute(async (trx) => {
      await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
      const ada = await sql`select 1 from pg_class where relname = ${r.nama} and relkind = 'i'`.execute(trx);
      if (ada.rows.length === 0) await sql.raw(r.definisi).execute(trx);
      await sql`delete from indeks_ditunda where nama = ${r.nama}`.execute(trx);
    });
  }
  return rows.map((r) => r.nama);
}
