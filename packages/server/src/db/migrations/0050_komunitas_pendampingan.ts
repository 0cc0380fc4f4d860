import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * People-centred activities (docs/komunitas.md "Privacy rules"): mentoring, coaching and counseling
 * sessions (PermenPANRB 60/2020 Tabel 2 I.3 and III.2) and the employee's
 * self-evaluation diary (Tabel 8, "evaluasi diri"). Both hold personal
 * reflections: who may read a row is decided in the queries
 * (fitur/komunitas/pendampingan.ts), by the caller's own `pengguna.pegawai_id`,
 * never by an administrative role. Later komunitas migrations: 0051–0059.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sesi_pendampingan (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      -- the leader or change agent who mentors, and the employee
      pendamping_id uuid not null,
      pegawai_id uuid not null,
      jenis text not null check (jenis in ('mentoring', 'coaching', 'konseling')),
      tanggal date not null,
      topik text not null check (length(topik) between 1 and 300),
      tindakan text check (length(tindakan) <= 5000),
      tindak_lanjut text check (length(tindak_lanjut) <= 5000),
      tanggal_tindak_lanjut date,
      catatan text check (length(catatan) <= 10000),
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      check (pendamping_id <> pegawai_id),
      foreign key (instansi_id, pendamping_id) references pegawai (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index sesi_pendampingan_pendamping on sesi_pendampingan (instansi_id, pendamping_id, tanggal)`.execute(
    db,
  );
  await sql`create index sesi_pendampingan_pegawai on sesi_pendampingan (instansi_id, pegawai_id, tanggal)`.execute(
    db,
  );

  await sql`
    create table evaluasi_diri (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      pegawai_id uuid not null,
      tanggal date not null,
      judul text not null check (length(judul) between 1 and 200),
      isi text not null check (length(isi) between 1 and 10000),
      -- sub-dimension codes of the integrity framework (kerangka/faktor.ts)
      subdimensi text[] not null default '{}',
      -- shared with one mentor (a pendamping of a recorded session), or private (null)
      dibagikan_ke uuid,
      dibagikan_pada timestamptz,
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      primary key (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id),
      foreign key (instansi_id, dibagikan_ke) references pegawai (instansi_id, id),
      check (dibagikan_ke is null or dibagikan_ke <> pegawai_id)
    )`.execute(db);
  await sql`create index evaluasi_diri_pegawai on evaluasi_diri (instansi_id, pegawai_id, tanggal)`.execute(
    db,
  );
  await sql`create index evaluasi_diri_dibagikan on evaluasi_diri (instansi_id, dibagikan_ke) where dibagikan_ke is not null`.execute(
    db,
  );

  for (const t of ["sesi_pendampingan", "evaluasi_diri"]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
