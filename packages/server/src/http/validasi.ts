import type { FastifySchemaCompiler } from "fastify";
import { z } from "zod";
import type { Bahasa } from "./pesan.ts";

/** A request that failed its zod schema; the error handler localises the issues. */
export class GalatValidasi extends Error {
  readonly issues: z.core.$ZodIssue[];
  validationContext?: string;
  constructor(issues: z.core.$ZodIssue[]) {
    super("validasi");
    this.issues = issues;
  }
}

/** Fastify validator for zod schemas; keeps the issues so messages can be given in the caller's language. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const r = schema.safeParse(data, { reportInput: true });
    return r.success ? { value: r.data } : { error: new GalatValidasi(r.error.issues) };
  };

const LOKAL = { id: z.locales.id().localeError, en: z.locales.en().localeError };

export interface DetailValidasi {
  lokasi: string;
  path: string;
  kode: string;
  pesan: string;
}

/** The issues as the API reports them; never echoes the submitted value back. */
export function rincianValidasi(g: GalatValidasi, bahasa: Bahasa): DetailValidasi[] {
  return g.issues.slice(0, 50).map((issue) => {
    // a custom check may word its refusal itself: `params.pesan = {id, en}` (e.g. json-bebas.ts)
    const sendiri =
      issue.code === "custom"
        ? (issue.params as { pesan?: Partial<Record<Bahasa, string>> } | undefined)?.pesan?.[bahasa]
        : undefined;
    const m = sendiri ?? LOKAL[bahasa](issue as unknown as z.core.$ZodRawIssue);
    const pesan = typeof m === "string" ? m : (m?.message ?? issue.message);
    return { lokasi: g.validationContext ?? "body", path: issue.path.join("."), kode: issue.code, pesan };
  });
}
