/** Error messages of the assessment feature (Bahasa Indonesia first, English second). */
import { GalatApi } from "../../http/errors.ts";
import type { Teks } from "../../http/pesan.ts";

export const PESAN_ASESMEN = {
  URUTAN_MELONCAT: {
    id: "Nomor urut jawaban ini jauh melampaui jawaban yang tersimpan; jawaban tidak disimpan. Muat ulang halaman ujian.",
    en: "This answer's sequence number is far ahead of the saved answers; it was not saved. Reload the test page.",
  },
  TOKEN_TIDAK_DIKENAL: {
    id: "Token ujian tidak dikenal atau sudah tidak berlaku. Periksa kembali token Anda atau minta token baru kepada Tim Supervisi.",
    en: "Unknown or no longer valid test token. Check your token or ask the supervision team for a new one.",
  },
  PESERTA_TIDAK_DITEMUKAN: {
    id: "Keikutsertaan asesmen ini tidak ditemukan untuk akun Anda.",
    en: "This assessment participation was not found for your account.",
  },
  AKUN_TANPA_PEGAWAI: {
    id: "Akun Anda belum ditautkan ke data pegawai di instansi ini. Hubungi admin instansi.",
    en: "Your account is not linked to an employee record in this agency. Contact the agency administrator.",
  },
  FORMULIR_TIDAK_TERBIT: {
    id: "Formulir {formulir} tidak termasuk formulir yang boleh dipakai (terbit).",
    en: "Form {formulir} is not one of the forms that may be fielded (published).",
  },
  KAMPANYE_BUKAN_DRAF: {
    id: "Hanya kampanye berstatus draf yang dapat diubah seperti ini (status sekarang: {status}).",
    en: "Only a draft campaign can be changed this way (status now: {status}).",
  },
  KAMPANYE_BUKAN_AKTIF: {
    id: "Kampanye harus aktif untuk tindakan ini (status sekarang: {status}).",
    en: "The campaign must be active for this (status now: {status}).",
  },
  UBAH_SETELAH_AKTIF: {
    id: "Setelah kampanye aktif, hanya nama dan tanggal tutup (diperpanjang) yang dapat diubah; formulir, populasi, batas waktu dan teks persetujuan tetap.",
    en: "Once a campaign is active only its name and closing date (extended) can change; form, population, time limit and consent text are fixed.",
  },
  TUTUP_MAJU: {
    id: "Tanggal tutup kampanye aktif hanya dapat diperpanjang, tidak dimajukan.",
    en: "An active campaign's closing date can only be extended, not brought forward.",
  },
  JENDELA_TIDAK_VALID: {
    id: "Waktu tutup harus setelah waktu buka.",
    en: "The closing time must be after the opening time.",
  },
  JENDELA_SUDAH_LEWAT: {
    id: "Waktu tutup kampanye sudah lewat; perpanjang terlebih dahulu.",
    en: "The campaign's closing time has passed; extend it first.",
  },
  POPULASI_KOSONG: {
    id: "Populasi kampanye tidak memuat pegawai aktif satu pun.",
    en: "The campaign's population contains no active employee.",
  },
  UNIT_TIDAK_DIKENAL: {
    id: "Sebagian unit kerja populasi tidak ada di instansi ini.",
    en: "Some of the population's units do not exist in this agency.",
  },
  PEGAWAI_TIDAK_DIKENAL: {
    id: "Sebagian pegawai dalam daftar populasi tidak ada di instansi ini.",
    en: "Some employees in the population list do not exist in this agency.",
  },
  BELUM_DIBUKA: {
    id: "Asesmen belum dibuka. Dibuka pada {dibuka}.",
    en: "The assessment is not open yet. It opens at {dibuka}.",
  },
  JENDELA_DITUTUP: {
    id: "Masa asesmen sudah ditutup; jawaban tidak dapat diterima lagi.",
    en: "The assessment window has closed; answers can no longer be accepted.",
  },
  WAKTU_HABIS: {
    id: "Batas waktu pengerjaan Anda sudah habis; jawaban tidak dapat diterima lagi.",
    en: "Your time limit has run out; answers can no longer be accepted.",
  },
  KAMPANYE_DIBATALKAN: {
    id: "Kampanye asesmen ini dibatalkan.",
    en: "This assessment campaign was cancelled.",
  },
  BELUM_MULAI: {
    id: "Mulai asesmen terlebih dahulu sebelum menjawab.",
    en: "Start the assessment before answering.",
  },
  SUDAH_DIKIRIM: {
    id: "Jawaban sudah dikirim final; tidak ada lagi yang dapat diubah.",
    en: "The answers were already submitted as final; nothing can change any more.",
  },
  PERSETUJUAN_DIPERLUKAN: {
    id: "Baca dan setujui pernyataan persetujuan terlebih dahulu.",
    en: "Read and accept the consent statement first.",
  },
  BLOK_TIDAK_ADA: {
    id: "Blok {blok} tidak ada dalam formulir asesmen Anda.",
    en: "Block {blok} is not in your assessment form.",
  },
  PERNYATAAN_BUKAN_BLOK: {
    id: "Pernyataan yang dipilih bukan bagian dari blok {blok}.",
    en: "The chosen statement is not part of block {blok}.",
  },
  PILIHAN_SAMA: {
    id: "Pernyataan yang sama tidak boleh dipilih sebagai paling sesuai sekaligus paling tidak sesuai.",
    en: "The same statement cannot be chosen as both most and least like you.",
  },
  BELUM_LENGKAP: {
    id: "Masih ada {sisa} blok yang belum dijawab; semua blok harus dijawab sebelum dikirim.",
    en: "{sisa} blocks are still unanswered; every block must be answered before submitting.",
  },
  TERLALU_BANYAK_TEBAKAN: {
    id: "Terlalu banyak token yang salah dari alamat jaringan ini. Demi keamanan, coba lagi dalam {menit} menit, atau minta bantuan Tim Supervisi.",
    en: "Too many wrong tokens from this network address. For security, try again in {menit} minutes, or ask the supervision team for help.",
  },
  TERLALU_BANYAK_TOKEN: {
    id: "Paling banyak {maks} token sekali buat; pilih peserta tertentu.",
    en: "At most {maks} tokens at a time; choose specific participants.",
  },
} satisfies Record<string, Teks>;

export type KodeAsesmen = keyof typeof PESAN_ASESMEN;

/** A refusal of the assessment feature with its own message. */
export function galat(status: number, kode: KodeAsesmen, param?: Record<string, string | number>): GalatApi {
  return new GalatApi(status, kode, { pesan: PESAN_ASESMEN[kode], param });
}
