/**
 * Lists: the `?page=&pageSize=` query, the `{items,total,page,pageSize}`
 * answer and the query that fills it (docs/api.md "Lists"), plus the small
 * query-string helpers every list uses. The one place for paging on the server.
 */
import type { Kysely, SelectQueryBuilder } from "kysely";
import { z } from "zod";

/** `?page=1&pageSize=50` (max 200). */
export const skemaHalaman = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export interface Halaman {
  page: number;
  pageSize: number;
}

/** The answer schema of a list of `item`. */
export function skemaDaftar<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}

export interface Daftar<T> extends Halaman {
  items: T[];
  total: number;
}

/**
 * One page of `q` (which selects and orders the rows) and the number of rows
 * it has in all. The count is skipped when the page itself shows the end of
 * the list (fewer rows than a page, or a first page that is not full).
 */
export async function ambilHalaman<O>(
  // biome-ignore lint/suspicious/noExplicitAny: any database: the count only wraps `q`
  db: Kysely<any>,
  // biome-ignore lint/suspicious/noExplicitAny: any tables of any database
  q: SelectQueryBuilder<any, any, O>,
  h: Halaman,
): Promise<Daftar<O>> {
  const dari = (h.page - 1) * h.pageSize;
  const items = await q.limit(h.pageSize).offset(dari).execute();
  let total = dari + items.length;
  if (items.length === h.pageSize || (items.length === 0 && dari > 0)) {
    const r = await db
      .selectFrom(q.clearOrderBy().as("d"))
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    total = Number(r.n);
  }
  return { items, total, page: h.page, pageSize: h.pageSize };
}

/** An optional query text: an empty string means "not given". */
export const teksOpsional = (maks: number) =>
  z
    .string()
    .max(maks)
    .transform((s) => s.trim())
    .optional()
    .transform((s) => (s ? s : undefined));

export const boolOpsional = z
  .enum(["true", "false", ""])
  .optional()
  .transform((v) => (v === "true" ? true : v === "false" ? false : undefined));
