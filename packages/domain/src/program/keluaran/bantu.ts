import { type Galat, galat, type Pemeriksaan } from "../galat.ts";
import { tanggalValid } from "../tanggal.ts";
import type { SuratKeputusan } from "./tipe.ts";

/** Helpers shared by the output checks. */
export const kosong = (x: unknown) => typeof x !== "string" || x.trim() === "";

export function periksaTanggal(x: unknown, bidang: string, sumber: string, hariIni: string): Galat[] {
  if (!tanggalValid(x))
    return [
      galat(
        "TANGGAL_TIDAK_VALID",
        sumber,
        "Tanggal harus berupa tanggal yang ada, format YYYY-MM-DD.",
        "The date must be a real date in YYYY-MM-DD form.",
        bidang,
      ),
    ];
  if (x > hariIni)
    return [
      galat(
        "TANGGAL_MASA_DEPAN",
        sumber,
        `Tanggal ${x} berada di masa depan; keluaran dicatat setelah terjadi.`,
        `Date ${x} is in the future; an output is recorded after it exists.`,
        bidang,
      ),
    ];
  return [];
}

export function periksaSk(
  sk: Partial<SuratKeputusan> | undefined,
  bidang: string,
  sumber: string,
  hariIni: string,
) {
  if (typeof sk !== "object" || sk === null)
    return [
      galat(
        "SK_TIDAK_ADA",
        sumber,
        "Surat keputusan (nomor, tanggal, dokumen) wajib ada.",
        "The decree (number, date, document) is required.",
        bidang,
      ),
    ];
  const hasil: Galat[] = [];
  if (kosong(sk.nomor))
    hasil.push(
      galat(
        "SK_TANPA_NOMOR",
        sumber,
        "Nomor SK wajib diisi.",
        "The decree number is required.",
        `${bidang}.nomor`,
      ),
    );
  if (kosong(sk.dokumenId))
    hasil.push(
      galat(
        "SK_TANPA_DOKUMEN",
        sumber,
        "Dokumen SK wajib diunggah.",
        "The decree document must be uploaded.",
        `${bidang}.dokumenId`,
      ),
    );
  hasil.push(...periksaTanggal(sk.tanggal, `${bidang}.tanggal`, sumber, hariIni));
  return hasil;
}

export const hasil = (g: Galat[], p: Galat[] = []): Pemeriksaan => ({ galat: g, peringatan: p });

export function objek(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * The objects of a list field; anything else (missing list, non-object
 * entries) adds a refusal instead of throwing, so a request body can be
 * checked as it arrives.
 */
export function daftar<T>(x: unknown, bidang: string, sumber: string, g: Galat[]): T[] {
  if (x === undefined) return [];
  if (Array.isArray(x) && x.every(objek)) return x as T[];
  g.push(
    galat(
      "ISIAN_TIDAK_VALID",
      sumber,
      `Isian ${bidang} harus berupa daftar data yang lengkap.`,
      `Field ${bidang} must be a list of complete entries.`,
      bidang,
    ),
  );
  return Array.isArray(x) ? (x.filter(objek) as T[]) : [];
}

export const KELUARAN_KOSONG = (sumber: string): Pemeriksaan =>
  hasil([galat("KELUARAN_KOSONG", sumber, "Keluaran langkah ini kosong.", "This step's output is empty.")]);

export function ganda(ids: string[]): string[] {
  const lihat = new Set<string>();
  const dobel = new Set<string>();
  for (const id of ids) (lihat.has(id) ? dobel : lihat).add(id);
  return [...dobel];
}
