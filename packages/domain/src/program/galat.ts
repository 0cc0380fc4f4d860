import type { Teks } from "../kerangka/teks.ts";

/**
 * A refusal or warning from the programme rules: a stable machine code, the
 * message in Bahasa Indonesia with its English rendering, and where the rule
 * comes from in PermenPANRB 60/2020 (or "—" for our own design rules).
 */
export interface Galat {
  kode: string;
  pesan: Teks;
  sumber: string;
  /** Path of the offending field, e.g. "target[2].tenggat". */
  bidang?: string;
}

export function galat(kode: string, sumber: string, id: string, en: string, bidang?: string): Galat {
  return { kode, pesan: { id, en }, sumber, ...(bidang ? { bidang } : {}) };
}

/** A rule's verdict: refusals (`galat`) block; warnings (`peringatan`) inform. */
export interface Pemeriksaan {
  galat: Galat[];
  peringatan: Galat[];
}
