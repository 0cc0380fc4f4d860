/**
 * The forms a campaign may field. One place answers it: today the built-in
 * national bank (packages/domain `BANK_NASIONAL`); the item bank management
 * of issue 5 adds its published versions here.
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

export async function formulirTerbit(_db: Kysely<Database>): Promise<FormulirTerbit[]> {
  return BANK_NASIONAL.formulir.map((f) => dariBank(BANK_NASIONAL.versi, f, BANK_NASIONAL.pernyataan));
}
