/**
 * Validation of one employee record, shared by the HTTP API (edit) and the
 * import (one row of a CSV/XLSX file). Every issue's `message` is a
 * `KodeGalatPegawai`, so callers translate it with `pesanGalatPegawai`.
 */
import { z } from "zod";
import { isKodeGalatPegawai, type KodeGalatPegawai } from "./galat.ts";
import { normalisasiGolongan } from "./golongan.ts";
import { JENIS_JABATAN } from "./jabatan.ts";
import { type BagianNip, parseNip } from "./nip.ts";

export const PANJANG_MAKS = { nama: 200, kodeUnit: 40, jabatan: 200, email: 254 } as const;

const wajib = (maks: number) =>
  z
    .string({ error: "WAJIB_DIISI" })
    .trim()
    .min(1, { error: "WAJIB_DIISI" })
    .max(maks, { error: "TERLALU_PANJANG" });

/** Optional text: "" (an empty cell) becomes null. */
const opsional = <T extends z.ZodType<string, string>>(skema: T) =>
  z
    .string({ error: "NILAI_TIDAK_VALID" })
    .max(1000, { error: "TERLALU_PANJANG" })
    .nullable()
    .transform((s) => (s === null || s.trim() === "" ? null : s))
    .pipe(skema.nullable());

export const skemaNama = wajib(PANJANG_MAKS.nama);
export const skemaKodeUnit = wajib(PANJANG_MAKS.kodeUnit);
export const skemaJabatan = wajib(PANJANG_MAKS.jabatan);

export const skemaJenisJabatan = z
  .string({ error: "WAJIB_DIISI" })
  .trim()
  .toLowerCase()
  .min(1, { error: "WAJIB_DIISI" })
  .max(40, { error: "JENIS_JABATAN_TIDAK_VALID" })
  .pipe(z.enum(JENIS_JABATAN, { error: "JENIS_JABATAN_TIDAK_VALID" }));

export const skemaGolongan = z
  .string({ error: "GOLONGAN_TIDAK_VALID" })
  .max(20, { error: "GOLONGAN_TIDAK_VALID" })
  .transform((s, ctx) => {
    if (s.trim() === "") return null;
    const g = normalisasiGolongan(s);
    if (g === null) ctx.addIssue({ code: "custom", message: "GOLONGAN_TIDAK_VALID" });
    return g;
  })
  .nullable();

export const skemaEmail = opsional(
  z
    .string()
    .trim()
    .max(PANJANG_MAKS.email, { error: "TERLALU_PANJANG" })
    .pipe(z.email({ error: "EMAIL_TIDAK_VALID" }))
    .transform((s) => s.toLowerCase()),
);

export const skemaTelepon = opsional(
  z
    .string()
    .trim()
    .max(30, { error: "TELEPON_TIDAK_VALID" })
    .regex(/^\+?[0-9 ()-]{7,20}$/, { error: "TELEPON_TIDAK_VALID" }),
);

export function skemaNip(hariIni: Date = new Date()) {
  return z
    .string({ error: "WAJIB_DIISI" })
    .trim()
    .min(1, { error: "WAJIB_DIISI" })
    .max(60, { error: "NIP_BUKAN_18_DIGIT" })
    .transform((s, ctx) => {
      const h = parseNip(s, hariIni);
      if (!h.ok) {
        ctx.addIssue({ code: "custom", message: h.kode });
        return z.NEVER;
      }
      return { nip: h.nip, ...h.bagian };
    });
}

export function skemaBarisPegawai(hariIni: Date = new Date()) {
  return z.object({
    nip: skemaNip(hariIni),
    nama: skemaNama,
    kodeUnit: skemaKodeUnit,
    jabatan: skemaJabatan,
    jenisJabatan: skemaJenisJabatan,
    golongan: skemaGolongan.optional().transform((g) => g ?? null),
    email: skemaEmail.optional().transform((e) => e ?? null),
    telepon: skemaTelepon.optional().transform((t) => t ?? null),
  });
}

export const KOLOM_PEGAWAI = [
  "nip",
  "nama",
  "kodeUnit",
  "jabatan",
  "jenisJabatan",
  "golongan",
  "email",
  "telepon",
] as const;
export type KolomPegawai = (typeof KOLOM_PEGAWAI)[number];

export interface BarisPegawai extends BagianNip {
  nip: string;
  nama: string;
  kodeUnit: string;
  jabatan: string;
  jenisJabatan: (typeof JENIS_JABATAN)[number];
  golongan: string | null;
  email: string | null;
  telepon: string | null;
}

export interface GalatKolom {
  kolom: KolomPegawai;
  kode: KodeGalatPegawai;
}

export type HasilBaris = { ok: true; data: BarisPegawai } | { ok: false; galat: GalatKolom[] };

/** Turn zod issues into (column, code) pairs; one per column, the first one zod reported. */
export function galatDariIssues(issues: readonly z.core.$ZodIssue[]): GalatKolom[] {
  const hasil: GalatKolom[] = [];
  for (const issue of issues) {
    const kolom = issue.path[0];
    if (typeof kolom !== "string" || !(KOLOM_PEGAWAI as readonly string[]).includes(kolom)) continue;
    if (hasil.some((g) => g.kolom === kolom)) continue;
    const kode = isKodeGalatPegawai(issue.message) ? issue.message : "NILAI_TIDAK_VALID";
    hasil.push({ kolom: kolom as KolomPegawai, kode });
  }
  return hasil;
}

export function validasiBarisPegawai(
  masukan: Partial<Record<KolomPegawai, string>>,
  skema: ReturnType<typeof skemaBarisPegawai> = skemaBarisPegawai(),
): HasilBaris {
  const r = skema.safeParse(masukan);
  if (r.success) {
    const { nip, ...lain } = r.data;
    return { ok: true, data: { ...lain, ...nip } };
  }
  return { ok: false, galat: galatDariIssues(r.error.issues) };
}
