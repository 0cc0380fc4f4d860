/**
 * Apportionment by largest remainders (Hamilton's method) with per-item
 * bounds: integers proportional to `bobot` that sum to `total` exactly,
 * each within [minimal, maksimal]. Items whose share falls below their
 * minimum are set to it first, then items whose share exceeds their
 * maximum are set to that, the others sharing the rest in proportion.
 * Used to scale category counts to N agencies and to split M employees
 * over agencies and units.
 */
export function bagiProporsional(
  total: number,
  bobot: readonly number[],
  minimal: number | readonly number[] = 0,
  maksimal: number | readonly number[] = Number.POSITIVE_INFINITY,
): number[] {
  const n = bobot.length;
  const min = (i: number) => (typeof minimal === "number" ? minimal : minimal[i]);
  const maks = (i: number) => (typeof maksimal === "number" ? maksimal : maksimal[i]);
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total harus bilangan bulat ≥ 0 (${total})`);
  if (!bobot.every((w) => Number.isFinite(w) && w >= 0))
    throw new RangeError("bobot harus angka berhingga ≥ 0");
  let bawah = 0;
  let atas = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isInteger(min(i)) || !(min(i) <= maks(i))) throw new RangeError(`batas item ${i} tidak sah`);
    bawah += min(i);
    atas += maks(i);
  }
  if (total < bawah || total > atas) throw new RangeError(`total ${total} di luar batas [${bawah}, ${atas}]`);

  const tetap: (number | null)[] = new Array(n).fill(null);
  const kuota = new Float64Array(n);
  const hitungKuota = () => {
    let sisa = total;
    let w = 0;
    for (let i = 0; i < n; i++) {
      const t = tetap[i];
      if (t !== null) sisa -= t;
      else w += bobot[i];
    }
    for (let i = 0; i < n; i++)
      if (tetap[i] === null)
        kuota[i] = w > 0 ? (sisa * bobot[i]) / w : sisa > 0 ? Number.POSITIVE_INFINITY : 0;
  };
  for (const arah of ["bawah", "atas"] as const) {
    for (;;) {
      hitungKuota();
      let berubah = false;
      for (let i = 0; i < n; i++) {
        if (tetap[i] !== null) continue;
        if (arah === "bawah" && kuota[i] < min(i)) {
          tetap[i] = min(i);
          berubah = true;
        } else if (arah === "atas" && kuota[i] > maks(i)) {
          tetap[i] = maks(i);
          berubah = true;
        }
      }
      if (!berubah) break;
    }
  }
  hitungKuota();
  const hasil = new Array<number>(n);
  let sisa = total;
  const bebas: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tetap[i];
    hasil[i] = t ?? Math.floor(kuota[i]);
    sisa -= hasil[i];
    if (t === null) bebas.push(i);
  }
  bebas.sort((a, b) => kuota[b] - Math.floor(kuota[b]) - (kuota[a] - Math.floor(kuota[a])) || a - b);
  for (let k = 0; sisa > 0 && k < bebas.length; k++) {
    const i = bebas[k];
    if (hasil[i] < maks(i)) {
      hasil[i]++;
      sisa--;
    }
  }
  // Only reachable through rounding at the bounds: hand the rest to any item with room.
  for (let i = 0; sisa > 0 && i < n; i++) {
    const tambah = Math.min(sisa, maks(i) - hasil[i]);
    hasil[i] += tambah;
    sisa -= tambah;
  }
  return hasil;
}
