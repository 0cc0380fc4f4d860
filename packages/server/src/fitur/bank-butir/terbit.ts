/**
 * The forms a campaign may field. One place answers it: the built-in national
 * bank (packages/domain `BANK_NASIONAL`) and every bank version published in
 * the database by the item bank management (routes.ts), newest first. A
 * published version never changes (migration 0040 refuses it), so a campaign's
 * snapshot of a form stays what was published.
 */
import { BANK_NASIONAL, type Formulir, type Pernyataan } from "@nurani/domain";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface FormulirTerbit {
  bankVersi: string;
  formulir: Formulir;
  /** The statements the form uses, as a test taker sees them. */
  pernyataan: Pernyataan[];
}

function dariBank(bankVersi: string, formulir: Formulir, semua: readonly Pernyataan[]): FormulirTerbit {
  const dipakai = new Set(formulir.blok.flatMap((b) => b.pernyataan));
  return { bankVersi, formulir, pernyataan: semua.filter((p) => dipakai.has(p.id)) };
}

/**
 * Published forms: database versions (newest publication first; the seeded
 * copy of the built-in bank is skipped, the code's copy stands for it), then
 * the built-in national bank. Works inside an agency-fenced transaction
 * (`nurani_app` may read the bank tables).
 */
export async function formulirTerbit(db: Kysely<Database>): Promise<FormulirTerbit[]> {
  const versi = await db
    .selectFrom("bank_butir_versi")
    .select(["id", "versi"])
    .where("status", "=", "terbit")
    .where("versi", "<>", BANK_NASIONAL.versi)
    .orderBy("diterbitkan", "desc")
    .orderBy("versi", "desc")
    .execute();
  const out: FormulirTerbit[] = [];
  if (versi.length > 0) {
    const ids = versi.map((v) => v.id);
    const [pernyataan, formulir] = await Promise.all([
      db
        .selectFrom("bank_butir_pernyataan")
        .select(["versi_id", "isi"])
        .where("versi_id", "in", ids)
        .orderBy("urutan")
        .execute(),
      db
        .selectFrom("bank_butir_formulir")
        .select(["versi_id", "isi"])
        .where("versi_id", "in", ids)
        .orderBy("urutan")
        .execute(),
    ]);
    for (const v of versi) {
      const semua = pernyataan.filter((p) => p.versi_id === v.id).map((p) => p.isi as Pernyataan);
      for (const f of formulir.filter((f) => f.versi_id === v.id)) {
        out.push(dariBank(v.versi, f.isi as Formulir, semua));
      }
    }
  }
  for (const f of BANK_NASIONAL.formulir)
    out.push(dariBank(BANK_NASIONAL.versi, f, BANK_NASIONAL.pernyataan));
  return out;
}
