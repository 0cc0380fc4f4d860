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
 */
import { createHmac, randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/factory.ts";
import { GalatApi } from "../../http/errors.ts";
import type { KonteksRute } from "../../http/route.ts";
import { galat } from "./pesan.ts";

/** Default: 20 failed lookups per address per 15 minutes. */
export const BATAS_TEBAK_BAWAAN = { maks: 20, jendelaMs: 15 * 60_000 } as const;

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

  constructor(opsi: OpsiBatasTebak = {}) {
    this.maks = opsi.maks ?? BATAS_TEBAK_BAWAAN.maks;
    this.jendelaMs = opsi.jendelaMs ?? BATAS_TEBAK_BAWAAN.jendelaMs;
    this.sekarang = opsi.sekarang ?? Date.now;
  }

  private async kunci(db: Db, alamat: string): Promise<string> {
    this.kunciPromise ??= kunciHmac(db).catch((e) => {
      this.kunciPromise = null;
      throw e;
    });
    return createHmac("sha256", await this.kunciPromise)
      .update(alamat)
      .digest("base64url");
  }

  /** Seconds until the address may try again, or 0 when it is not blocked (one primary-key read). */
  async tunggu(db: Db, alamat: string): Promise<number> {
    const t = this.sekarang();
    const r = await db
      .selectFrom("batas_tebak")
      .select(["gagal", "berakhir"])
      .where("kunci", "=", await this.kunci(db, alamat))
      .executeTakeFirst();
    if (!r || r.gagal < this.maks) return 0;
    const sisa = new Date(r.berakhir).getTime() - t;
    return sisa > 0 ? Math.ceil(sisa / 1000) : 0;
  }

  /** Counts one failed token lookup of the address (one statement; a window that ended starts anew). */
  async catatGagal(db: Db, alamat: string): Promise<void> {
    const t = new Date(this.sekarang());
    const akhir = new Date(t.getTime() + this.jendelaMs);
    const k = await this.kunci(db, alamat);
    const r = await sql<{ baru: boolean }>`
      insert into batas_tebak as b (kunci, gagal, berakhir) values (${k}, 1, ${akhir})
      on conflict (kunci) do update set
        gagal = case when b.berakhir <= ${t} then 1 else b.gagal + 1 end,
        berakhir = case when b.berakhir <= ${t} then ${akhir} else b.berakhir end
      returning (b.xmax = 0) as baru`.execute(db);
    // a new counter: sweep the ended ones
    if (r.rows[0]?.baru) await db.deleteFrom("batas_tebak").where("berakhir", "<=", t).execute();
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

  async kosongkan(db: Db): Promise<void> {
    await db.deleteFrom("batas_tebak").execute();
  }
}

/** The limiter of the public test routes. */
export const batasTebakUjian = new BatasTebak();

/**
 * Runs a public token route's work under the limit: refuses a blocked address
 * before any lookup (429 with Retry-After), and counts the work's "unknown
 * token" refusals (`TOKEN_TIDAK_DIKENAL`, malformed tokens included). The
 * count commits with the refusal (the route's transaction is kept; the
 * refusal writes no audit entry).
 */
export async function denganBatasTebak<R>(
  ctx: Pick<KonteksRute<unknown, unknown, unknown>, "req" | "reply" | "db" | "auditTertulis">,
  kerja: () => Promise<R>,
  batas: BatasTebak = batasTebakUjian,
): Promise<R> {
  const alamat = ctx.req.ip ?? "";
  const detik = await batas.tunggu(ctx.db, alamat);
  if (detik > 0) {
    ctx.reply.header("retry-after", String(detik));
    throw galat(429, "TERLALU_BANYAK_TEBAKAN", { menit: Math.ceil(detik / 60) });
  }
  try {
    return await kerja();
  } catch (e) {
    if (e instanceof GalatApi && e.code === "TOKEN_TIDAK_DIKENAL") {
      await batas.catatGagal(ctx.db, alamat);
      ctx.auditTertulis();
      throw new GalatApi(e.status, e.code, {
        pesan: e.teks,
        param: e.param,
        details: e.details,
        tetapSimpan: true,
      });
    }
    throw e;
  }
}
