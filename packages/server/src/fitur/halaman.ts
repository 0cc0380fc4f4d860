/** Paging and query-string helpers shared by the feature routes (docs/api.md "Lists"). */
import { z } from "zod";

/** `?page=1&pageSize=50` (max 200). */
export const skemaHalaman = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

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

export function skemaDaftar<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
}
