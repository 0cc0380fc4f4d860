/**
 * A limit on guessing one-time test tokens (docs/asesmen.md "Token guessing").
 * The public test routes (`/api/ujian…`) answer without login to whoever holds
 * a token; tokens carry 60 bits, so guessing is impractical, and this limit
 * keeps it so: a caller address whose lookups failed `maks` times within
 * `jendelaMs` is refused with 429 on every token route until its window ends.
 * Successful requests are not counted and a valid token from another address
 * is unaffected.
 *
 * No address is kept: the count is filed under an HMAC-SHA-256 of the address
 * with a key drawn from the CSPRNG when the process starts (never stored), so
 * the table cannot be turned back into addresses even by trying every IPv4.
 *
 * The state lives in the server process (one process is the default
 * deployment, docs/server.md). Several processes behind a load balancer each
 * count on their own (the effective limit is `maks` × processes); a shared
 * store (a table keyed by the HMAC with a shared key, as the public survey's
 * `survei_batas` does) would be needed to hold the limit exactly there.
 */
import { createHmac, randomBytes } from "node:crypto";
import { GalatApi } from "../../http/errors.ts";
import type { KonteksRute } from "../../http/route.ts";
import { galat } from "./pesan.ts";

/** Default: 20 failed lookups per address per 15 minutes. */
export const BATAS_TEBAK_BAWAAN = { maks: 20, jendelaMs: 15 * 60_000 } as const;

/** At most this many addresses are tracked; beyond it, expired entries go first, then the oldest. */
const MAKS_ALAMAT = 100_000;

interface Catatan {
  gagal: number;
  /** When the window opened by the first failure ends (ms since epoch). */
  berakhir: number;
}

export interface OpsiBatasTebak {
  maks?: number;
  jendelaMs?: number;
  /** Clock, for tests. */
  sekarang?: () => number;
}

export class BatasTebak {
  readonly maks: number;
  readonly jendelaMs: number;
  private readonly sekarang: () => number;
  private readonly kunciHmac = randomBytes(32);
  private readonly catatan = new Map<string, Catatan>();

  constructor(opsi: OpsiBatasTebak = {}) {
    this.maks = opsi.maks ?? BATAS_TEBAK_BAWAAN.maks;
    this.jendelaMs = opsi.jendelaMs ?? BATAS_TEBAK_BAWAAN.jendelaMs;
    this.sekarang = opsi.sekarang ?? Date.now;
  }

  private kunci(alamat: string): string {
    return createHmac("sha256", this.kunciHmac).update(alamat).digest("base64url");
  }

  private aktif(k: string, t: number): Catatan | undefined {
    const c = this.catatan.get(k);
    if (c && c.berakhir <= t) {
      this.catatan.delete(k);
      return undefined;
    }
    return c;
  }

  /** Seconds until the address may try again, or 0 when it is not blocked. */
  tunggu(alamat: string): number {
    // the usual case: nobody has guessed wrong lately, so no HMAC on this request's path
    if (this.catatan.size === 0) return 0;
    const t = this.sekarang();
    const c = this.aktif(this.kunci(alamat), t);
    return c && c.gagal >= this.maks ? Math.ceil((c.berakhir - t) / 1000) : 0;
  }

  /** Counts one failed token lookup of the address. */
  catatGagal(alamat: string): void {
    const t = this.sekarang();
    const k = this.kunci(alamat);
    const c = this.aktif(k, t);
    if (c) {
      c.gagal++;
      return;
    }
    if (this.catatan.size >= MAKS_ALAMAT) this.rapikan(t);
    this.catatan.set(k, { gagal: 1, berakhir: t + this.jendelaMs });
  }

  /** Drops expired entries; if still full, the oldest (Map keeps insertion order). */
  private rapikan(t: number): void {
    for (const [k, c] of this.catatan) if (c.berakhir <= t) this.catatan.delete(k);
    for (const k of this.catatan.keys()) {
      if (this.catatan.size < MAKS_ALAMAT) break;
      this.catatan.delete(k);
    }
  }

  /** What is kept, for tests: HMAC keys and counts only. */
  isi(): { kunci: string; gagal: number; berakhir: number }[] {
    return [...this.catatan].map(([kunci, c]) => ({ kunci, ...c }));
  }

  kosongkan(): void {
    this.catatan.clear();
  }
}

/** The limiter of this process's public test routes. */
export const batasTebakUjian = new BatasTebak();

/**
 * Runs a public token route's work under the limit: refuses a blocked address
 * before any lookup (429 with Retry-After), and counts the work's "unknown
 * token" refusals (`TOKEN_TIDAK_DIKENAL`, malformed tokens included).
 */
export async function denganBatasTebak<R>(
  ctx: Pick<KonteksRute<unknown, unknown, unknown>, "req" | "reply">,
  kerja: () => Promise<R>,
  batas: BatasTebak = batasTebakUjian,
): Promise<R> {
  const alamat = ctx.req.ip ?? "";
  const detik = batas.tunggu(alamat);
  if (detik > 0) {
    ctx.reply.header("retry-after", String(detik));
    throw galat(429, "TERLALU_BANYAK_TEBAKAN", { menit: Math.ceil(detik / 60) });
  }
  try {
    return await kerja();
  } catch (e) {
    if (e instanceof GalatApi && e.code === "TOKEN_TIDAK_DIKENAL") batas.catatGagal(alamat);
    throw e;
  }
}
