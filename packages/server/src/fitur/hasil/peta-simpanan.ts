/**
 * Assembled assessment maps, kept in process per (instansi, campaign). A map
 * of 100,000 people over 1,110 units costs a query of every unit's sums and
 * the unit tree plus the subtree sums and indexes in JS on each read; between
 * two scorings or review decisions it does not change. A kept map is dropped
 * for the whole instansi after any write there through this process (the
 * guard's hook, and the scoring job when it ends), and lives at most `UMUR_MS`,
 * which bounds how long a change made through another server process can lag.
 * Who may see a map is still checked on every read (routes.ts).
 */
import { saatInstansiDitulis } from "../../http/setelah-tulis.ts";

const UMUR_MS = 30_000;
/** Campaign maps kept per instansi, and instansi kept (the oldest dropped first). */
const MAKS_PER_INSTANSI = 8;
const MAKS_INSTANSI = 200;

const simpanan = new Map<string, Map<string, { nilai: unknown; sampai: number }>>();

export function petaTersimpan<T>(instansiId: string, kampanyeId: string): T | undefined {
  const per = simpanan.get(instansiId);
  const e = per?.get(kampanyeId);
  if (!e) return undefined;
  if (e.sampai > Date.now()) return e.nilai as T;
  per?.delete(kampanyeId);
  return undefined;
}

export function simpanPeta(instansiId: string, kampanyeId: string, nilai: unknown): void {
  let per = simpanan.get(instansiId);
  if (!per) {
    if (simpanan.size >= MAKS_INSTANSI) simpanan.delete(simpanan.keys().next().value as string);
    per = new Map();
    simpanan.set(instansiId, per);
  }
  if (per.size >= MAKS_PER_INSTANSI) per.delete(per.keys().next().value as string);
  per.set(kampanyeId, { nilai, sampai: Date.now() + UMUR_MS });
}

/** Forgets every kept map of an instansi (after a write there). */
export function lupakanPeta(instansiId: string): void {
  simpanan.delete(instansiId);
}

saatInstansiDitulis(lupakanPeta);
