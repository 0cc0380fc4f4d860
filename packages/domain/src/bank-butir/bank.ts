import { FORMULIR_NASIONAL_V1 } from "./formulir/nasional-v1.ts";
import type { RegisterTerbit } from "./lint.ts";
import { PERNYATAAN_NASIONAL } from "./pernyataan/index.ts";
import type { BankButir } from "./tipe.ts";

/**
 * The national item bank, version 1. Status: draft — statements and
 * desirability ratings are the development team's first version and await
 * review by an expert panel; see docs/item-bank.md.
 */
export const BANK_NASIONAL: BankButir = {
  versi: "1-draf",
  pernyataan: [...PERNYATAAN_NASIONAL],
  formulir: FORMULIR_NASIONAL_V1,
};

/**
 * Texts of published statements, by id. Empty while the bank is a draft; when
 * a statement is published its text is recorded here and may never change
 * (the linter refuses an edit: a new text needs a new id).
 */
export const REGISTER_TERBIT_NASIONAL: RegisterTerbit = {};
