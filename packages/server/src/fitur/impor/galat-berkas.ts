/** Problems with an import file as a whole (as opposed to one of its rows). */
export const PESAN_GALAT_BERKAS = {
  FORMAT_TIDAK_DIDUKUNG: {
    id: "Jenis berkas tidak didukung. Unggah berkas CSV (.csv) atau Excel (.xlsx).",
    en: "Unsupported file type. Upload a CSV (.csv) or Excel (.xlsx) file.",
  },
  FORMAT_XLS_LAMA: {
    id: "Berkas Excel 97-2003 (.xls) tidak didukung. Simpan ulang sebagai .xlsx atau CSV.",
    en: "Excel 97-2003 (.xls) files are not supported. Save it again as .xlsx or CSV.",
  },
  BERKAS_TERLALU_BESAR: {
    id: "Berkas terlalu besar: batasnya {batas}.",
    en: "File too large: the limit is {batas}.",
  },
  BERKAS_KOSONG: {
    id: "Berkas kosong atau tidak berisi baris data.",
    en: "The file is empty or has no data rows.",
  },
  BERKAS_RUSAK: {
    id: "Berkas tidak dapat dibaca (rusak atau bukan format yang disebutkan).",
    en: "The file cannot be read (damaged or not the format it claims).",
  },
  XLSX_TERURAI_TERLALU_BESAR: {
    id: "Isi berkas Excel terlalu besar setelah diekstrak (lebih dari {batas} per bagian). Periksa berkasnya, atau simpan ulang sebagai CSV.",
    en: "The Excel file is too large once extracted (over {batas} per part). Check the file, or save it again as CSV.",
  },
  SEL_TERLALU_PANJANG: {
    id: "Berkas memuat sel yang lebih panjang daripada yang diizinkan Excel ({batas} karakter).",
    en: "The file holds a cell longer than Excel allows ({batas} characters).",
  },
  TERLALU_BANYAK_BARIS: {
    id: "Berkas berisi lebih dari {batas} baris data; bagi menjadi beberapa berkas.",
    en: "The file has more than {batas} data rows; split it into several files.",
  },
  KOLOM_WAJIB_TIDAK_ADA: {
    id: "Kolom wajib tidak ditemukan di baris judul: {kolom}.",
    en: "Required columns missing from the header row: {kolom}.",
  },
  KOLOM_GANDA: {
    id: "Kolom {kolom} muncul lebih dari sekali di baris judul.",
    en: "Column {kolom} appears more than once in the header row.",
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type KodeGalatBerkas = keyof typeof PESAN_GALAT_BERKAS;

export interface GalatBerkas {
  kode: KodeGalatBerkas;
  /** Values substituted into the message, e.g. `{batas: "20 MiB"}`. */
  isian?: Record<string, string>;
}

export function pesanGalatBerkas(g: GalatBerkas, bahasa: "id" | "en" = "id"): string {
  return PESAN_GALAT_BERKAS[g.kode][bahasa].replace(/\{(\w+)\}/g, (_, k: string) => g.isian?.[k] ?? `{${k}}`);
}
