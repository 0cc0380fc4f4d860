import { type Kysely, sql } from "kysely";
import { pagarInstansi } from "../rls.ts";

/**
 * Public feedback on service integrity (PermenPANRB 60/2020 Tabel 2 I.4:
 * monitoring and evaluation, "melibatkan ... masyarakat"/public participation;
 * docs/komunitas.md "Public survey: abuse protection"): anonymous responses per agency, the used
 * proof-of-work challenges (replay refusal) and per-address counters (rate
 * limit). No IP address is stored: counters are keyed by an HMAC of the
 * address and the hour, with a server secret kept in `kunci_komunitas`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table survei_respons (
      instansi_id uuid not null references instansi (id),
      id uuid not null default gen_random_uuid(),
      dikirim timestamptz not null default now(),
      p1 smallint not null check (p1 between 1 and 5),
      p2 smallint not null check (p2 between 1 and 5),
      p3 smallint not null check (p3 between 1 and 5),
      p4 smallint not null check (p4 between 1 and 5),
      p5 smallint not null check (p5 between 1 and 5),
      layanan text check (length(layanan) <= 100),
      komentar text check (length(komentar) <= 1000),
      primary key (instansi_id, id)
    )`.execute(db);
  await sql`create index survei_respons_dikirim on survei_respons (instansi_id, dikirim desc)`.execute(db);
  await sql`grant select, insert, update, delete on survei_respons to nurani_app`.execute(db);
  await pagarInstansi(db, "survei_respons");

  // platform tables (not agency-owned): only hashes, never an address or a challenge in clear
  await sql`
    create table survei_tantangan_terpakai (
      hash text primary key,
      kedaluwarsa timestamptz not null
    )`.execute(db);
  await sql`create index survei_tantangan_kedaluwarsa on survei_tantangan_terpakai (kedaluwarsa)`.execute(db);
  await sql`
    create table survei_batas (
      kunci text primary key,
      jumlah integer not null,
      kedaluwarsa timestamptz not null
    )`.execute(db);
  await sql`
    create table kunci_komunitas (
      nama text primary key,
      nilai text not null,
      dibuat timestamptz not null default now()
    )`.execute(db);
  // the application role never needs the secret or the counters (public routes run unscoped)
  await sql`revoke all on survei_tantangan_terpakai, survei_batas, kunci_komunitas from nurani_app`.execute(
    db,
  );
}
