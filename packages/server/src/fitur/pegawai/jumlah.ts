/**
 * Totals of recent employee-list queries, per instansi and filter. Paging
 * through a long list asks the same total on every page; counting 100,000
 * rows each time was most of a deep page's cost. A total is kept for a few
 * seconds and dropped for the whole instansi after any write there through
 * this process (the guard's hook and the import job), so it only lags a
 * change made by another server process, by at most `UMUR_MS`. The rows shown
 * are always read afresh.
 */
const UMUR_MS = 10_000;
const MAKS_ENTRI = 2_000;

const simpanan = new Map<string, { total: number; sampai: number }>();

const kunci = (instansiId: string, saring: string) => `${instansiId}\u0000${saring}`;

export function jumlahTersimpan(instansiId: string, saring: string): number | undefined {
  const k = kunci(instansiId, saring);
  const e = simpanan.get(k);
  if (!e) return undefined;
  if (e.sampai > Date.now()) return e.total;
  simpanan.delete(k);
  return undefined;
}

export function simpanJumlah(instansiId: string, saring: string, total: number): void {
  if (simpanan.size >= MAKS_ENTRI) simpanan.clear();
  simpanan.set(kunci(instansiId, saring), { total, sampai: Date.now() + UMUR_MS });
}

/** Forgets every total of an instansi (after a write there). */
export function lupakanJumlah(instansiId: string): void {
  const awalan = kunci(instansiId, "");
  for (const k of simpanan.keys()) if (k.startsWith(awalan)) simpanan.delete(k);
}
