import type { Teks } from "../kerangka/teks.ts";

/**
 * The categories of government agency the Ministry evaluates (BAB IV:
 * "kementerian, lembaga pemerintah nonkementerian, kesekretariatan lembaga
 * negara, kesekretariatan lembaga nonstruktural, maupun instansi daerah"),
 * with regional government split into its three kinds (UU No. 23 Tahun 2014
 * tentang Pemerintahan Daerah Pasal 2: daerah provinsi, kabupaten, kota).
 */
export const JENIS_INSTANSI = [
  "kementerian",
  "lembaga_pemerintah_nonkementerian",
  "kesekretariatan_lembaga_negara",
  "kesekretariatan_lembaga_nonstruktural",
  "provinsi",
  "kabupaten",
  "kota",
] as const;
export type JenisInstansi = (typeof JENIS_INSTANSI)[number];

/** Central agencies (instansi pusat) and regional governments (instansi daerah). */
export type KelompokInstansi = "pusat" | "daerah";

/**
 * How an agency relates to a province:
 *   - `tidak_ada`: a central agency has none (it is national);
 *   - `wilayah`: a provincial government governs the province it names;
 *   - `induk`: a regency or city lies in its parent province.
 */
export type AturanProvinsi = "tidak_ada" | "wilayah" | "induk";

export interface DefinisiJenisInstansi {
  kode: JenisInstansi;
  nama: Teks;
  /** Short form for tables and charts. */
  singkatan: Teks;
  kelompok: KelompokInstansi;
  provinsi: AturanProvinsi;
  /** Other ways to write it, for imported files (matched case- and punctuation-insensitively). */
  alias: readonly string[];
  sumber: string;
}

export const DEFINISI_JENIS_INSTANSI: Record<JenisInstansi, DefinisiJenisInstansi> = {
  kementerian: {
    kode: "kementerian",
    nama: { id: "Kementerian", en: "Ministry" },
    singkatan: { id: "Kementerian", en: "Ministry" },
    kelompok: "pusat",
    provinsi: "tidak_ada",
    alias: ["kemen", "ministry"],
    sumber: "BAB IV",
  },
  lembaga_pemerintah_nonkementerian: {
    kode: "lembaga_pemerintah_nonkementerian",
    nama: { id: "Lembaga Pemerintah Nonkementerian", en: "Non-ministerial government agency" },
    singkatan: { id: "LPNK", en: "LPNK" },
    kelompok: "pusat",
    provinsi: "tidak_ada",
    alias: ["lpnk", "lpnd", "lembaga pemerintah non kementerian", "lembaga", "non-ministerial agency"],
    sumber: "BAB IV",
  },
  kesekretariatan_lembaga_negara: {
    kode: "kesekretariatan_lembaga_negara",
    nama: { id: "Kesekretariatan Lembaga Negara", en: "Secretariat of a state institution" },
    singkatan: { id: "Setjen Lembaga Negara", en: "State institution secretariat" },
    kelompok: "pusat",
    provinsi: "tidak_ada",
    alias: ["sekretariat lembaga negara", "setjen lembaga negara"],
    sumber: "BAB IV",
  },
  kesekretariatan_lembaga_nonstruktural: {
    kode: "kesekretariatan_lembaga_nonstruktural",
    nama: {
      id: "Kesekretariatan Lembaga Nonstruktural",
      en: "Secretariat of a non-structural institution",
    },
    singkatan: { id: "Setjen LNS", en: "LNS secretariat" },
    kelompok: "pusat",
    provinsi: "tidak_ada",
    alias: ["sekretariat lembaga nonstruktural", "kesekretariatan lembaga non struktural", "lns"],
    sumber: "BAB IV",
  },
  provinsi: {
    kode: "provinsi",
    nama: { id: "Pemerintah Provinsi", en: "Provincial government" },
    singkatan: { id: "Provinsi", en: "Province" },
    kelompok: "daerah",
    provinsi: "wilayah",
    alias: ["pemprov", "pemerintah provinsi", "prov", "province"],
    sumber: "BAB IV (instansi daerah)",
  },
  kabupaten: {
    kode: "kabupaten",
    nama: { id: "Pemerintah Kabupaten", en: "Regency government" },
    singkatan: { id: "Kabupaten", en: "Regency" },
    kelompok: "daerah",
    provinsi: "induk",
    alias: ["pemkab", "pemerintah kabupaten", "kab", "regency"],
    sumber: "BAB IV (instansi daerah)",
  },
  kota: {
    kode: "kota",
    nama: { id: "Pemerintah Kota", en: "City government" },
    singkatan: { id: "Kota", en: "City" },
    kelompok: "daerah",
    provinsi: "induk",
    alias: ["pemkot", "pemerintah kota", "city"],
    sumber: "BAB IV (instansi daerah)",
  },
};

export function isJenisInstansi(x: unknown): x is JenisInstansi {
  return typeof x === "string" && (JENIS_INSTANSI as readonly string[]).includes(x);
}

/** Does this category name a province (its own, or its parent)? */
export function perluProvinsi(jenis: JenisInstansi): boolean {
  return DEFINISI_JENIS_INSTANSI[jenis].provinsi !== "tidak_ada";
}

/** Does this category lie in a parent province (kabupaten, kota)? */
export function perluProvinsiInduk(jenis: JenisInstansi): boolean {
  return DEFINISI_JENIS_INSTANSI[jenis].provinsi === "induk";
}

/**
 * The category `jenis` of the first version of the register, whose
 * "lembaga" covered every non-ministerial central agency; the server's
 * migration maps it to `lembaga_pemerintah_nonkementerian`.
 */
export const JENIS_INSTANSI_LAMA: Record<string, JenisInstansi> = {
  lembaga: "lembaga_pemerintah_nonkementerian",
};

const kunci = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

const PER_ALIAS = new Map<string, JenisInstansi>();
for (const d of Object.values(DEFINISI_JENIS_INSTANSI))
  for (const a of [d.kode, d.nama.id, d.nama.en, d.singkatan.id, ...d.alias]) PER_ALIAS.set(kunci(a), d.kode);

/** The category a user wrote ("LPNK", "Pemerintah Kota", "kabupaten"), or undefined. */
export function cariJenisInstansi(teks: string): JenisInstansi | undefined {
  return PER_ALIAS.get(kunci(teks));
}
