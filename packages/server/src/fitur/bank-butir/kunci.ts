/**
 * Who sees the scoring keys of the national test (docs/item-bank.md "Who sees
 * the keys"). A statement's keying (`kunci`) and its social desirability
 * rating decide how answers are scored; an agency that knew them could coach
 * its employees to the "right" statement of every block, and the national
 * map would measure coaching. So only the national evaluator (and a future
 * expert panel) sees them; agencies read the statements without them, in
 * every route and export.
 */
import type { Peran } from "@nurani/domain";
import { type BankImpor, type PernyataanBank, SkemaPernyataan } from "./skema.ts";

/** Roles that see keys, held in the national instansi. An expert-panel role would be added here. */
const PERAN_PEMEGANG_KUNCI: readonly Peran[] = ["evaluator_nasional"];

/** The one rule: may a user with these roles see keys and desirability ratings? */
export function bolehLihatKunci(peran: readonly { peran: string; instansiNasional: boolean }[]): boolean {
  return peran.some(
    (p) => p.instansiNasional && (PERAN_PEMEGANG_KUNCI as readonly string[]).includes(p.peran),
  );
}

/**
 * What gives a key away: the key and the desirability rating with its rater,
 * the belief (the linter ties positive keys to strengthening beliefs and
 * negative keys to weakening ones), and the change log (its notes may say
 * what changed in a key).
 */
export const ISIAN_KUNCI = [
  "kunci",
  "keinginanSosial",
  "penilaiKeinginanSosial",
  "keyakinan",
  "riwayat",
] as const;
type IsianKunci = (typeof ISIAN_KUNCI)[number];

/** A statement as its reader may see it. */
export type PernyataanTampil = Omit<PernyataanBank, IsianKunci> & Partial<Pick<PernyataanBank, IsianKunci>>;

/** The answer schema of a statement: the key fields may be absent. */
export const SkemaPernyataanTampil = SkemaPernyataan.partial({
  kunci: true,
  keinginanSosial: true,
  penilaiKeinginanSosial: true,
  keyakinan: true,
  riwayat: true,
});

export function tanpaKunci(p: PernyataanBank): PernyataanTampil {
  const {
    kunci: _k,
    keinginanSosial: _ks,
    penilaiKeinginanSosial: _pk,
    keyakinan: _y,
    riwayat: _r,
    ...sisa
  } = p;
  return sisa;
}

/** A bank as its reader may export it (statements stripped when `lihatKunci` is false). */
export function bankUntuk(bank: BankImpor, lihatKunci: boolean) {
  return lihatKunci ? bank : { ...bank, pernyataan: bank.pernyataan.map(tanpaKunci) };
}
