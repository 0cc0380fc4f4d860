/**
 * Machine codes for everything that can be wrong with an employee (pegawai)
 * record, each with a message in Bahasa Indonesia and English. Shared by the
 * API validators and the import report, so a user reads the same sentence in
 * both places.
 */
export const PESAN_GALAT_PEGAWAI = {
  NIP_BUKAN_18_DIGIT: {
    id: "NIP harus terdiri dari tepat 18 angka.",
    en: "NIP must be exactly 18 digits.",
  },
  NIP_NOTASI_ILMIAH: {
    id: "NIP tertulis sebagai angka (mis. 1,98503E+17) sehingga digitnya hilang; format kolom NIP sebagai Teks di Excel.",
    en: "The NIP was stored as a number (e.g. 1.98503E+17) and lost digits; format the NIP column as Text in Excel.",
  },
  NIP_TANGGAL_LAHIR_TIDAK_VALID: {
    id: "Tanggal lahir dalam NIP (8 angka pertama) bukan tanggal yang mungkin.",
    en: "The birth date in the NIP (first 8 digits) is not a possible date.",
  },
  NIP_BULAN_TMT_TIDAK_VALID: {
    id: "Bulan TMT CPNS dalam NIP (angka ke-13–14) harus 01 sampai 12.",
    en: "The appointment (TMT CPNS) month in the NIP (digits 13–14) must be 01 to 12.",
  },
  NIP_TMT_SEBELUM_USIA_18: {
    id: "TMT CPNS dalam NIP jatuh sebelum pegawai berusia 18 tahun.",
    en: "The appointment (TMT CPNS) in the NIP falls before the employee turned 18.",
  },
  NIP_TMT_MASA_DEPAN: {
    id: "TMT CPNS dalam NIP berada di masa depan.",
    en: "The appointment (TMT CPNS) in the NIP is in the future.",
  },
  NIP_JENIS_KELAMIN_TIDAK_VALID: {
    id: "Angka jenis kelamin dalam NIP (angka ke-15) harus 1 (laki-laki) atau 2 (perempuan).",
    en: "The sex digit of the NIP (digit 15) must be 1 (male) or 2 (female).",
  },
  NIP_NOMOR_URUT_TIDAK_VALID: {
    id: "Nomor urut dalam NIP (3 angka terakhir) tidak boleh 000.",
    en: "The serial number in the NIP (last 3 digits) cannot be 000.",
  },
  NIP_GANDA: {
    id: "NIP yang sama sudah muncul di baris lain dalam berkas ini.",
    en: "The same NIP already appears on another row of this file.",
  },
  WAJIB_DIISI: { id: "Kolom ini wajib diisi.", en: "This column is required." },
  TERLALU_PANJANG: { id: "Isian terlalu panjang.", en: "Value is too long." },
  EMAIL_TIDAK_VALID: { id: "Alamat email tidak valid.", en: "Invalid email address." },
  TELEPON_TIDAK_VALID: {
    id: "Nomor telepon hanya boleh berisi angka, spasi, tanda +, - dan tanda kurung (7–20 karakter).",
    en: "Phone number may contain only digits, spaces, +, - and parentheses (7–20 characters).",
  },
  JENIS_JABATAN_TIDAK_VALID: {
    id: "Jenis jabatan harus salah satu dari: struktural, fungsional, pelaksana.",
    en: "Position type must be one of: struktural, fungsional, pelaksana.",
  },
  GOLONGAN_TIDAK_VALID: {
    id: "Golongan tidak dikenal (contoh: III/a untuk PNS, atau I–XVII untuk PPPK).",
    en: "Unknown rank (e.g. III/a for civil servants, or I–XVII for PPPK).",
  },
  NILAI_TIDAK_VALID: { id: "Isian tidak valid.", en: "Invalid value." },
  UNIT_TIDAK_DIKENAL: {
    id: "Kode unit kerja tidak ditemukan pada instansi ini.",
    en: "Unit code not found in this agency.",
  },
} as const satisfies Record<string, { id: string; en: string }>;

export type KodeGalatPegawai = keyof typeof PESAN_GALAT_PEGAWAI;

export function isKodeGalatPegawai(x: string): x is KodeGalatPegawai {
  return Object.hasOwn(PESAN_GALAT_PEGAWAI, x);
}

export function pesanGalatPegawai(kode: KodeGalatPegawai, bahasa: "id" | "en" = "id"): string {
  return PESAN_GALAT_PEGAWAI[kode][bahasa];
}
