/**
 * A small iCalendar writer (RFC 5545): VCALENDAR with VEVENTs, all-day
 * events as DATE values (DTEND exclusive, §3.6.1), timed ones in UTC, text
 * escaped (§3.3.11) and lines folded at 75 octets with CRLF (§3.1).
 */

export interface AcaraIcal {
  uid: string;
  judul: string;
  uraian?: string | null;
  url?: string | null;
  /** All-day: `YYYY-MM-DD` dates, `selesai` inclusive. Timed: ISO instants. */
  mulai: string;
  selesai: string;
  sepanjangHari: boolean;
}

/** TEXT escaping: backslash, semicolon, comma, newline. */
export function escapeTeks(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds a content line at 75 octets (never inside a UTF-8 character), continuation lines start with a space. */
export function lipat(baris: string): string {
  const enc = new TextEncoder();
  if (enc.encode(baris).length <= 75) return baris;
  const out: string[] = [];
  let kini = "";
  let oktet = 0;
  for (const ch of baris) {
    const n = enc.encode(ch).length;
    const batas = out.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (oktet + n > batas) {
      out.push(kini);
      kini = "";
      oktet = 0;
    }
    kini += ch;
    oktet += n;
  }
  out.push(kini);
  return out.join("\r\n ");
}

const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
const tanggal = (t: string) => t.slice(0, 10).replace(/-/g, "");
const hariBerikut = (t: string) => {
  const d = new Date(`${t.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function tulisIcal(o: { nama: string; acara: AcaraIcal[]; kini?: Date }): string {
  const stamp = utc((o.kini ?? new Date()).toISOString());
  const baris = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Nurani//Kalender Saya//ID",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeTeks(o.nama)}`,
  ];
  for (const a of o.acara) {
    baris.push("BEGIN:VEVENT", `UID:${a.uid}`, `DTSTAMP:${stamp}`);
    if (a.sepanjangHari)
      baris.push(
        `DTSTART;VALUE=DATE:${tanggal(a.mulai)}`,
        `DTEND;VALUE=DATE:${tanggal(hariBerikut(a.selesai))}`,
      );
    else baris.push(`DTSTART:${utc(a.mulai)}`, `DTEND:${utc(a.selesai)}`);
    baris.push(`SUMMARY:${escapeTeks(a.judul)}`);
    if (a.uraian) baris.push(`DESCRIPTION:${escapeTeks(a.uraian)}`);
    if (a.url) baris.push(`URL:${a.url}`);
    baris.push("END:VEVENT");
  }
  baris.push("END:VCALENDAR");
  return `${baris.map(lipat).join("\r\n")}\r\n`;
}
