/**
 * One-time test tokens for people without email (docs/asesmen.md "Flow", step
 * Invite; "Token guessing"). A token is 12 characters of Crockford base32 (60 bits),
 * printed in groups of four (`ABCD-EFGH-JKMN`); only its SHA-256 is stored
 * (`peserta_asesmen.token_hash`). Typing is forgiving: case, dashes, spaces
 * and the look-alikes O→0, I/L→1 are normalised before hashing.
 */
import { createHash, randomBytes } from "node:crypto";

const ABJAD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const PANJANG = 12;

/** A fresh token from the CSPRNG, formatted for print. */
export function buatToken(): string {
  const b = randomBytes(PANJANG);
  let s = "";
  for (let i = 0; i < PANJANG; i++) s += ABJAD[b[i] & 31];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** The canonical form of a typed token, or null when it cannot be one. */
export function normalkanToken(masukan: string): string | null {
  if (masukan.length > 64) return null;
  const s = masukan.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (s.length !== PANJANG) return null;
  for (const c of s) if (!ABJAD.includes(c)) return null;
  return s;
}

/** SHA-256 (hex) of the canonical token: what `token_hash` holds. */
export function hashToken(kanonik: string): string {
  return createHash("sha256").update(`nurani-ujian:${kanonik}`).digest("hex");
}
