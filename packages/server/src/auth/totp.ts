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

/** Accepts the current code and one period either side (clock drift). */
export function cocokTotp(rahasia: string, kode: string): boolean {
  return totp(rahasia, "-").validate({ token: kode, window: 1 }) !== null;
}

/** The current code (tests and the CLI use it). */
export function kodeTotp(rahasia: string): string {
  return totp(rahasia, "-").generate();
}
