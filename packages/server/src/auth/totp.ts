import * as OTPAuth from "otpauth";

const PENERBIT = "Nurani";

function totp(rahasia: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: PENERBIT,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(rahasia),
  });
}

/** A fresh 160-bit secret (base32) and its `otpauth://` URL for an authenticator app. */
export function rahasiaTotpBaru(username: string): { secret: string; otpauthUrl: string } {
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  return { secret, otpauthUrl: totp(secret, username).toString() };
}

const PERIODE_DETIK = 30;

/**
 * The time step (30-second counter) a code belongs to, accepting the current
 * step and one either side (clock drift); null when the code is wrong. The
 * caller refuses a step at or below the last one it accepted, so a code
 * works once (RFC 6238 §5.2).
 */
export function langkahTotp(rahasia: string, kode: string, sekarang = Date.now()): number | null {
  const delta = totp(rahasia, "-").validate({ token: kode, timestamp: sekarang, window: 1 });
  return delta === null ? null : Math.floor(sekarang / 1000 / PERIODE_DETIK) + delta;
}

/** The code of the current step, or of `langkah` steps later (tests and the CLI use it). */
export function kodeTotp(rahasia: string, langkah = 0): string {
  return totp(rahasia, "-").generate({ timestamp: Date.now() + langkah * PERIODE_DETIK * 1000 });
}
