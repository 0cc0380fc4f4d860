/**
 * Calendar dates as ISO strings. The programme rules work on whole days
 * (`YYYY-MM-DD`); deadlines may also be a month (`YYYY-MM`, meaning its last
 * day). Pure: "today" is always passed in by the caller.
 */
const POLA_TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/;
const POLA_BULAN = /^(\d{4})-(\d{2})$/;

export function tanggalValid(x: unknown): x is string {
  if (typeof x !== "string") return false;
  const m = POLA_TANGGAL.exec(x);
  if (!m) return false;
  const [th, bl, hr] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return bl >= 1 && bl <= 12 && hr >= 1 && hr <= hariDalamBulan(th, bl);
}

function hariDalamBulan(tahun: number, bulan: number): number {
  return new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
}

/**
 * A deadline as the last day it covers: `2027-06` → `2027-06-30`;
 * `2027-06-15` unchanged; anything else → undefined.
 */
export function akhirTenggat(x: unknown): string | undefined {
  if (tanggalValid(x)) return x;
  if (typeof x !== "string") return undefined;
  const m = POLA_BULAN.exec(x);
  if (!m) return undefined;
  const [th, bl] = [Number(m[1]), Number(m[2])];
  if (bl < 1 || bl > 12) return undefined;
  return `${m[1]}-${m[2]}-${String(hariDalamBulan(th, bl)).padStart(2, "0")}`;
}
