/**
 * Rankings within a category with their uncertainty (docs/nasional.md
 * "Peringkat"). Each agency has a value (its integrity index, or its
 * worksheet score) and a 95 % interval [bawah, atas] (for a worksheet
 * score, which has no sampling error, bawah = nilai = atas). Two agencies
 * whose intervals overlap are not shown as different.
 *
 * For agency i among n, with the others j:
 *   - point rank (peringkat) = 1 + #{j : nilai_j > nilai_i} (ties share the
 *     better rank: 1, 2, 2, 4);
 *   - best rank (terbaik) = 1 + #{j : bawah_j > atas_i}: only those surely
 *     above i must be above it;
 *   - worst rank (terburuk) = n − #{j : atas_j < bawah_i}: only those surely
 *     below i must be below it.
 * So terbaik ≤ peringkat ≤ terburuk, terburuk − terbaik is the number of
 * others whose interval overlaps i's, and when i is surely above j both
 * ends of i's range are better than j's. The range is each agency's own
 * (marginal) range: the ranges of two agencies whose intervals do not
 * overlap can still share a rank number when a third agency's interval
 * overlaps both (either of them could take that rank, not both at once).
 *
 * Bands (pita) compare each interval with a reference value (default the
 * category median of the values): `atas` when the whole interval lies
 * above it, `bawah` when wholly below, else `tengah`.
 */
export interface NilaiBerinterval {
  id: string;
  nilai: number;
  bawah: number;
  atas: number;
}

export type Pita = "atas" | "tengah" | "bawah";

export interface PeringkatBerinterval extends NilaiBerinterval {
  peringkat: number;
  terbaik: number;
  terburuk: number;
  pita: Pita;
}

export interface OpsiPeringkat {
  /** Reference value of the bands; default the median of the values. */
  acuan?: number;
}

function periksa(x: NilaiBerinterval): void {
  if (![x.nilai, x.bawah, x.atas].every(Number.isFinite) || !(x.bawah <= x.nilai && x.nilai <= x.atas))
    throw new RangeError(
      `Nilai ${x.id} harus berhingga dengan bawah ≤ nilai ≤ atas (${x.bawah}, ${x.nilai}, ${x.atas}).`,
    );
}

/** Number of elements of sorted `xs` strictly below `v`. */
function kurangDari(xs: Float64Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (xs[m] < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Number of elements of sorted `xs` at or below `v`. */
function palingBanyak(xs: Float64Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (xs[m] <= v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

export function medianNilai(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const t = s.length >> 1;
  return s.length % 2 === 1 ? s[t] : (s[t - 1] + s[t]) / 2;
}

/** Rank, rank range and band of every agency of one category, in the input's order. O(n log n). */
export function peringkatDenganInterval(
  daftar: readonly NilaiBerinterval[],
  opsi: OpsiPeringkat = {},
): PeringkatBerinterval[] {
  for (const x of daftar) periksa(x);
  const n = daftar.length;
  const nilai = Float64Array.from(daftar, (x) => x.nilai).sort();
  const bawah = Float64Array.from(daftar, (x) => x.bawah).sort();
  const atas = Float64Array.from(daftar, (x) => x.atas).sort();
  const acuan = opsi.acuan ?? medianNilai(daftar.map((x) => x.nilai));
  return daftar.map((x) => ({
    ...x,
    peringkat: 1 + (n - palingBanyak(nilai, x.nilai)),
    terbaik: 1 + (n - palingBanyak(bawah, x.atas)),
    terburuk: n - kurangDari(atas, x.bawah),
    pita: x.bawah > acuan ? "atas" : x.atas < acuan ? "bawah" : "tengah",
  }));
}

/** Are the two surely different (their intervals do not overlap)? */
export function berbedaNyata(a: NilaiBerinterval, b: NilaiBerinterval): boolean {
  return a.bawah > b.atas || b.bawah > a.atas;
}

/** "3", or "3–7" when the range is wider than one rank. */
export function teksRentangPeringkat(p: { terbaik: number; terburuk: number }): string {
  return p.terbaik === p.terburuk ? `${p.terbaik}` : `${p.terbaik}–${p.terburuk}`;
}

/** Rankings per category (or any grouping key): each group ranked on its own. */
export function peringkatPerKelompok<T extends NilaiBerinterval & { kelompok: string }>(
  daftar: readonly T[],
  opsi: OpsiPeringkat = {},
): Map<string, (T & PeringkatBerinterval)[]> {
  const kelompok = new Map<string, T[]>();
  for (const x of daftar) kelompok.set(x.kelompok, [...(kelompok.get(x.kelompok) ?? []), x]);
  const hasil = new Map<string, (T & PeringkatBerinterval)[]>();
  for (const [k, xs] of kelompok) {
    const p = peringkatDenganInterval(xs, opsi);
    hasil.set(
      k,
      xs.map((x, i) => ({ ...x, ...p[i] })),
    );
  }
  return hasil;
}
