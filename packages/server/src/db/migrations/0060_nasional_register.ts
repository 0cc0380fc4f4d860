import { type Kysely, sql } from "kysely";

/**
 * The national register of agencies and the national dashboard's figures
 * (BAB IV: KemenPANRB evaluates integrity building at every agency —
 * kementerian, lembaga pemerintah nonkementerian, kesekretariatan lembaga
 * negara, kesekretariatan lembaga nonstruktural and instansi daerah).
 *
 * - `instansi` gets the seven categories of `@nurani/domain`
 *   (`JENIS_INSTANSI`; the old `lembaga` becomes
 *   `lembaga_pemerintah_nonkementerian`, `JENIS_INSTANSI_LAMA`), its province
 *   (Kemendagri code; for kabupaten/kota the parent province), region code,
 *   and `aktif` (an agency is deactivated, never deleted).
 * - `aktivasi_pengguna`: a one-time activation code (only its hash is kept)
 *   by which the first agency admin sets their own password.
 * - `ringkasan_instansi`: one row per agency with the dashboard's figures,
 *   kept incrementally: triggers mark the row stale (`basi`) when a campaign
 *   is released or withdrawn, its map sums are rebuilt (scoring, review), or
 *   the programme's steps change; the server recomputes only stale rows
 *   (fitur/nasional/ringkasan.ts). No request scans persons.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table instansi drop constraint if exists instansi_jenis_check`.execute(db);
  await sql`update instansi set jenis = 'lembaga_pemerintah_nonkementerian' where jenis = 'lembaga'`.execute(
    db,
  );
  await sql`
    alter table instansi
      add constraint instansi_jenis_check check (jenis in ('kementerian', 'lembaga_pemerintah_nonkementerian',
        'kesekretariatan_lembaga_negara', 'kesekretariatan_lembaga_nonstruktural', 'provinsi', 'kabupaten', 'kota')),
      add column provinsi text check (provinsi ~ '^[0-9]{2}$'),
      add column kode_wilayah text check (kode_wilayah ~ '^[0-9]{2}(\\.[0-9]{2})?$'),
      add column aktif boolean not null default true,
      add column diubah timestamptz not null default now()`.execute(db);
  await sql`create unique index instansi_kode_wilayah on instansi (kode_wilayah) where kode_wilayah is not null`.execute(
    db,
  );
  await sql`create index instansi_jenis_provinsi on instansi (jenis, provinsi)`.execute(db);

  await sql`
    create table aktivasi_pengguna (
      pengguna_id uuid primary key references pengguna (id),
      instansi_id uuid not null references instansi (id),
      kode_hash text not null unique,
      kedaluwarsa timestamptz not null,
      dipakai timestamptz,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table ringkasan_instansi (
      instansi_id uuid primary key references instansi (id),
      basi boolean not null default true,
      -- programme (Pasal 4 ayat (2)): stage of the latest cycle, preparation steps recorded (Tabel 3, of 6),
      -- main activities carried out at least once (Tabel 4, of 5)
      tahap text check (tahap in ('persiapan', 'pelaksanaan', 'penilaian', 'selesai')),
      langkah_persiapan smallint not null default 0,
      kegiatan_terlaksana smallint not null default 0,
      -- the latest released campaign's organisation-level index (BAB III.B.3.a) with its 95 % interval;
      -- null while none is released or the agency is below its k
      kampanye_id uuid,
      dirilis timestamptz,
      indeks_nilai double precision,
      indeks_bawah double precision,
      indeks_atas double precision,
      n integer,
      jumlah_pegawai integer,
      level integer[],
      diperbarui timestamptz not null default now()
    )`.execute(db);
  await sql`create index ringkasan_instansi_basi on ringkasan_instansi (instansi_id) where basi`.execute(db);

  // Staleness marks: called by triggers running as whichever role writes (nurani_app behind RLS).
  await sql`
    create function nurani_ringkasan_basi(i uuid) returns void language sql security definer
    set search_path = public as $$
      insert into ringkasan_instansi (instansi_id, basi) values (i, true)
      on conflict (instansi_id) do update set basi = true where not ringkasan_instansi.basi
    $$`.execute(db);
  await sql`
    create function nurani_tandai_basi() returns trigger language plpgsql security definer
    set search_path = public as $$
    begin
      if tg_op = 'DELETE' then
        perform nurani_ringkasan_basi(old.instansi_id);
      else
        perform nurani_ringkasan_basi(new.instansi_id);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger kampanye_asesmen_ringkasan_basi after update of hasil_dirilis on kampanye_asesmen
    for each row when (old.hasil_dirilis is distinct from new.hasil_dirilis)
    execute function nurani_tandai_basi()`.execute(db);
  for (const t of ["ringkasan_peta", "siklus_program", "langkah_persiapan", "pelaksanaan_kegiatan"]) {
    await sql`
      create trigger ${sql.id(`${t}_ringkasan_basi`)} after insert or update or delete on ${sql.table(t)}
      for each row execute function nurani_tandai_basi()`.execute(db);
  }
  await sql`
    create function nurani_instansi_baru() returns trigger language plpgsql security definer
    set search_path = public as $$
    begin
      perform nurani_ringkasan_basi(new.id);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger instansi_ringkasan after insert on instansi
    for each row execute function nurani_instansi_baru()`.execute(db);
  await sql`insert into ringkasan_instansi (instansi_id) select id from instansi`.execute(db);
}
