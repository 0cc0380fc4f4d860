import type { TFunction } from "i18next";

/**
 * The counter under a text field with a length limit ("12/200 karakter"), so
 * the limit is seen before the browser silently stops taking characters.
 * Used as the field's `description` (read out with the field).
 */
export function jumlahKarakter(t: TFunction, nilai: string, maks: number): string {
  return t(nilai.length >= maks ? "umum.karakterPenuh" : "umum.jumlahKarakter", { n: nilai.length, maks });
}
