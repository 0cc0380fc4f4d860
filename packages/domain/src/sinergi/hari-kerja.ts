/**
 * Working days for the gratification deadline (docs/wbs.md): a gift must
 * be reported to KPK within 30 working days of receipt (UU 31/1999 jo. UU
 * 20/2001 Pasal 12C ayat (2)). Working days are Monday–Friday that are not
 * national holidays or collective leave days (cuti bersama) — the calendar is
 * configurable (the list is given by the caller; the SKB of the ministers
 * changes it yearly). Dates are calendar dates `YYYY-MM-DD` (the agency's
 * local date), never instants.
 */

/** Working days allowed to report a gift to KPK (Pasal 12C ayat (2)). */
export const HARI_KERJA_LAPOR_GRATIFIKASI = 30;

/** Warn when this many working days or fewer remain. */
export const PERINGATAN_HARI_KERJA = 5;

const POLA = /^\d{4}-\d{2}-\d{2}$/;

function keTanggal(s: string): Date {
  if (!POLA.test(s)) throw new RangeError(`Tanggal tidak sah: ${s}`);
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s)
    throw new RangeError(`Tanggal tidak sah: ${s}`);
  return d;
}
const keTeks = (d: Date) => d.toISOString().slice(0, 10);
const geser = (d: Date, hari: number) => new Date(d.getTime() + hari * 86_400_000);

/** Is `tanggal` a working day: Monday to Friday and not in `libur`. */
export function hariKerja(tanggal: string, libur: ReadonlySet<string>): boolean {
  const h = keTanggal(tanggal).getUTCDay();
  return h !== 0 && h !== 6 && !libur.has(tanggal);
}

/** The `n`-th working day after `tanggal` (the day itself not counted), `n` ≥ 0. */
export function tambahHariKerja(tanggal: string, n: number, libur: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("n harus bilangan bulat ≥ 0");
  let d = keTanggal(tanggal);
  let sisa = n;
  while (sisa > 0) {
    d = geser(d, 1);
    if (hariKerja(keTeks(d), libur)) sisa -= 1;
  }
  return keTeks(d);
}

/** Working days from `dari` (exclusive) to `sampai` (inclusive); negative when `sampai` is earlier. */
export function selisihHariKerja(dari: string, sampai: string, libur: ReadonlySet<string>): number {
  const a = keTanggal(dari);
  const b = keTanggal(sampai);
  const arah = b.getTime() >= a.getTime() ? 1 : -1;
  let n = 0;
  for (let d = a; d.getTime() !== b.getTime(); ) {
    d = geser(d, arah);
    // going forward count the day reached; going back count the day left
    const hitung = arah === 1 ? keTeks(d) : keTeks(geser(d, 1));
    if (hariKerja(hitung, libur)) n += arah;
  }
  return n;
}

export type StatusTenggat = "aman" | "mendekati" | "hari_terakhir" | "lewat";

export interface TenggatGratifikasi {
  /** The last day to report (the 30th working day after receipt). */
  batas: string;
  /** Working days left after `hariIni` up to and including `batas` (0 on the last day, negative once past). */
  sisaHariKerja: number;
  status: StatusTenggat;
}

/** The KPK reporting deadline of a gift received on `diterima`, seen on `hariIni`. */
export function tenggatGratifikasi(
  diterima: string,
  hariIni: string,
  libur: ReadonlySet<string>,
  opsi: { hariKerja?: number; peringatan?: number } = {},
): TenggatGratifikasi {
  const batas = tambahHariKerja(diterima, opsi.hariKerja ?? HARI_KERJA_LAPOR_GRATIFIKASI, libur);
  const sisa = selisihHariKerja(hariIni, batas, libur);
  const lewat = keTanggal(hariIni).getTime() > keTanggal(batas).getTime();
  const status: StatusTenggat = lewat
    ? "lewat"
    : hariIni === batas
      ? "hari_terakhir"
      : sisa <= (opsi.peringatan ?? PERINGATAN_HARI_KERJA)
        ? "mendekati"
        : "aman";
  return { batas, sisaHariKerja: lewat ? Math.min(sisa, -1) : sisa, status };
}
