/**
 * Login limits (docs/server.md "Login protection"; OWASP Authentication
 * Cheat Sheet, "Protect against automated attacks": per-account backoff plus
 * per-address failure limits). Every counter lives in table `batas_login`, so
 * all app processes on one database share it, and each check is one
 * statement that counts and decides at once (`INSERT … ON CONFLICT … DO
 * UPDATE … WHERE … RETURNING`) before the password hash is verified: a burst
 * of parallel attempts cannot slip between a read and a write.
 *
 * An attempt is counted as a failure when it is admitted and taken back when
 * it succeeds, so only failures remain counted:
 * - per username (as typed, lower case; a missing account is counted like an
 *   existing one, so the answers tell nothing about which exist): the first
 *   `gagalBebasAkun` failures are free; each later admitted attempt makes the
 *   next wait `tundaAwalDetik`, doubling, at most `tundaMaksMenit`. Attempts
 *   during the wait are refused unevaluated and do not lengthen it, so five
 *   wrong passwords hold an account for 30 seconds, not a quarter of an hour;
 * - per client address: at most `loginGagalPerAlamat` failures per
 *   `jendelaAlamatMenit` window; correct logins do not count, so an office
 *   behind one NAT address all gets in.
 */
import { type RawBuilder, sql } from "kysely";
import { KEAMANAN } from "../config.ts";
import type { Db } from "../db/factory.ts";

export const kunciAkun = (username: string) => `akun:${username.trim().toLowerCase()}`;
export const kunciAlamat = (ip: string) => `alamat:${ip}`;

const detik = (n: number) => sql`make_interval(secs => ${n})`;

/** The wait after the n-th counted failure of a username (n ≥ gagalBebasAkun), as an SQL interval. */
function tundaSql(n: RawBuilder<number>): RawBuilder<unknown> {
  return sql`least(${detik(KEAMANAN.tundaAwalDetik)} * power(2, least(${n} - ${KEAMANAN.gagalBebasAkun}, 30)),
    ${detik(KEAMANAN.tundaMaksMenit * 60)})`;
}

/** Removes counters whose window is over and whose wait has passed (run when a new counter starts). */
async function sapu(db: Db): Promise<void> {
  const lama = Math.max(KEAMANAN.jendelaAkunJam * 3600, KEAMANAN.jendelaAlamatMenit * 60);
  await sql`delete from batas_login where mulai < now() - ${detik(lama)}
    and (tunggu_sampai is null or tunggu_sampai < now())`.execute(db);
}

/**
 * Admits one attempt of a username and counts it as a failure. Returns null
 * when admitted, or the seconds left to wait when the username is backing off
 * (the attempt is not evaluated). `mulaiTunda` tells that this attempt, if it
 * fails, has started or lengthened a wait (for the audit log).
 */
export async function ambilGiliranAkun(
  db: Db,
  username: string,
): Promise<{ tungguDetik: number } | { tungguDetik: null; mulaiTunda: boolean }> {
  const jendela = detik(KEAMANAN.jendelaAkunJam * 3600);
  const usang = sql<boolean>`b.mulai <= now() - ${jendela}`;
  const n = sql<number>`(case when ${usang} then 1 else b.gagal + 1 end)`;
  const bebas = KEAMANAN.gagalBebasAkun;
  const r = await sql<{ gagal: number; baru: boolean }>`
    insert into batas_login as b (kunci, gagal, mulai, tunggu_sampai)
    values (${kunciAkun(username)}, 1, now(),
      case when 1 >= ${bebas} then now() + ${tundaSql(sql`1`)} end)
    on conflict (kunci) do update set
      gagal = ${n},
      mulai = case when ${usang} then now() else b.mulai end,
      tunggu_sampai = case when ${n} >= ${bebas} then now() + ${tundaSql(n)} end
    where b.tunggu_sampai is null or b.tunggu_sampai <= now()
    returning b.gagal, (b.xmax = 0) as baru`.execute(db);
  const row = r.rows[0];
  if (row) {
    if (row.baru) await sapu(db);
    return { tungguDetik: null, mulaiTunda: row.gagal >= bebas };
  }
  const t = await sql<{ detik: number | null }>`
    select ceil(extract(epoch from tunggu_sampai - now()))::int as detik
    from batas_login where kunci = ${kunciAkun(username)}`.execute(db);
  return { tungguDetik: Math.max(1, t.rows[0]?.detik ?? 1) };
}

/** The username logged in: its failures are forgotten. */
export async function lupakanAkun(db: Db, username: string): Promise<void> {
  await sql`delete from batas_login where kunci = ${kunciAkun(username)}`.execute(db);
}

/**
 * Admits one attempt from a client address and counts it as a failure;
 * false when the address has used up its failures in the current window.
 */
export async function ambilGiliranAlamat(db: Db, ip: string, maks: number): Promise<boolean> {
  const usang = sql<boolean>`b.mulai <= now() - ${detik(KEAMANAN.jendelaAlamatMenit * 60)}`;
  const r = await sql<{ baru: boolean }>`
    insert into batas_login as b (kunci, gagal, mulai) values (${kunciAlamat(ip)}, 1, now())
    on conflict (kunci) do update set
      gagal = case when ${usang} then 1 else b.gagal + 1 end,
      mulai = case when ${usang} then now() else b.mulai end
    where ${usang} or b.gagal < ${maks}
    returning (b.xmax = 0) as baru`.execute(db);
  const row = r.rows[0];
  if (row?.baru) await sapu(db);
  return row !== undefined;
}

/** The attempt from this address was not a failure (it logged in, or was refused unevaluated). */
export async function kembalikanGiliranAlamat(db: Db, ip: string): Promise<void> {
  await sql`update batas_login set gagal = greatest(gagal - 1, 0) where kunci = ${kunciAlamat(ip)}`.execute(
    db,
  );
}

/** Whether a username is backing off now (the user list shows it). */
export function sedangDitundaSql(username: RawBuilder<string> | ReturnType<typeof sql.ref>) {
  return sql<boolean>`exists (select 1 from batas_login t
    where t.kunci = 'akun:' || ${username} and t.tunggu_sampai > now())`;
}
