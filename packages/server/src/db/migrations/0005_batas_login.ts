import { type Kysely, sql } from "kysely";

/**
 * Login protection in one shared place (docs/server.md "Login protection"):
 * `batas_login` holds the failure counters of every username and every
 * client address, checked and incremented in one statement before a password
 * is verified, so the limits hold in total across all app processes on one
 * database. The per-user columns it replaces (`gagal_login`,
 * `terkunci_sampai`) go: a counter keyed by the typed username treats a
 * missing account exactly like an existing one.
 *
 * One account per employee: a `pegawai` is linked to at most one `pengguna`.
 * Links made twice before this migration keep the oldest account; the later
 * ones are unlinked, each with an audit entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table batas_login (
      -- 'akun:<username>' or 'alamat:<ip>'
      kunci text primary key,
      -- failures counted in the current window (an attempt in progress counts until it succeeds)
      gagal integer not null check (gagal >= 0),
      -- start of the current window
      mulai timestamptz not null,
      -- usernames only: no attempt is evaluated before this time (backoff)
      tunggu_sampai timestamptz
    )`.execute(db);
  await sql`create index batas_login_mulai on batas_login (mulai)`.execute(db);
  await sql`grant select, insert, update, delete on batas_login to nurani_app`.execute(db);

  await sql`
    with ganda as (
      select id, pegawai_instansi_id, row_number() over (
        partition by pegawai_instansi_id, pegawai_id order by dibuat, id) as ke
      from pengguna where pegawai_id is not null
    ),
    lepas as (
      update pengguna g set pegawai_id = null, pegawai_instansi_id = null, diubah = now()
      from ganda where ganda.id = g.id and ganda.ke > 1
      returning g.id, ganda.pegawai_instansi_id
    )
    insert into audit_log (aksi, instansi_id, pengguna_id, objek_jenis, objek_id, rincian)
    select 'pengguna.pegawai_dilepas', pegawai_instansi_id, null, 'pengguna', id::text,
      '{"alasan": "satu akun per pegawai (migrasi 0005)"}'::jsonb
    from lepas`.execute(db);
  await sql`create unique index pengguna_satu_per_pegawai on pengguna (pegawai_instansi_id, pegawai_id)
    where pegawai_id is not null`.execute(db);

  await sql`alter table pengguna drop column gagal_login, drop column terkunci_sampai`.execute(db);
}
