/**
 * Position types (jenis jabatan) and structural echelons (eselon).
 * UU No. 5 Tahun 2014 tentang ASN distinguishes administrative, functional and
 * leadership positions; agencies still record them as struktural / fungsional
 * / pelaksana, and structural posts carry an eselon I.a … IV.b
 * (Perpres No. 26 Tahun 2013 on eselon allowances).
 */
export const JENIS_JABATAN = ["struktural", "fungsional", "pelaksana"] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

export const NAMA_JENIS_JABATAN: Record<JenisJabatan, { id: string; en: string }> = {
  struktural: { id: "Struktural", en: "Structural (managerial)" },
  fungsional: { id: "Fungsional", en: "Functional (specialist)" },
  pelaksana: { id: "Pelaksana", en: "Executive staff" },
};

export const ESELON = ["I.a", "I.b", "II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b"] as const;
export type Eselon = (typeof ESELON)[number];

export function isJenisJabatan(x: unknown): x is JenisJabatan {
  return typeof x === "string" && (JENIS_JABATAN as readonly string[]).includes(x);
}

export function isEselon(x: unknown): x is Eselon {
  return typeof x === "string" && (ESELON as readonly string[]).includes(x);
}
