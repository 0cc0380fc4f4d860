/**
 * Dates, times and numbers for people: Indonesian or English conventions, and
 * every time of day in the agency's time zone with its label (WIB, WITA,
 * WIT), never the browser's zone and never seconds. Pages get these through
 * `useWaktu()` (lib/waktu.ts), which knows the agency's zone; see docs/web.md
 * "Dates and times".
 */

/** Where an agency is when it does not say otherwise (`instansi.zona_waktu` default). */
export const ZONA_BAKU = "Asia/Jakarta";

/** Indonesia's three time zones, by their usual names (an agency may choose one of these). */
const LABEL_ZONA: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

const lokal = (bahasa: string) => (bahasa === "en" ? "en-GB" : "id-ID");

/** "WIB", "WITA" or "WIT"; another zone by its offset (e.g. "GMT+7"). */
export function labelZona(zona: string): string {
  const label = LABEL_ZONA[zona];
  if (label) return label;
  const p = new Intl.DateTimeFormat("en-GB", { timeZone: zona, timeZoneName: "short" }).formatToParts(
    new Date(),
  );
  return p.find((x) => x.type === "timeZoneName")?.value ?? zona;
}

const HARI = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date: a calendar day (`YYYY-MM-DD`, shown as it is) or an instant (shown
 * as the day it is in the agency's zone). "7 Desember 2026" / "7 December 2026".
 */
export function formatTanggal(nilai: string | null | undefined, bahasa: string, zona = ZONA_BAKU): string {
  if (!nilai) return "—";
  const hari = HARI.test(nilai);
  const d = new Date(hari ? `${nilai}T00:00:00Z` : nilai);
  if (Number.isNaN(d.getTime())) return nilai;
  return d.toLocaleDateString(lokal(bahasa), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: hari ? "UTC" : zona,
  });
}

/** An instant to the minute in the agency's zone, labelled: "7 Des 2026, 18.56 WIB" / "7 Dec 2026, 18:56 WIB". */
export function formatWaktu(iso: string | null | undefined, bahasa: string, zona = ZONA_BAKU): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const teks = d.toLocaleString(lokal(bahasa), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zona,
  });
  return `${teks} ${labelZona(zona)}`;
}

export function formatAngka(n: number, bahasa: string): string {
  return n.toLocaleString(lokal(bahasa));
}

/** The wall-clock fields of an instant in a zone. */
function jamDinding(d: Date, zona: string) {
  const p = new Intl.DateTimeFormat("en-CA", {
    timeZone: zona,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(d);
  const f = (t: string) => p.find((x) => x.type === t)?.value ?? "00";
  return { y: f("year"), mo: f("month"), d: f("day"), h: f("hour"), mi: f("minute"), s: f("second") };
}

/** An instant as the agency's wall-clock time `YYYY-MM-DD HH:mm:ss` (the value date-time inputs hold). */
export function keWaktuDinding(iso: string, zona = ZONA_BAKU): string {
  const w = jamDinding(new Date(iso), zona);
  return `${w.y}-${w.mo}-${w.d} ${w.h}:${w.mi}:${w.s}`;
}

/**
 * The instant (ISO, UTC) of a wall-clock time `YYYY-MM-DD HH:mm[:ss]` (or with
 * `T`) in the agency's zone. Indonesia's zones have no daylight saving, so the
 * zone's offset at that moment is exact.
 */
export function dariWaktuDinding(nilai: string, zona = ZONA_BAKU): string {
  const m = nilai.match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/);
  if (!m) throw new RangeError(`bukan waktu: ${nilai}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const sebagaiUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const w = jamDinding(new Date(sebagaiUtc), zona);
  const selisih = Date.UTC(+w.y, +w.mo - 1, +w.d, +w.h, +w.mi, +w.s) - sebagaiUtc;
  return new Date(sebagaiUtc - selisih).toISOString();
}

/** The first and last instant of a calendar day in the agency's zone (for "from"/"to" date filters). */
export function awalHari(tanggal: string, zona = ZONA_BAKU): string {
  return dariWaktuDinding(`${tanggal} 00:00:00`, zona);
}
export function akhirHari(tanggal: string, zona = ZONA_BAKU): string {
  return new Date(Date.parse(dariWaktuDinding(`${tanggal} 23:59:59`, zona)) + 999).toISOString();
}

/** Today's date `YYYY-MM-DD` in the agency's zone. */
export function hariIniDi(zona = ZONA_BAKU, kini: Date = new Date()): string {
  const w = jamDinding(kini, zona);
  return `${w.y}-${w.mo}-${w.d}`;
}
