/**
 * A limit on guessing one-time test tokens (docs/asesmen.md "Token guessing").
 * The public test routes (`/api/ujian…`) answer without login to whoever holds
 * a token; tokens carry 60 bits, so guessing is impractical, and this limit
 * keeps it so: a caller address whose lookups failed `maks` times within
 * `jendelaMs` is refused with 429 on every token route until its window ends.
 * Successful requests are not counted and a valid token from another address
 * is unaffected.
 *
 * The counters live in table `batas_tebak` (migration 0006), so every server
 * process on one database counts into the same place and the limit holds in
 * total (docs/server.md "Several processes"). No address is kept: a count is
 * filed under an HMAC-SHA-256 of the address whose key (`kunci_server`,
 * created from the CSPRNG on first use) is shared by the processes and never
 * leaves the database.
 *
 * The answer save, the route called most, reads no counter first (it would
 * cost every save a second round trip): its statement checks the address's
 * counter itself, in the same round trip (`PagarTebak`, simpan-kelompok.ts),
 * and a blocked address gets 429 whether its token was right or wrong. In
 * every route, a failure whose shared count is already past the limit (another
 * process blocked the address) is answered 429, not 404, so no guess beyond the
 * limit learns anything. A process remembers the addresses it saw blocked
 * until their window ends and refuses them without reading.
 */
