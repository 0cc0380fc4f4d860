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
const MAKS_ENTRI_PER_INSTANSI = 200;

/** instansi id → filter → total and its expiry; a write drops the instansi's whole entry. */
const simpanan = new Map<string, Map<string, { total: number; sampai: number }>>();

export function jumlahTersimpan(instansiId: string, saring: string): number | undefined {
  const e = simpanan.get(instansiId)?.get(saring);
  if (!e) return undefined;
  if (e.sampai > Date.now()) return e.total;
  simpanan.get(instansiId)?.delete(saring);
  return undefined;
}

export function simpanJumlah(instansiId: string, saring: string, total: number): void {
  const per = simpanan.get(instansiId) ?? new Map();
  simpanan.set(instansiId, per);
  if (per.size >= MAKS_ENTRI_PER_INSTANSI) per.clear();
  per.set(saring, { total, sampai: Date.now() + UMUR_MS });
}

/** Forgets every total of an instansi (after a write there). */
export function lupakanJumlah(instansiId: string): void {
  simpanan.delete(instansiId);
}
