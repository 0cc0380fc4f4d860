/**
 * Password policy after NIST SP 800-63B §5.1.1.2 (docs/server.md "Password
 * policy"): a minimum length and no composition rules; a new password is
 * refused when it is commonly used or known from breaches (the
 * `passwords-common` list of @zxcvbn-ts/language-common, drawn from leaked
 * password corpora and maintained with that package), when it is that list's
 * word with digits or symbols around it, when it is repetitive or sequential
 * ("aaaaaaaaaa", "1234567890"), or when it contains context-specific words:
 * the username, the employee's NIP, the service's name.
 */
import { dictionary } from "@zxcvbn-ts/language-common";
import { KEAMANAN } from "../config.ts";
import { GalatApi } from "../http/errors.ts";
import type { Teks } from "../http/pesan.ts";

export type AlasanPasswordLemah = "pendek" | "panjang" | "umum" | "berpola" | "memuat_identitas";

const UMUM = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
const PANJANG_MAKS = 200;

const PESAN: Record<AlasanPasswordLemah, Teks> = {
  pendek: {
    id: `Kata sandi minimal ${KEAMANAN.panjangPasswordMin} karakter.`,
    en: `The password needs at least ${KEAMANAN.panjangPasswordMin} characters.`,
  },
  panjang: {
    id: `Kata sandi paling panjang ${PANJANG_MAKS} karakter.`,
    en: `The password may have at most ${PANJANG_MAKS} characters.`,
  },
  umum: {
    id: "Kata sandi ini terlalu umum atau pernah bocor dalam kebocoran data; pilih yang lain.",
    en: "This password is too common or has appeared in a data breach; choose another.",
  },
  berpola: {
    id: "Kata sandi ini hanya berupa pengulangan atau urutan karakter (mis. aaaaaaaaaa, 1234567890).",
    en: "This password is only a repetition or a sequence of characters (e.g. aaaaaaaaaa, 1234567890).",
  },
  memuat_identitas: {
    id: "Kata sandi tidak boleh memuat nama pengguna, NIP, atau nama aplikasi.",
    en: "The password may not contain your username, NIP, or the application's name.",
  },
};

/** What a password must not contain, besides the lists: the account's own identifiers. */
export interface KonteksPassword {
  username?: string | null;
  nip?: string | null;
}

/** Runs of characters people type as a "password": alphabet, digits (wrapping), keyboard rows. */
const URUTAN = [
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "qwertyuiopasdfghjklzxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

/** Repeats a short unit ("aaaa…", "abab…", "123123…") or runs along a sequence either way. */
function berpola(p: string): boolean {
  for (let unit = 1; unit <= 3; unit++) {
    if (
      p.length >= unit * 3 &&
      p ===
        p
          .slice(0, unit)
          .repeat(Math.ceil(p.length / unit))
          .slice(0, p.length)
    )
      return true;
  }
  const ulang = Math.ceil(p.length / 10) + 1;
  const urutan = URUTAN.map((u) => u.repeat(ulang)).flatMap((u) => [u, [...u].reverse().join("")]);
  return urutan.some((u) => u.includes(p));
}

/** The list's word with only digits and symbols around it ("Rahasia2024!", "123password"). */
function intiUmum(p: string): boolean {
  const inti = p.replace(/^[^a-z]+|[^a-z]+$/g, "");
  return inti.length >= 4 && inti !== p && UMUM.has(inti);
}

/** Why a new password is refused, or null when it is acceptable. */
export function alasanPasswordLemah(password: string, k: KonteksPassword = {}): AlasanPasswordLemah | null {
  if ([...password].length < KEAMANAN.panjangPasswordMin) return "pendek";
  if (password.length > PANJANG_MAKS) return "panjang";
  const p = password.toLowerCase();
  if (UMUM.has(p) || intiUmum(p)) return "umum";
  if (berpola(p)) return "berpola";
  const identitas = [k.username, k.nip, "nurani"]
    .map((x) => x?.trim().toLowerCase())
    .filter((x): x is string => !!x && x.length >= 3);
  // a username in an agency's namespace ("budi@kab-x") also counts by its own part ("budi")
  const namaSaja = k.username?.split("@")[0]?.toLowerCase();
  if (namaSaja && namaSaja.length >= 3) identitas.push(namaSaja);
  if (identitas.some((x) => p.includes(x))) return "memuat_identitas";
  return null;
}

/** Throws 400 `PASSWORD_LEMAH` with the reason (details.alasan) when the password breaks the policy. */
export function periksaKebijakanPassword(password: string, k: KonteksPassword = {}): void {
  const alasan = alasanPasswordLemah(password, k);
  if (alasan) throw new GalatApi(400, "PASSWORD_LEMAH", { pesan: PESAN[alasan], details: { alasan } });
}