import { createHmac, randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { GalatApi } from "../../http/errors.ts";
import type { KonteksRute } from "../../http/route.ts";
import { galat } from "./pesan.ts";

/** Default: 20 failed lookups per address per 15 minutes. */
export const BATAS_TEBAK_BAWAAN = { maks: 20, jendelaMs: 15 * 60_000 } as const;

/** The caller address's counter, checked by the answer save's own statement. */
export interface PagarTebak {
  /** HMAC of the address (`batas_tebak.kunci`). */
  kunci: string;
  maks: number;
}

/** Thrown by work that found the caller's address blocked in its statement; `sampai` in ms. */
export class TebakanTerblokir extends Error {
  constructor(readonly sampai: number) {
    super("alamat terblokir");
  }
}

export interface OpsiBatasTebak {
  maks?: number;
  jendelaMs?: number;
  /** Clock, for tests. */
  sekarang?: () => number;
}

async function kunciHmac(db: Db): Promise<Buffer> {
  await db
    .insertInto("kunci_server")
    .values({ nama: "batas-tebak", nilai: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("nama").doNothing())
    .execute();
  const r = await db
    .selectFrom("kunci_server")
    .select("nilai")
    .where("nama", "=", "batas-tebak")
    .executeTakeFirstOrThrow();
  return Buffer.from(r.nilai, "base64url");
}

export class BatasTebak {
  readonly maks: number;
  readonly jendelaMs: number;
  private readonly sekarang: () => number;
  /** The shared key, read once per process (it never changes once created). */
  private kunciPromise: Promise<Buffer> | null = null;
  /** HMAC key → end of its window, for addresses this process saw blocked. */
  private readonly terblokir = new Map<string, number>();

  constructor(opsi: OpsiBatasTebak = {}) {
    this.maks = opsi.maks ?? BATAS_TEBAK_BAWAAN.maks;
    this.jendelaMs = opsi.jendelaMs ?? BATAS_TEBAK_BAWAAN.jendelaMs;
    this.sekarang = opsi.sekarang ?? Date.now;
  }

  /** The address's HMAC key, under which its count is filed. */
  async kunci(db: Db, alamat: string): Promise<string> {
    this.kunciPromise ??= kunciHmac(db).catch((e) => {
      this.kunciPromise = null;
      throw e;
    });
    return createHmac("sha256", await this.kunciPromise)
      .update(alamat)
      .digest("base64url");
  }

  /** Remembers an address seen blocked until `sampai` (bounded: a flood of addresses empties it). */
  ingatTerblokir(kunci: string, sampai: number): void {
    if (this.terblokir.size >= 100_000) this.terblokir.clear();
    this.terblokir.set(kunci, sampai);
  }

  /** Seconds this process knows the address is still blocked for, without reading (0: not known). */
  tungguDiingat(kunci: string): number {
    const akhir = this.terblokir.get(kunci);
    if (akhir === undefined) return 0;
    const sisa = akhir - this.sekarang();
    if (sisa > 0) return Math.ceil(sisa / 1000);
    this.terblokir.delete(kunci);
    return 0;
  }

  /** Seconds until the address may try again, or 0 when it is not blocked (remembered, else one primary-key read). */
  async tunggu(db: Db, alamat: string): Promise<number> {
    const k = await this.kunci(db, alamat);
    const diingat = this.tungguDiingat(k);
    if (diingat > 0) return diingat;
    const r = await db
      .selectFrom("batas_tebak")
      .select(["gagal", "berakhir"])
      .where("kunci", "=", k)
      .executeTakeFirst();
    if (!r || r.gagal < this.maks) return 0;
    const akhir = new Date(r.berakhir).getTime();
    if (akhir <= this.sekarang()) return 0;
    this.ingatTerblokir(k, akhir);
    return this.tungguDiingat(k);
  }

  /**
   * Counts one failed token lookup of the address (one statement; a window that ended starts
   * anew). Returns the shared count, every process's failures included, with this one.
   */
  async catatGagal(db: Db, alamat: string): Promise<number> {
    const t = new Date(this.sekarang());
    const akhir = new Date(t.getTime() + this.jendelaMs);
    const k = await this.kunci(db, alamat);
    const r = await sql<{ baru: boolean; gagal: number; berakhir: Date | string }>`
      insert into batas_tebak as b (kunci, gagal, berakhir) values (${k}, 1, ${akhir})
      on conflict (kunci) do update set
        gagal = case when b.berakhir <= ${t} then 1 else b.gagal + 1 end,
        berakhir = case when b.berakhir <= ${t} then ${akhir} else b.berakhir end
      returning (b.xmax = 0) as baru, b.gagal, b.berakhir`.execute(db);
    const baris = r.rows[0];
    if (!baris) return 0;
    if (baris.gagal >= this.maks) this.ingatTerblokir(k, new Date(baris.berakhir).getTime());
    // a new counter: sweep the ended ones
    if (baris.baru) await db.deleteFrom("batas_tebak").where("berakhir", "<=", t).execute();
    return baris.gagal;
  }

  /** What is kept, for tests: HMAC keys and counts only. */
  async isi(db: Db): Promise<{ kunci: string; gagal: number; berakhir: number }[]> {
    const t = new Date(this.sekarang());
    const rows = await db
      .selectFrom("batas_tebak")
      .select(["kunci", "gagal", "berakhir"])
      .where("berakhir", ">", t)
      .execute();
    return rows.map((r) => ({ ...r, berakhir: new Date(r.berakhir).getTime() }));
  }

  /** Forgets everything, here and in the database (tests; the key is read again from `db`). */
  async kosongkan(db: Db): Promise<void> {
    this.terblokir.clear();
    this.kunciPromise = null;
    await db.deleteFrom("batas_tebak").execute();
  }
}

/** The limiter of the public test routes. */
export const batasTebakUjian = new BatasTebak();

/**
 * Runs a public token route's work under the limit: refuses a blocked address
 * before any lookup (429 with Retry-After), and counts the work's "unknown
 * token" refusals (`TOKEN_TIDAK_DIKENAL`, malformed tokens included); a
 * failure that finds the count already past the limit (another process
 * blocked the address meanwhile) is answered 429 too. The count commits with
 * the refusal (the route's transaction is kept; the refusal writes no audit
 * entry).
 *
 * `diperiksaKerja`: the work checks the counter itself, in its own statement
 * (the answer save, `PagarTebak`), so no read comes first; only what this
 * process remembers is refused up front.
 */
export async function denganBatasTebak<R>(
  ctx: Pick<KonteksRute<unknown, unknown, unknown>, "req" | "reply" | "db" | "auditTertulis">,
  kerja: (pagar: PagarTebak) => Promise<R>,
  opsi: { batas?: BatasTebak; diperiksaKerja?: boolean } = {},
): Promise<R> {
  const batas = opsi.batas ?? batasTebakUjian;
  const alamat = ctx.req.ip ?? "";
  const kunci = await batas.kunci(ctx.db, alamat);
  const tolak = (detik: number) => {
    ctx.reply.header("retry-after", String(detik));
    return galat(429, "TERLALU_BANYAK_TEBAKAN", { menit: Math.ceil(detik / 60) });
  };
  const detik = opsi.diperiksaKerja ? batas.tungguDiingat(kunci) : await batas.tunggu(ctx.db, alamat);
  if (detik > 0) throw tolak(detik);
  try {
    return await kerja({ kunci, maks: batas.maks });
  } catch (e) {
    if (e instanceof TebakanTerblokir) {
      batas.ingatTerblokir(kunci, e.sampai);
      throw tolak(Math.max(1, batas.tungguDiingat(kunci)));
    }
    if (e instanceof GalatApi && e.code === "TOKEN_TIDAK_DIKENAL") {
      const gagal = await batas.catatGagal(ctx.db, alamat);
      ctx.auditTertulis();
      const lewat = gagal > batas.maks ? tolak(Math.max(1, batas.tungguDiingat(kunci))) : e;
      throw new GalatApi(lewat.status, lewat.code, {
        pesan: lewat.teks,
        param: lewat.param,
        details: lewat.details,
        tetapSimpan: true,
      });
    }
    throw e;
  }
}
