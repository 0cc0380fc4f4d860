/**
 * Dates and moments as the API shows and reads them (docs/api.md): moments as
 * ISO 8601 text in UTC, calendar dates as `YYYY-MM-DD` in the agency's time
 * zone. The one place for these helpers on the server.
 */
import { z } from "zod";

/** A moment column (a `Date`, or text from a raw query) as ISO 8601 text. */
export const isoWaktu = (d: Date | string): string => (d instanceof Date ? d : new Date(d)).toISOString();

/** As `isoWaktu`, keeping "no value" as null. */
export const isoWaktuAtauNull = (d: Date | string | null | undefined): string | null =>
  d === null || d === undefined ? null : isoWaktu(d);

/** The calendar date (`YYYY-MM-DD`) of `waktu` in an IANA time zone (the agency's, WIB by default). */
export function tanggalDi(waktu: Date, zona = "Asia/Jakarta"): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zona,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(waktu);
}

/** A calendar date in a body or query: `YYYY-MM-DD`. */
export const skemaTanggal = z.iso.date();

/**
 * An optional moment in a query string: a date-time with offset or a date
 * (midnight UTC); an empty value means "not given".
 */
export const waktuOpsional = z
  .union([z.iso.datetime({ offset: true }), z.iso.date(), z.literal("")])
  .optional()
  .transform((v) => (v ? new Date(v) : undefined));
