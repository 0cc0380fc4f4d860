import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Notification channels and reminders (docs/server.md "Notifications"):
 *
 * - `preferensi_notifikasi`: per user and kind of notification (the part of
 *   `notifikasi.jenis` before the dot: `program`, `asesmen`, …), whether it
 *   shows in the bell, is emailed at once, or is gathered in a daily digest.
 *   No row: the defaults (bell and email, no digest).
 * - `pengingat_terkirim`: one row per reminder sent (user, event key, day):
 *   the daily job sends a reminder only when it can insert its row, so running
 *   it twice a day sends nothing twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table preferensi_notifikasi (
      instansi_id uuid not null references instansi (id),
      pengguna_id uuid not null references pengguna (id),
      kelompok text not null check (kelompok ~ '^[a-z][a-z_]{0,29}$'),
      dalam_aplikasi boolean not null default true,
      email boolean not null default true,
      ringkasan_harian boolean not null default false,
      diubah timestamptz not null default now(),
      primary key (instansi_id, pengguna_id, kelompok)
    )`.execute(db);
  await sql`
    create table pengingat_terkirim (
      instansi_id uuid not null references instansi (id),
      pengguna_id uuid not null references pengguna (id),
      kunci text not null check (length(kunci) <= 200),
      tanggal date not null,
      dikirim timestamptz not null default now(),
      primary key (instansi_id, pengguna_id, kunci, tanggal)
    )`.execute(db);
  await pagarInstansi(db, "preferensi_notifikasi");
  await pagarInstansi(db, "pengingat_terkirim");
}
