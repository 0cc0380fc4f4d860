import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Code of ethics and conduct (PermenPANRB 60/2020 Tabel 2 II "penyusunan,
 * penetapan dan internalisasi kode etik dan kode perilaku"; BAB II.E: the code
 * understood and applied daily; docs/kode-etik.md). The agency drafts a
 * version, adopts it by decree (number, date, optional file) and publishes it;
 * a published version is immutable (trigger below). Each employee attests the
 * current version once a year, after an optional quiz (`soal`, multiple
 * choice, `nilai_lulus` in percent). Migrations of this area: 0071–0072.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kode_etik (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      versi integer check (versi > 0),
      judul text not null check (length(judul) between 1 and 200),
      isi text not null check (length(isi) between 1 and 100000),
      soal jsonb not null default '[]',
      nilai_lulus integer not null default 70 check (nilai_lulus between 0 and 100),
      status text not null default 'draf' check (status in ('draf', 'terbit')),
      nomor_sk text check (length(nomor_sk) between 1 and 120),
      tanggal_sk date,
      berkas_sk bytea,
      berkas_nama text,
      berkas_jenis text check (berkas_jenis in ('application/pdf', 'image/png', 'image/jpeg')),
      terbit timestamptz,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      check ((status = 'terbit') = (versi is not null and nomor_sk is not null and tanggal_sk is not null)),
      primary key (instansi_id, id),
      unique (instansi_id, versi)
    )`.execute(db);

  await sql`
    create function kode_etik_tolak_ubah_terbit() returns trigger language plpgsql as $$
    begin
      if old.status = 'terbit' then
        raise exception 'kode etik versi % sudah terbit dan tidak dapat diubah', old.versi
          using errcode = 'check_violation';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger kode_etik_terbit_tetap before update or delete on kode_etik
    for each row execute function kode_etik_tolak_ubah_terbit()`.execute(db);

  await sql`
    create table kode_etik_atestasi (
      instansi_id uuid not null,
      id uuid not null default gen_random_uuid(),
      kode_id uuid not null,
      pegawai_id uuid not null,
      tahun integer not null check (tahun between 2000 and 2100),
      tanggal date not null default current_date,
      skor integer check (skor between 0 and 100),
      dibuat timestamptz not null default now(),
      primary key (instansi_id, id),
      unique (instansi_id, kode_id, pegawai_id, tahun),
      foreign key (instansi_id, kode_id) references kode_etik (instansi_id, id),
      foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
    )`.execute(db);
  await sql`create index kode_etik_atestasi_tahun on kode_etik_atestasi (instansi_id, tahun, kode_id)`.execute(
    db,
  );

  for (const t of ["kode_etik", "kode_etik_atestasi"]) {
    await sql`grant select, insert, update, delete on ${sql.table(t)} to nurani_app`.execute(db);
    await pagarInstansi(db, t);
  }
}
