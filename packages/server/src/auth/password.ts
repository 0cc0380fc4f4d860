import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id, OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1).
// `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolatedModules).
const OPSI = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPSI);
}

// Verified against when the username is unknown, so both cases cost the same time.
let hashPalsu: Promise<string> | null = null;

export async function cocokPassword(hashTersimpan: string | null, password: string): Promise<boolean> {
  if (!hashTersimpan) {
    hashPalsu ??= hashPassword(randomBytes(16).toString("hex"));
    await verify(await hashPalsu, password).catch(() => false);
    return false;
  }
  return verify(hashTersimpan, password).catch(() => false);
}

/** A temporary password for an admin-initiated reset: 16 characters without look-alikes. */
export function passwordSementara(): string {
  const huruf = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(16);
  return Array.from(bytes, (b) => huruf[b % huruf.length]).join("");
}
