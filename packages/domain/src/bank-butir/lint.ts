/**
 * Linter of the item bank against ITEM-WRITING.md. Every finding names its
 * rule, where it is, and what is wrong, in Bahasa Indonesia. The rules are
 * grouped by what they read: statements (`lint-pernyataan.ts`), blocks and
 * forms (`lint-formulir.ts`); the findings' shape is `lint-temuan.ts`.
 */
import { lintAntarFormulir, lintFormulir } from "./lint-formulir.ts";
import { lintDaftarPernyataan } from "./lint-pernyataan.ts";
import type { RegisterTerbit, Temuan } from "./lint-temuan.ts";
import type { BankButir } from "./tipe.ts";

export { lintAntarFormulir, lintBlok, lintFormulir, polaKunci } from "./lint-formulir.ts";
export { kataKata, lintDaftarPernyataan, lintPernyataan } from "./lint-pernyataan.ts";
export type { Keparahan, KodeAturan, RegisterTerbit, Temuan } from "./lint-temuan.ts";

/** Every rule over a whole bank with its forms. */
export function lintBank(bank: BankButir, terbit: RegisterTerbit = {}): Temuan[] {
  const indeks = new Map(bank.pernyataan.map((p) => [p.id, p]));
  return [
    ...lintDaftarPernyataan(bank.pernyataan, terbit),
    ...bank.formulir.flatMap((f) => lintFormulir(f, indeks)),
    ...lintAntarFormulir(bank.formulir),
  ];
}

export const adaGalat = (temuan: readonly Temuan[]) => temuan.some((t) => t.keparahan === "galat");
