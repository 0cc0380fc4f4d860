import type { Db } from "../db/factory.ts";
import { GalatApi } from "../http/errors.ts";
import { ambilGiliranAkun, ambilGiliranAlamat, kembalikanGiliranAlamat, lupakanAkun } from "./batas-login.ts";
import { cocokPassword } from "./password.ts";
import { langkahTotp } from "./totp.ts";

export interface PermintaanLogin {
  username: string;
  password: string;
  totp?: string;
  ip: string;
}

/** The outcome of an attempt, for the audit log (never the password). */
export interface CatatanLogin {
  /** `login.berhasil`, `login.gagal`, `login.terkunci` (a failure that starts a wait), `login.ditunda`
   * (refused unevaluated during a wait), `login.dibatasi` (address over its limit), `login.totp_diperlukan`. */
  aksi: string;
  /** The account, when the username names one. */
  penggunaId?: string;
  rincian?: Record<string, unknown>;
}

/**
 * Checks a password login (docs/server.md "Login protection"). The address
 * and the username are each admitted by one counting statement before the
 * password hash is verified; a refused or failed attempt throws a `GalatApi`.
 * `catat` receives the outcome for the audit log. Run it outside a
 * transaction: the counters must be visible to every other attempt at once.
 */
export async function periksaLogin(
  db: Db,
  p: PermintaanLogin,
  batasAlamat: number,
  catat: (c: CatatanLogin) => void,
): Promise<string> {
  const username = p.username.trim().toLowerCase();
  if (!(await ambilGiliranAlamat(db, p.ip, batasAlamat))) {
    catat({ aksi: "login.dibatasi" });
    throw new GalatApi(429, "TERLALU_BANYAK", { tetapSimpan: true });
  }
  const giliran = await ambilGiliranAkun(db, username);
  const pengguna = await db
    .selectFrom("pengguna")
    .select(["id", "password_hash", "aktif", "totp_aktif", "totp_rahasia"])
    .where("username", "=", username)
    .executeTakeFirst();
  const penggunaId = pengguna?.id;
  if (giliran.tungguDetik !== null) {
    // not evaluated: not a failure of this address
    await kembalikanGiliranAlamat(db, p.ip);
    catat({ aksi: "login.ditunda", penggunaId });
    const menit = Math.ceil(giliran.tungguDetik / 60);
    throw new GalatApi(423, "AKUN_TERKUNCI", { tetapSimpan: true, param: { menit } });
  }
  const gagal = (code: string) => {
    catat({
      aksi: giliran.mulaiTunda ? "login.terkunci" : "login.gagal",
      penggunaId,
      rincian: code === "LOGIN_GAGAL" ? undefined : { kode: code },
    });
    return new GalatApi(401, code, { tetapSimpan: true });
  };

  const passwordBenar = await cocokPassword(pengguna?.password_hash ?? null, p.password);
  if (!pengguna?.aktif || !passwordBenar) throw gagal("LOGIN_GAGAL");
  if (pengguna.totp_aktif && pengguna.totp_rahasia) {
    if (!p.totp) {
      // the password was right: this address did not fail; the username's admission stays counted
      await kembalikanGiliranAlamat(db, p.ip);
      catat({ aksi: "login.totp_diperlukan", penggunaId });
      throw new GalatApi(401, "TOTP_DIPERLUKAN", { tetapSimpan: true });
    }
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
    if (!diterima) throw gagal("TOTP_SALAH");
  }
  await lupakanAkun(db, username);
  await kembalikanGiliranAlamat(db, p.ip);
  await db
    .updateTable("pengguna")
    .set({ login_terakhir: new Date() })
    .where("id", "=", pengguna.id)
    .execute();
  catat({ aksi: "login.berhasil", penggunaId });
  return pengguna.id;
}
