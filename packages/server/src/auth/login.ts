import { sql } from "kysely";
import { KEAMANAN } from "../config.ts";
import type { Db } from "../db/factory.ts";
import { GalatApi } from "../http/errors.ts";
import type { AuditRute } from "../http/route.ts";
import { cocokPassword } from "./password.ts";
import { langkahTotp } from "./totp.ts";

export interface PermintaanLogin {
  username: string;
  password: string;
  totp?: string;
  ip: string;
}

/** Login attempts from one address within the window (read from the audit log, so every process agrees). */
async function percobaanDariAlamat(db: Db, ip: string): Promise<number> {
  const sejak = new Date(Date.now() - KEAMANAN.jendelaLoginMenit * 60_000);
  const r = await db
    .selectFrom("audit_log")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("ip", "=", ip)
    .where("waktu", ">", sejak)
    .where("aksi", "like", "login.%")
    .executeTakeFirstOrThrow();
  return r.n;
}

/**
 * Checks a password login. Returns the user id, or throws a `GalatApi` marked
 * `tetapSimpan` so the failure counter and the audit entry are committed.
 * `catat` names the audit action of the outcome.
 */
export async function periksaLogin(
  db: Db,
  p: PermintaanLogin,
  catat: (e: AuditRute) => void,
): Promise<string> {
  const tolak = (status: number, code: string, aksi: string, param?: Record<string, number>) => {
    catat({ aksi });
    return new GalatApi(status, code, { tetapSimpan: true, param });
  };
  if ((await percobaanDariAlamat(db, p.ip)) >= KEAMANAN.maksLoginPerAlamat) {
    throw tolak(429, "TERLALU_BANYAK", "login.dibatasi");
  }
  const pengguna = await db
    .selectFrom("pengguna")
    .select(["id", "password_hash", "aktif", "terkunci_sampai", "gagal_login", "totp_aktif", "totp_rahasia"])
    .where("username", "=", p.username.trim().toLowerCase())
    .executeTakeFirst();
  if (pengguna) catat({ penggunaId: pengguna.id });
  if (pengguna?.terkunci_sampai && pengguna.terkunci_sampai.getTime() > Date.now()) {
    const menit = Math.ceil((pengguna.terkunci_sampai.getTime() - Date.now()) / 60_000);
    throw tolak(423, "AKUN_TERKUNCI", "login.terkunci", { menit });
  }
  const passwordBenar = await cocokPassword(pengguna?.password_hash ?? null, p.password);
  if (!pengguna?.aktif || !passwordBenar) {
    if (pengguna) await catatGagal(db, pengguna.id, pengguna.gagal_login);
    throw tolak(401, "LOGIN_GAGAL", "login.gagal");
  }
  if (pengguna.totp_aktif && pengguna.totp_rahasia) {
    if (!p.totp) throw tolak(401, "TOTP_DIPERLUKAN", "login.totp_diperlukan");
    // A code counts once: the step must be later than the last accepted one (checked and recorded
    // in one statement, so two logins racing with the same code cannot both pass).
    const langkah = langkahTotp(pengguna.totp_rahasia, p.totp);
    const diterima =
      langkah !== null &&
      (
        await db
          .updateTable("pengguna")
          .set({ totp_langkah: langkah })
          .where("id", "=", pengguna.id)
          .where((eb) => eb.or([eb("totp_langkah", "is", null), eb("totp_langkah", "<", langkah)]))
          .executeTakeFirst()
      ).numUpdatedRows > 0n;
    if (!diterima) {
      await catatGagal(db, pengguna.id, pengguna.gagal_login);
      throw tolak(401, "TOTP_SALAH", "login.gagal");
    }
  }
  await db
    .updateTable("pengguna")
    .set({ gagal_login: 0, terkunci_sampai: null, login_terakhir: new Date() })
    .where("id", "=", pengguna.id)
    .execute();
  catat({ aksi: "login.berhasil" });
  return pengguna.id;
}

/** One more failure; the N-th locks the account for a while and restarts the count. */
async function catatGagal(db: Db, penggunaId: string, sebelumnya: number): Promise<void> {
  const gagal = sebelumnya + 1;
  const kunci = gagal >= KEAMANAN.maksGagalLogin;
  await db
    .updateTable("pengguna")
    .set({
      gagal_login: kunci ? 0 : gagal,
      terkunci_sampai: kunci ? new Date(Date.now() + KEAMANAN.lamaKunciMenit * 60_000) : null,
    })
    .where("id", "=", penggunaId)
    .execute();
}
