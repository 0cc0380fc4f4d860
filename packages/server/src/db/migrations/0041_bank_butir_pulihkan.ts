import { type Kysely, sql } from "kysely";

/**
 * `nurani restore` (and `psql -f` of a `nurani backup` dump) must write a
 * published bank version's rows into an empty database. The immutability
 * triggers of 0040 let that through only while the transaction-local setting
 * `nurani.pulihkan` is 'ya', which the restore alone sets (backup/pulihkan.ts,
 * the dump's header). Everything else stays refused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function bank_butir_tolak_ubah_terbit() returns trigger language plpgsql as $$
    declare
      s text;
    begin
      if coalesce(current_setting('nurani.pulihkan', true), '') = 'ya' then
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end if;
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
}
