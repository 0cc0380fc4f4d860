import { randomBytes } from "node:crypto";
import type { Peran } from "@nurani/domain";
import { hashPassword } from "../../src/auth/password.ts";
import type { Db } from "../../src/db/factory.ts";

const acak = () => randomBytes(4).toString("hex").toUpperCase();

export interface InstansiUji {
  id: string;
  kode: string;
  nama: string;
}

/** Inserts an instansi (random code unless given). */
export async function buatInstansi(
  db: Db,
  o: { kode?: string; nama?: string; nasional?: boolean; jenis?: "kementerian" | "kabupaten" } = {},
): Promise<InstansiUji> {
  const kode = o.kode ?? `INS-${acak()}`;
  return db
    .insertInto("instansi")
    .values({
      kode,
      nama: o.nama ?? `Instansi ${kode}`,
      jenis: o.jenis ?? "kementerian",
      nasional: o.nasional ?? false,
    })
    .returning(["id", "kode", "nama"])
    .executeTakeFirstOrThrow();
}

export interface PenggunaUji {
  id: string;
  username: string;
  password: string;
}

export const PASSWORD_UJI = "rahasia-uji-123";

/** Inserts a user holding the given roles, each in its instansi. */
export async function buatPengguna(
  db: Db,
  peran: { instansiId: string; peran: Peran }[],
  o: { username?: string; password?: string; harusGanti?: boolean } = {},
): Promise<PenggunaUji> {
  const username = o.username ?? `u${acak().toLowerCase()}`;
  const password = o.password ?? PASSWORD_UJI;
  const { id } = await db
    .insertInto("pengguna")
    .values({
      username,
      nama: `Pengguna ${username}`,
      password_hash: await hashPassword(password),
      harus_ganti_password: o.harusGanti ?? false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (peran.length > 0) {
    await db
      .insertInto("peran_pengguna")
      .values(peran.map((p) => ({ instansi_id: p.instansiId, pengguna_id: id, peran: p.peran })))
      .execute();
  }
  return { id, username, password };
}

let nipSeq = 0;
/** A well-formed NIP: birth date, CPNS appointment (year+month), sex digit, serial. */
export function nipUji(o: { lahir?: string; tmt?: string; jk?: "L" | "P" } = {}): string {
  const lahir = (o.lahir ?? "1985-03-12").replaceAll("-", "");
  const tmt = (o.tmt ?? "2010-01").replace("-", "");
  nipSeq = (nipSeq + 1) % 1000;
  return `${lahir}${tmt}${o.jk === "P" ? 2 : 1}${String(nipSeq).padStart(3, "0")}`;
}
