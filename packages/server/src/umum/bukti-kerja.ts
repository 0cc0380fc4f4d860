/**
 * CAPTCHA-free abuse protection for the public survey and the whistleblowing
 * system (fitur/wbs): a proof-of-work
 * challenge. The server issues a signed, short-lived challenge naming the
 * agency and a difficulty `d`; the browser searches a nonce such that
 * SHA-256(challenge ":" nonce) starts with `d` zero bits (≈ 2^d hashes, a
 * second or two in a browser at d = 16, and the same for every submission a
 * bot makes); the server checks the signature, the expiry, the agency, the
 * work, and refuses a challenge used before (the caller stores its hash).
 * Nothing here keeps state; the secret comes from the caller.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const KESULITAN_BAWAAN = 16;
export const UMUR_TANTANGAN_MS = 10 * 60 * 1000;

interface IsiTantangan {
  /** agency code */
  k: string;
  /** expiry, ms since epoch */
  e: number;
  /** difficulty in leading zero bits */
  d: number;
  /** random */
  r: string;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString("base64url");
const tanda = (rahasia: string, isi: string) => createHmac("sha256", rahasia).update(isi).digest("base64url");

/** A new signed challenge for the agency `kode`. */
export function buatTantangan(
  rahasia: string,
  kode: string,
  sekarang: number,
  kesulitan = KESULITAN_BAWAAN,
): { tantangan: string; kesulitan: number; kedaluwarsa: string } {
  const isi: IsiTantangan = {
    k: kode,
    e: sekarang + UMUR_TANTANGAN_MS,
    d: kesulitan,
    r: b64(randomBytes(16)),
  };
  const bagian = b64(JSON.stringify(isi));
  return {
    tantangan: `${bagian}.${tanda(rahasia, bagian)}`,
    kesulitan,
    kedaluwarsa: new Date(isi.e).toISOString(),
  };
}

/** Number of leading zero bits of a digest. */
export function nolDepan(h: Buffer): number {
  let n = 0;
  for (const byte of h) {
    if (byte === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(byte) - 24;
  }
  return n;
}

export const hashKerja = (tantangan: string, nonce: string) =>
  createHash("sha256").update(`${tantangan}:${nonce}`).digest();

export type HasilPeriksa = { ok: true; kedaluwarsa: Date; hash: string } | { ok: false };

/** Checks a challenge and its nonce for agency `kode`; `hash` (of the challenge) is what the caller stores to refuse replays. */
export function periksaKerja(
  rahasia: string,
  kode: string,
  tantangan: string,
  nonce: string,
  sekarang: number,
  kesulitanMinimal = KESULITAN_BAWAAN,
): HasilPeriksa {
  const [bagian, sig, ...lebih] = tantangan.split(".");
  if (!bagian || !sig || lebih.length > 0) return { ok: false };
  const harus = Buffer.from(tanda(rahasia, bagian));
  const ada = Buffer.from(sig);
  if (harus.length !== ada.length || !timingSafeEqual(harus, ada)) return { ok: false };
  let isi: IsiTantangan;
  try {
    isi = JSON.parse(Buffer.from(bagian, "base64url").toString("utf8"));
  } catch {
    return { ok: false };
  }
  if (isi.k !== kode || typeof isi.e !== "number" || isi.e < sekarang || typeof isi.d !== "number")
    return { ok: false };
  if (isi.d < kesulitanMinimal) return { ok: false };
  if (nolDepan(hashKerja(tantangan, nonce)) < isi.d) return { ok: false };
  return {
    ok: true,
    kedaluwarsa: new Date(isi.e),
    hash: createHash("sha256").update(tantangan).digest("base64url"),
  };
}

/** Finds a nonce (what the browser does; used by tests and the CLI-less demo). */
export function cariNonce(tantangan: string, kesulitan: number): string {
  for (let i = 0; ; i++) {
    const n = i.toString(36);
    if (nolDepan(hashKerja(tantangan, n)) >= kesulitan) return n;
  }
}
