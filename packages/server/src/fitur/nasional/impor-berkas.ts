/**
 * Reading an agency or unit-tree file of the register's bulk import (CSV or
 * XLSX), with the employee import's reader (fitur/impor/baca.ts: encodings,
 * delimiters, first worksheet, XLSX inflation limits) and its file-level
 * refusals (`GalatBerkas`); headers are matched by the domain's aliases
 * (`ALIAS_KOLOM_INSTANSI`, `ALIAS_KOLOM_UNIT`), ignoring case, spaces and
 * punctuation, as the employee headers are.
 */
import {
  BATAS_XLSX,
  type BarisSel,
  barisCsv,
  barisXlsx,
  deteksiFormat,
  formatUkuran,
  type GalatBerkas,
  periksaBatasXlsx,
} from "../impor/index.ts";

/** An agency register is a few hundred rows; a unit-tree file a few tens of thousands. */
export const BATAS_IMPOR_INSTANSI = { ukuranMaks: 10 * 1024 * 1024, barisMaks: 50_000 };

export interface BerkasTerbaca<K extends string> {
  /** The header as written, per column (for the report). */
  judul: Partial<Record<K, string>>;
  baris: { baris: number; nilai: Partial<Record<K, string>> }[];
}

export const kunciJudul = (judul: string): string =>
  judul
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** The whole file as rows of the known columns, or the file's one problem. */
export async function bacaBerkasKolom<K extends string>(
  berkas: Buffer,
  namaBerkas: string,
  alias: Record<K, readonly string[]>,
  wajib: readonly K[],
): Promise<BerkasTerbaca<K> | { galat: GalatBerkas }> {
  if (berkas.length === 0) return { galat: { kode: "BERKAS_KOSONG" } };
  if (berkas.length > BATAS_IMPOR_INSTANSI.ukuranMaks)
    return {
      galat: {
        kode: "BERKAS_TERLALU_BESAR",
        isian: { batas: formatUkuran(BATAS_IMPOR_INSTANSI.ukuranMaks) },
      },
    };
  const d = deteksiFormat(berkas, namaBerkas);
  if ("galat" in d) return { galat: d.galat };
  if (d.format === "xlsx") {
    const langgar = await periksaBatasXlsx(berkas, BATAS_XLSX);
    if (langgar)
      return {
        galat:
          langgar === "sel"
            ? { kode: "SEL_TERLALU_PANJANG", isian: { batas: "32.767" } }
            : { kode: "XLSX_TERURAI_TERLALU_BESAR", isian: { batas: formatUkuran(BATAS_XLSX.entriMaks) } },
      };
  }
  const peta = new Map<string, K>();
  for (const [k, daftar] of Object.entries(alias) as [K, readonly string[]][])
    for (const a of daftar) peta.set(kunciJudul(a), k);

  const sumber: AsyncIterable<BarisSel> =
    d.format === "csv" ? barisCsv(berkas, d.enkoding) : barisXlsx(berkas);
  let posisi: Map<number, K> | null = null;
  const judul: Partial<Record<K, string>> = {};
  const baris: BerkasTerbaca<K>["baris"] = [];
  try {
    for await (const { nomor, sel } of sumber) {
      if (sel.every((s) => s.trim() === "")) continue;
      if (posisi === null) {
        posisi = new Map();
        const ganda: string[] = [];
        sel.forEach((teks, i) => {
          const t = teks.trim();
          const k = t === "" ? undefined : peta.get(kunciJudul(t));
          if (k === undefined || !posisi) return;
          if (judul[k] !== undefined) ganda.push(t);
          else {
            posisi.set(i, k);
            judul[k] = t;
          }
        });
        if (ganda.length > 0) return { galat: { kode: "KOLOM_GANDA", isian: { kolom: ganda.join(", ") } } };
        const hilang = wajib.filter((k) => judul[k] === undefined);
        if (hilang.length > 0)
          return { galat: { kode: "KOLOM_WAJIB_TIDAK_ADA", isian: { kolom: hilang.join(", ") } } };
        continue;
      }
      if (baris.length >= BATAS_IMPOR_INSTANSI.barisMaks)
        return {
          galat: { kode: "TERLALU_BANYAK_BARIS", isian: { batas: String(BATAS_IMPOR_INSTANSI.barisMaks) } },
        };
      const nilai: Partial<Record<K, string>> = {};
      for (const [i, k] of posisi) nilai[k] = (sel[i] ?? "").trim();
      baris.push({ baris: nomor, nilai });
    }
  } catch {
    return { galat: { kode: "BERKAS_RUSAK" } };
  }
  if (posisi === null || baris.length === 0) return { galat: { kode: "BERKAS_KOSONG" } };
  return { judul, baris };
}
