import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * The follow-up assessment campaigns a programme cycle is measured on
 * (docs/hasil.md "Cycle and campaigns"; Tabel 4 no. 5). A cycle's baseline is
 * its preparation step 3 (`langkah_persiapan.asesmen_awal`) and its final
 * assessment `siklus_program.kampanye_akhir_id`; in between, the team links
 * periodic campaigns here, on purpose. SMART progress and the sub-stage guide
 * read only these linked campaigns, never whichever campaign was released last.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kampanye_berkala_siklus (
      instansi_id uuid not null references instansi (id),
      siklus_id uuid not null,
      kampanye_id uuid not null,
      ditautkan_oleh uuid references pengguna (id),
      ditautkan timestamptz not null default now(),
      primary key (instansi_id, siklus_id, kampanye_id),
      foreign key (instansi_id, siklus_id) references siklus_program (instansi_id, id),
      foreign key (instansi_id, kampanye_id) references kampanye_asesmen (instansi_id, id)
    )`.execute(db);
  await sql`create index kampanye_berkala_siklus_kampanye on kampanye_berkala_siklus (instansi_id, kampanye_id)`.execute(
    db,
  );
  await pagarInstansi(db, "kampanye_berkala_siklus");
}
