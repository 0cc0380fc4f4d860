/**
 * Shapes of the item bank at the API edge (zod): a statement, a block, a form
 * and a whole bank (the domain's `BankButir`, plus an optional English text
 * per statement). Import errors are reported per field, in Bahasa Indonesia
 * (and English), with the field's path ("pernyataan[3].keinginanSosial").
 */
import { KEYAKINAN_PELEMAH, KEYAKINAN_PENGUAT, KODE_SUBDIMENSI, SITUASI } from "@nurani/domain";
import { z } from "zod";
import type { Bahasa, Teks } from "../../http/pesan.ts";

const KODE_SITUASI = Object.keys(SITUASI) as [keyof typeof SITUASI, ...(keyof typeof SITUASI)[]];
const KEYAKINAN = [...KEYAKINAN_PENGUAT, ...KEYAKINAN_PELEMAH] as const;

/** Printable text: no control characters (they are not allowed in XML 1.0, and a statement is one line). */
const teks = (maks: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maks)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    .regex(/^[^\u0000-\u001f\u007f]*$/);

export const SkemaCatatanPerubahan = z.strictObject({
  versi: teks(40),
  tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  catatan: teks(1000),
});

export const SkemaPernyataan = z.strictObject({
  id: z.string().regex(/^[A-Z]{2}[1-4]-\d{2,3}$/),
  subDimensi: z.enum(KODE_SUBDIMENSI),
  kunci: z.union([z.literal(1), z.literal(-1)]),
  teks: teks(400),
  /** English rendering (not part of the domain bank; shown to English readers). */
  teksEn: teks(400).optional(),
  keinginanSosial: z.number().min(1).max(5),
  penilaiKeinginanSosial: teks(300),
  situasi: z.enum(KODE_SITUASI),
  keyakinan: z.enum(KEYAKINAN),
  sumberDefinisi: teks(60),
  status: z.enum(["draf", "tinjauan", "terbit", "ditarik"]),
  riwayat: z.array(SkemaCatatanPerubahan).max(200),
  absolutSah: teks(500).optional(),
});
export type PernyataanBank = z.output<typeof SkemaPernyataan>;

/** Block and form ids start with a letter: they become QTI identifiers. */
const idQti = z.string().regex(/^[A-Za-z][A-Za-z0-9._-]{0,39}$/);

export const SkemaBlok = z.strictObject({
  id: idQti,
  pernyataan: z.tuple([z.string().max(20), z.string().max(20), z.string().max(20)]),
});

export const SkemaFormulir = z.strictObject({
  id: idQti,
  nama: z.strictObject({ id: teks(200), en: teks(200) }),
  jenis: z.enum(["lengkap", "penyaringan"]),
  versi: teks(40),
  blok: z.array(SkemaBlok).min(1).max(200),
  jangkar: z.array(idQti).max(200),
});
export type FormulirBank = z.output<typeof SkemaFormulir>;

export const SkemaBank = z.strictObject({
  versi: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/),
  pernyataan: z.array(SkemaPernyataan).min(1).max(2000),
  formulir: z.array(SkemaFormulir).max(50),
});
export type BankImpor = z.output<typeof SkemaBank>;

/** A field path as people read it: `pernyataan[3].keinginanSosial`. */
export function jalur(path: readonly PropertyKey[]): string {
  let s = "";
  for (const k of path) s += typeof k === "number" ? `[${k}]` : s ? `.${String(k)}` : String(k);
  return s || "(berkas)";
}

export interface GalatIsian {
  lokasi: string;
  pesan: string;
}

type Isu = z.core.$ZodIssue;

/** What is wrong with one field, in both languages. */
export function teksIsu(isu: Isu): Teks {
  switch (isu.code) {
    case "invalid_type":
      if ((isu as { input?: unknown }).input === undefined) return { id: "wajib diisi", en: "is required" };
      return {
        id: `jenis data salah (seharusnya ${namaJenis(isu.expected).id})`,
        en: `wrong type (expected ${namaJenis(isu.expected).en})`,
      };
    case "too_small":
      if (isu.origin === "string")
        return Number(isu.minimum) <= 1
          ? { id: "tidak boleh kosong", en: "may not be empty" }
          : { id: `minimal ${isu.minimum} karakter`, en: `at least ${isu.minimum} characters` };
      if (isu.origin === "array")
        return { id: `minimal ${isu.minimum} isian`, en: `at least ${isu.minimum} entries` };
      return { id: `nilai minimal ${isu.minimum}`, en: `minimum value ${isu.minimum}` };
    case "too_big":
      if (isu.origin === "string")
        return { id: `maksimal ${isu.maximum} karakter`, en: `at most ${isu.maximum} characters` };
      if (isu.origin === "array")
        return { id: `maksimal ${isu.maximum} isian`, en: `at most ${isu.maximum} entries` };
      return { id: `nilai maksimal ${isu.maximum}`, en: `maximum value ${isu.maximum}` };
    case "invalid_value": {
      const pilihan = isu.values.map((v) => JSON.stringify(v)).join(", ");
      return { id: `nilai tidak dikenal; pilihan: ${pilihan}`, en: `unknown value; choices: ${pilihan}` };
    }
    case "invalid_union":
      return { id: "nilai tidak sah (kunci harus 1 atau -1)", en: "invalid value (keying must be 1 or -1)" };
    case "invalid_format":
      return {
        id: "bentuknya tidak sesuai (lihat docs/item-bank.md)",
        en: "wrong format (see docs/item-bank.md)",
      };
    case "unrecognized_keys":
      return {
        id: `isian tidak dikenal: ${isu.keys.join(", ")}`,
        en: `unknown fields: ${isu.keys.join(", ")}`,
      };
    default:
      return { id: "nilai tidak sah", en: "invalid value" };
  }
}

function namaJenis(j: string): Teks {
  const nama: Record<string, Teks> = {
    string: { id: "teks", en: "text" },
    number: { id: "angka", en: "number" },
    array: { id: "daftar", en: "list" },
    object: { id: "objek", en: "object" },
    boolean: { id: "benar/salah", en: "boolean" },
  };
  return nama[j] ?? { id: j, en: j };
}

/** Per-field errors of a failed parse, in the caller's language. */
export function galatIsian(error: z.ZodError, bahasa: Bahasa, maks = 200): GalatIsian[] {
  return error.issues.slice(0, maks).map((isu) => ({ lokasi: jalur(isu.path), pesan: teksIsu(isu)[bahasa] }));
}
