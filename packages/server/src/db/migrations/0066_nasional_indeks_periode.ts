import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Each agency's national figures as they stood when an evaluation period's
 * rankings were published (docs/nasional.md, "trend across periods"): the
 * latest released index with its 95 % interval, level distribution,
 * participation, and the period's worksheet score and status. Written once
 * per period at publication (fitur/nasional/periode.ts `bekukanIndeksPeriode`);
 * an open period reads the live figures (`ringkasan_instansi`) instead. At
 * most one row per agency and period: the trend never reads persons.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indeks_periode (
      instansi_id uuid not null references instansi (id),
      periode_id uuid not null references periode_evaluasi (id),
      kampanye_id uuid,
      indeks_nilai double precision,
      indeks_bawah double precision,
      indeks_atas double precision,
      level integer[],
      n integer,
      jumlah_pegawai integer,
      status_lke text,
      skor_lke numeric,
      dicatat timestamptz not null default now(),
      primary key (instansi_id, periode_id)
    )`.execute(db);
  await sql`create index indeks_periode_periode on indeks_periode (periode_id)`.execute(db);
  await pagarInstansi(db, "indeks_periode");
  // The agency's report card (fitur/evaluasi/rapor.ts) runs inside the agency's fence as nurani_app: it
  // reads its own frozen row, and before publication (evaluator only) its own live figures. RLS keeps
  // each agency to its own row (ringkasan_instansi is fenced by migration 0092).
  await sql`grant select on indeks_periode to nurani_app`.execute(db);
  await sql`grant select on ringkasan_instansi to nurani_app`.execute(db);
}
