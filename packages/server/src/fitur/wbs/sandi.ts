/**
 * Envelope encryption of whistleblowing reports (docs/wbs.md "Encryption"):
 * each report has its own random 256-bit data key; every text and file of the
 * report is sealed with it (AES-256-GCM, a fresh 96-bit IV each time, bound to
 * its purpose by the additional data); the data key itself is sealed with the
 * master key and stored beside the report with the master key's id. The
 * master keys never touch the database: they come from `NURANI_KUNCI_WBS`
 * (`id:base64,id2:base64`, the first encrypts new reports, the others still
 * decrypt), or from the file named by `NURANI_KUNCI_WBS_BERKAS` (same format,
 * one per line), or — when neither is set — from `<dataDir>/kunci-wbs`, created
 * with one random key (mode 0600) on first use.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface CincinKunci {
  /** The id of the key that seals new data keys. */
  aktif: string;
  kunci: Map<string, Buffer>;
}

const ID_KUNCI = /^[A-Za-z0-9._-]{1,40}$/;

/** Parses `id:base64[,id:base64…]` (commas or newlines; `#` comments). Throws on a malformed entry. */
export function uraiCincin(teks: string): CincinKunci {
  const kunci = new Map<string, Buffer>();
  let aktif: string | null = null;
  for (const baris of teks.split(/[,\n]/)) {
    const b = baris.trim();
    if (b === "" || b.startsWith("#")) continue;
    const i = b.indexOf(":");
    const id = b.slice(0, i);
    const k = Buffer.from(b.slice(i + 1), "base64");
    if (i <= 0 || !ID_KUNCI.test(id) || k.length !== 32)
      throw new Error("Kunci WBS tidak sah: setiap entri harus `id:<32 bita base64>`");
    if (kunci.has(id)) throw new Error(`Kunci WBS: id ganda ${id}`);
    kunci.set(id, k);
    aktif ??= id;
  }
  if (!aktif) throw new Error("Kunci WBS kosong");
  return { aktif, kunci };
}

/** A new key-ring entry `id:base64` (the CLI-less way to make one: see docs/wbs.md). */
export const entriKunciBaru = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;

/** The master key ring from the environment, the key file, or the data directory (created on first use). */
export function muatCincin(dataDir: string, env: NodeJS.ProcessEnv = process.env): CincinKunci {
  if (env.NURANI_KUNCI_WBS) return uraiCincin(env.NURANI_KUNCI_WBS);
  if (env.NURANI_KUNCI_WBS_BERKAS) return uraiCincin(fs.readFileSync(env.NURANI_KUNCI_WBS_BERKAS, "utf8"));
  const berkas = path.join(dataDir, "kunci-wbs");
  if (!fs.existsSync(berkas)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(berkas, `${entriKunciBaru(`k${new Date().getUTCFullYear()}`)}\n`, {
        mode: 0o600,
        flag: "wx",
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  return uraiCincin(fs.readFileSync(berkas, "utf8"));
}

const IV = 12;
const TAG = 16;

/** AES-256-GCM: `iv ‖ tag ‖ ciphertext`, authenticated with `ad`. */
export function segel(kunci: Buffer, data: Buffer, ad: string): Buffer {
  const iv = randomBytes(IV);
  const c = createCipheriv("aes-256-gcm", kunci, iv);
  c.setAAD(Buffer.from(ad));
  const isi = Buffer.concat([c.update(data), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), isi]);
}

export function buka(kunci: Buffer, sandi: Buffer | Uint8Array, ad: string): Buffer {
  const s = Buffer.from(sandi);
  const d = createDecipheriv("aes-256-gcm", kunci, s.subarray(0, IV));
  d.setAAD(Buffer.from(ad));
  d.setAuthTag(s.subarray(IV, IV + TAG));
  return Buffer.concat([d.update(s.subarray(IV + TAG)), d.final()]);
}

/** A new data key for a report, and its sealed form under the active master key. */
export function kunciDataBaru(cincin: CincinKunci): { kunci: Buffer; kunciId: string; tersegel: Buffer } {
  const kunci = randomBytes(32);
  const induk = cincin.kunci.get(cincin.aktif) as Buffer;
  return { kunci, kunciId: cincin.aktif, tersegel: segel(induk, kunci, `wbs-kunci:${cincin.aktif}`) };
}

/** Opens a report's data key; throws when its master key is not in the ring. */
export function bukaKunciData(cincin: CincinKunci, kunciId: string, tersegel: Buffer | Uint8Array): Buffer {
  const induk = cincin.kunci.get(kunciId);
  if (!induk) throw new Error(`Kunci induk WBS "${kunciId}" tidak tersedia (lihat docs/wbs.md "Rotasi")`);
  return buka(induk, tersegel, `wbs-kunci:${kunciId}`);
}

/** Re-seals a data key under the active master key (rotation; the report's contents stay as they are). */
export function segelUlang(cincin: CincinKunci, kunciId: string, tersegel: Buffer | Uint8Array) {
  const kunci = bukaKunciData(cincin, kunciId, tersegel);
  const induk = cincin.kunci.get(cincin.aktif) as Buffer;
  return { kunciId: cincin.aktif, tersegel: segel(induk, kunci, `wbs-kunci:${cincin.aktif}`) };
}

export const segelTeks = (kunci: Buffer, teks: string, ad: string) =>
  segel(kunci, Buffer.from(teks, "utf8"), ad);
export const bukaTeks = (kunci: Buffer, sandi: Buffer | Uint8Array, ad: string) =>
  buka(kunci, sandi, ad).toString("utf8");
