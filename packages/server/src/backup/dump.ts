/**
 * `nurani backup FILE`: a plain SQL dump that PostgreSQL's `psql -f FILE`
 * loads into a migrated empty database, and that `nurani restore` reads on
 * either database. Layout: a header with the schema version, a guard block
 * (refuses a target on an older schema or holding data), then one
 * `COPY public.<table> (...) FROM stdin;` block per table in dependency order,
 * sequence resets, COMMIT. Read in one REPEATABLE READ snapshot.
 */

import { once } from "node:events";
import fs from "node:fs";
import { type Kysely, sql } from "kysely";
import { daftarTabel, escapeCopy, identitas, versiSkema } from "./tabel.ts";

// biome-ignore lint/suspicious/noExplicitAny: reads any schema from the catalog
type AnyDb = Kysely<any>;

export const PENANDA_VERSI = "-- nurani-skema: ";
const UKURAN_AMBIL = 5000;

export interface HasilCadangan {
  versi: string;
  tabel: { nama: string; baris: number }[];
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

export async function buatCadangan(
  db: AnyDb,
  berkas: string,
  onTabel?: (nama: string, baris: number) => void,
): Promise<HasilCadangan> {
  const keluar = fs.createWriteStream(berkas, { encoding: "utf8" });
  const tulis = async (s: string) => {
    if (!keluar.write(s)) await once(keluar, "drain");
  };
  try {
    const hasil = await db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (trx) => {
        await sql`set local datestyle = 'ISO, YMD'`.execute(trx);
        await sql`set local intervalstyle = 'postgres'`.execute(trx);
        await sql`set local timezone = 'UTC'`.execute(trx);
        await sql`set local bytea_output = 'hex'`.execute(trx);
        const versi = await versiSkema(trx);
        const tabel = await daftarTabel(trx);
        const nama = tabel.map((t) => `public.${identitas(t.nama)}`);
        await tulis(
          [
            "-- Cadangan Nurani / Nurani backup",
            `${PENANDA_VERSI}${versi}`,
            `-- dibuat: ${new Date().toISOString()}`,
            "-- Pulihkan dengan `nurani restore BERKAS`, atau dengan psql ke basis data yang sudah dimigrasi dan kosong:",
            "--   psql -v ON_ERROR_STOP=1 -f BERKAS postgres://…   (berkas ini membuka dan menutup transaksinya sendiri)",
            "SET client_encoding = 'UTF8';",
            "SET datestyle = 'ISO, YMD';",
            "SET intervalstyle = 'postgres';",
            "BEGIN;",
            "-- lets the rows of published item-bank versions in (migration 0041), for this transaction only",
            "SET LOCAL nurani.pulihkan = 'ya';",
            "DO $$ BEGIN",
            `  IF NOT EXISTS (SELECT 1 FROM kysely_migration WHERE name = ${literal(versi)}) THEN`,
            `    RAISE EXCEPTION 'Skema basis data tujuan lebih lama dari cadangan (%); jalankan nurani migrate dahulu', ${literal(versi)};`,
            "  END IF;",
            "  IF EXISTS (SELECT 1 FROM public.instansi) OR EXISTS (SELECT 1 FROM public.pengguna) OR EXISTS (SELECT 1 FROM public.audit_log) THEN",
            "    RAISE EXCEPTION 'Basis data tujuan tidak kosong; pulihkan ke basis data baru yang sudah dimigrasi';",
            "  END IF;",
            "END $$;",
            "-- Reference rows that migrations may have inserted are replaced by the backup's copy.",
            ...[...tabel]
              .reverse()
              .filter((t) => t.nama !== "audit_log")
              .map((t) => `DELETE FROM public.${identitas(t.nama)};`),
            "",
          ].join("\n"),
        );
        const ringkas: HasilCadangan["tabel"] = [];
        for (const [i, t] of tabel.entries()) {
          const kolom = t.kolom.map((k) => identitas(k.nama));
          await tulis(`COPY ${nama[i]} (${kolom.join(", ")}) FROM stdin;\n`);
          const pilih = sql.join(t.kolom.map((k) => sql`${sql.ref(k.nama)}::text as ${sql.ref(k.nama)}`));
          await sql`declare cadangan no scroll cursor for select ${pilih} from ${sql.table(t.nama)}`.execute(
            trx,
          );
          let baris = 0;
          for (;;) {
            const r = await sql<
              Record<string, string | null>
            >`fetch forward ${sql.lit(UKURAN_AMBIL)} from cadangan`.execute(trx);
            if (r.rows.length === 0) break;
            let potongan = "";
            for (const row of r.rows) potongan += `${Object.values(row).map(escapeCopy).join("\t")}\n`;
            await tulis(potongan);
            baris += r.rows.length;
          }
          await sql`close cadangan`.execute(trx);
          await tulis("\\.\n\n");
          for (const k of t.urutan) {
            await tulis(
              `SELECT setval(pg_get_serial_sequence(${literal(`public.${t.nama}`)}, ${literal(k)}), coalesce((SELECT max(${identitas(k)}) FROM ${nama[i]}), 0) + 1, false);\n`,
            );
          }
          ringkas.push({ nama: t.nama, baris });
          onTabel?.(t.nama, baris);
        }
        await tulis("COMMIT;\n");
        return { versi, tabel: ringkas };
      });
    keluar.end();
    await once(keluar, "finish");
    return hasil;
  } catch (e) {
    keluar.destroy();
    fs.rmSync(berkas, { force: true });
    throw e;
  }
}
