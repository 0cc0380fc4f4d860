import type { Teks } from "../kerangka/teks.ts";

/**
 * The 38 provinces of Indonesia with their two-digit region codes.
 *
 * `kode` is the Kemendagri code (Kepmendagri No. 300.2.2-2138 Tahun 2025
 * tentang pemberian dan pemutakhiran kode, data wilayah administrasi
 * pemerintahan, dan pulau) and is the code Nurani stores and accepts.
 * `kodeBps` is the statistical code of BPS (Kode Wilayah Kerja Statistik):
 * it equals the Kemendagri code everywhere except in Papua, where BPS
 * numbers Papua Barat 91, Papua Barat Daya 92, Papua 94, Papua Selatan 95,
 * Papua Tengah 96 and Papua Pegunungan 97, while Kemendagri numbers Papua
 * 91, Papua Barat 92, Papua Selatan 93, Papua Tengah 94, Papua Pegunungan 95
 * and Papua Barat Daya 96. A file's "94" therefore means Papua Tengah to
 * Kemendagri and Papua to BPS: Nurani reads codes as Kemendagri codes.
 *
 * Papua Selatan, Papua Tengah and Papua Pegunungan were formed by UU No. 14,
 * 15 and 16 Tahun 2022 from Papua; Papua Barat Daya by UU No. 29 Tahun 2022
 * from Papua Barat (the 38th province).
 *
 * Time zones (Keppres No. 41 Tahun 1987): WIB for Sumatra, Java, West and
 * Central Kalimantan; WITA for Bali, Nusa Tenggara, South, East and North
 * Kalimantan and Sulawesi; WIT for Maluku and Papua.
 */
export const ZONA_WAKTU = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
export type ZonaWaktu = (typeof ZONA_WAKTU)[number];

export interface Provinsi {
  /** Kemendagri code, two digits. */
  kode: string;
  /** BPS statistical code, two digits. */
  kodeBps: string;
  /** Name as written in the Kemendagri code list. */
  nama: string;
  /** Short or everyday names, English name included, for matching imported text. */
  alias: readonly string[];
  en: string;
  zonaWaktu: ZonaWaktu;
}

const WIB = "Asia/Jakarta";
const WITA = "Asia/Makassar";
const WIT = "Asia/Jayapura";

const p = (
  kode: string,
  nama: string,
  en: string,
  zonaWaktu: ZonaWaktu,
  alias: string[] = [],
  kodeBps = kode,
): Provinsi => ({ kode, kodeBps, nama, en, zonaWaktu, alias });

