import { type Kysely, sql } from "kysely";

/**
 * Item bank management (docs/item-bank.md "Managing bank versions"; regulation BAB
 * III.B.3.a "Format Penilaian dengan Tes"): versions of the national
 * forced-choice item bank, their statements and forms. National data, not
 * agency-owned (no `instansi_id`): only the national evaluator writes it,
 * through non-scoped routes; the application role may only read it (a
 * campaign, running fenced to its agency, reads the published forms).
 *
 * State: draf → tinjauan → terbit, or tinjauan → draf with a reviewer's
 * comment. A published version is immutable: triggers refuse any change to it,
 * its statements or its forms, whoever asks (second line after the routes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table bank_butir_versi (
      id uuid primary key default gen_random_uuid(),
      versi text not null unique check (versi ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
      status text not null default 'draf' check (status in ('draf', 'tinjauan', 'terbit')),
      -- the built-in national bank of packages/domain (BANK_NASIONAL), seeded idempotently
      bawaan boolean not null default false,
      asal_id uuid references bank_butir_versi (id),
      catatan text check (length(catatan) <= 2000),
      komentar_tinjauan text check (length(komentar_tinjauan) <= 5000),
      -- design guard report ({formulir: PenilaianDesain[]}) and the content digest it was computed on
      laporan_desain jsonb,
      sidik_desain text,
      job_desain_id uuid,
      dibuat_oleh uuid references pengguna (id),
      dibuat timestamptz not null default now(),
      diubah timestamptz not null default now(),
      diajukan timestamptz,
      diterbitkan timestamptz,
      diterbitkan_oleh uuid references pengguna (id)
    )`.execute(db);
  await sql`create index bank_butir_versi_status on bank_butir_versi (status, dibuat desc)`.execute(db);

  // One statement of a version: the domain's Pernyataan (plus optional English text) in `isi`;
  // sub-dimension and text are columns for the editor's filter and search.
  await sql`
    create table bank_butir_pernyataan (
      versi_id uuid not null references bank_butir_versi (id) on delete cascade,
      id text not null check (length(id) between 1 and 20),
      urutan integer not null,
      sub_dimensi text not null,
      teks text not null check (length(teks) between 1 and 1000),
      isi jsonb not null,
      primary key (versi_id, id)
    )`.execute(db);

  await sql`
    create table bank_butir_formulir (
      versi_id uuid not null references bank_butir_versi (id) on delete cascade,
      id text not null check (length(id) between 1 and 40),
      urutan integer not null,
      isi jsonb not null,
      primary key (versi_id, id)
    )`.execute(db);

  await sql`
    create function bank_butir_tolak_ubah_terbit() returns trigger language plpgsql as $$
    declare
      s text;
    begin
      if tg_table_name = 'bank_butir_versi' then
        if old.status = 'terbit' then
          raise exception 'bank butir versi % sudah terbit dan tidak dapat diubah', old.versi
            using errcode = 'insufficient_privilege';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end if;
      if tg_op in ('UPDATE', 'DELETE') then
        select status into s from bank_butir_versi where id = old.versi_id;
        if s = 'terbit' then
          raise exception 'bank butir versi terbit tidak dapat diubah (%)', tg_op
            using errcode = 'insufficient_privilege';
        end if;
      end if;
      if tg_op in ('UPDATE', 'INSERT') then
        select status into s from bank_butir_versi where id = new.versi_id;
        if s = 'terbit' then
          raise exception 'bank butir versi terbit tidak dapat diubah (%)', tg_op
            using errcode = 'insufficient_privilege';
        end if;
        return new;
      end if;
      return old;
    end $$`.execute(db);
  for (const t of ["bank_butir_versi", "bank_butir_pernyataan", "bank_butir_formulir"]) {
    await sql`
      create trigger ${sql.id(`${t}_terbit_tetap`)} before update or delete on ${sql.table(t)}
      for each row execute function bank_butir_tolak_ubah_terbit()`.execute(db);
  }
  for (const t of ["bank_butir_pernyataan", "bank_butir_formulir"]) {
    await sql`
      create trigger ${sql.id(`${t}_terbit_tambah`)} before insert on ${sql.table(t)}
      for each row execute function bank_butir_tolak_ubah_terbit()`.execute(db);
  }

  const tabel = sql.join(
    ["bank_butir_versi", "bank_butir_pernyataan", "bank_butir_formulir"].map((t) => sql.table(t)),
  );
  // Default privileges (0001) would let the application role write; national data is read-only to it.
  await sql`revoke insert, update, delete, truncate on ${tabel} from nurani_app`.execute(db);
  await sql`grant select on ${tabel} to nurani_app`.execute(db);
}