export const PROVINSI: readonly Provinsi[] = [
  p("11", "Aceh", "Aceh", WIB, ["Nanggroe Aceh Darussalam", "NAD"]),
  p("12", "Sumatera Utara", "North Sumatra", WIB, ["Sumut"]),
  p("13", "Sumatera Barat", "West Sumatra", WIB, ["Sumbar"]),
  p("14", "Riau", "Riau", WIB),
  p("15", "Jambi", "Jambi", WIB),
  p("16", "Sumatera Selatan", "South Sumatra", WIB, ["Sumsel"]),
  p("17", "Bengkulu", "Bengkulu", WIB),
  p("18", "Lampung", "Lampung", WIB),
  p("19", "Kepulauan Bangka Belitung", "Bangka Belitung Islands", WIB, ["Bangka Belitung", "Babel"]),
  p("21", "Kepulauan Riau", "Riau Islands", WIB, ["Kepri"]),
  p("31", "Daerah Khusus Ibukota Jakarta", "Jakarta", WIB, [
    "DKI Jakarta",
    "Jakarta",
    "Daerah Khusus Jakarta",
    "DKJ",
    "Special Capital Region of Jakarta",
  ]),
  p("32", "Jawa Barat", "West Java", WIB, ["Jabar"]),
  p("33", "Jawa Tengah", "Central Java", WIB, ["Jateng"]),
  p("34", "Daerah Istimewa Yogyakarta", "Special Region of Yogyakarta", WIB, [
    "DI Yogyakarta",
    "DIY",
    "Yogyakarta",
  ]),
  p("35", "Jawa Timur", "East Java", WIB, ["Jatim"]),
  p("36", "Banten", "Banten", WIB),
  p("51", "Bali", "Bali", WITA),
  p("52", "Nusa Tenggara Barat", "West Nusa Tenggara", WITA, ["NTB"]),
  p("53", "Nusa Tenggara Timur", "East Nusa Tenggara", WITA, ["NTT"]),
  p("61", "Kalimantan Barat", "West Kalimantan", WIB, ["Kalbar"]),
  p("62", "Kalimantan Tengah", "Central Kalimantan", WIB, ["Kalteng"]),
  p("63", "Kalimantan Selatan", "South Kalimantan", WITA, ["Kalsel"]),
  p("64", "Kalimantan Timur", "East Kalimantan", WITA, ["Kaltim"]),
  p("65", "Kalimantan Utara", "North Kalimantan", WITA, ["Kaltara"]),
  p("71", "Sulawesi Utara", "North Sulawesi", WITA, ["Sulut"]),
  p("72", "Sulawesi Tengah", "Central Sulawesi", WITA, ["Sulteng"]),
  p("73", "Sulawesi Selatan", "South Sulawesi", WITA, ["Sulsel"]),
  p("74", "Sulawesi Tenggara", "Southeast Sulawesi", WITA, ["Sultra"]),
  p("75", "Gorontalo", "Gorontalo", WITA),
  p("76", "Sulawesi Barat", "West Sulawesi", WITA, ["Sulbar"]),
  p("81", "Maluku", "Maluku", WIT),
  p("82", "Maluku Utara", "North Maluku", WIT, ["Malut"]),
  p("91", "Papua", "Papua", WIT, [], "94"),
  p("92", "Papua Barat", "West Papua", WIT, ["Pabar"], "91"),
  p("93", "Papua Selatan", "South Papua", WIT, [], "95"),
  p("94", "Papua Tengah", "Central Papua", WIT, [], "96"),
  p("95", "Papua Pegunungan", "Highland Papua", WIT, [], "97"),
  p("96", "Papua Barat Daya", "Southwest Papua", WIT, ["PBD"], "92"),
];

export const KODE_PROVINSI: readonly string[] = PROVINSI.map((x) => x.kode);

const PER_KODE = new Map(PROVINSI.map((x) => [x.kode, x]));

export function provinsi(kode: string): Provinsi | undefined {
  return PER_KODE.get(kode);
}

export function isKodeProvinsi(x: unknown): x is string {
  return typeof x === "string" && PER_KODE.has(x);
}

export function namaProvinsi(kode: string): Teks | undefined {
  const x = PER_KODE.get(kode);
  return x ? { id: x.nama, en: x.en } : undefined;
}

/** Lower case, accents and punctuation dropped, "Provinsi"/"Prov." prefix dropped. */
function kunci(teks: string): string {
  return teks
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*(provinsi|propinsi|prov\.?|province of)\s+/, "")
    .replace(/\s+province\s*$/, "")
    .replace(/[^a-z0-9]/g, "");
}

const PER_NAMA = new Map<string, Provinsi>();
for (const x of PROVINSI) for (const n of [x.nama, x.en, ...x.alias]) PER_NAMA.set(kunci(n), x);

/**
 * The province a user wrote: its Kemendagri code ("32", also "32.00") or its
 * name, short name or English name, case and punctuation ignored
 * ("Prov. Jawa Barat", "JABAR", "West Java"). Undefined when none matches.
 */
export function cariProvinsi(teks: string): Provinsi | undefined {
  const t = teks.trim();
  const kode = /^(\d{2})(?:\.0{1,2})?$/.exec(t);
  if (kode) return PER_KODE.get(kode[1]);
  return PER_NAMA.get(kunci(t));
}
