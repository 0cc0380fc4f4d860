/** Error messages of the results feature (passed to `GalatApi` as `pesan`; docs/hasil.md). */
import { GalatApi } from "../../http/errors.ts";
import type { Teks } from "../../http/pesan.ts";

export const PESAN_HASIL = {
  KAMPANYE_TIDAK_ADA: {
    id: "Kampanye asesmen tidak ditemukan di instansi ini.",
    en: "Assessment campaign not found in this agency.",
  },
  BELUM_ADA_SKOR: {
    id: "Kampanye ini belum diskor. Jalankan penskoran terlebih dahulu.",
    en: "This campaign has not been scored yet. Run scoring first.",
  },
  SKOR_BERJALAN: {
    id: "Penskoran kampanye ini sedang berjalan; tunggu sampai selesai atau batalkan.",
    en: "Scoring of this campaign is already running; wait until it finishes or cancel it.",
  },
  BELUM_DIRILIS: {
    id: "Hasil kampanye ini belum dirilis.",
    en: "The results of this campaign have not been released.",
  },
  KAMPANYE_UJI_COBA: {
    id: "Kampanye ini uji coba: jawabannya hanya untuk kalibrasi, tidak dirilis dan tidak masuk peta, indeks, norma, maupun angka nasional.",
    en: "This campaign is a pilot: its answers serve calibration only; it is never released and is in no map, index, norm or national figure.",
  },
  SUDAH_DIRILIS: {
    id: "Hasil kampanye ini sudah dirilis.",
    en: "The results of this campaign are already released.",
  },
  TINJAUAN_MENUNGGU: {
    id: "{n} hasil masih menunggu tinjauan. Putuskan dulu, atau rilis dengan alasan mengabaikan tinjauan (dicatat di log audit).",
    en: "{n} results still await review. Decide them first, or release with a reason for overriding the review (recorded in the audit log).",
  },
  PRATINJAU_BERUBAH: {
    id: "Kampanye berubah sejak pratinjau rilis dibuka (kini {dinilai} diskor, {menunggu} menunggu tinjauan). Periksa lagi, lalu konfirmasi.",
    en: "The campaign changed since the release preview was opened (now {dinilai} scored, {menunggu} awaiting review). Look again, then confirm.",
  },
  TINJAUAN_TIDAK_ADA: {
    id: "Hasil peserta ini tidak menunggu tinjauan.",
    en: "This participant's result is not awaiting review.",
  },
  BUKAN_PEGAWAI: {
    id: "Akun Anda tidak terhubung dengan data pegawai di instansi ini.",
    en: "Your account is not linked to an employee record in this agency.",
  },
  HASIL_TIDAK_ADA: { id: "Hasil asesmen tidak ditemukan.", en: "Assessment result not found." },
  UNIT_DI_LUAR: {
    id: "Anda hanya dapat melihat rincian pegawai di unit Anda dan sub-unitnya.",
    en: "You may only see individual results in your own unit and its sub-units.",
  },
  UNIT_TIDAK_ADA: { id: "Unit kerja tidak ditemukan.", en: "Work unit not found." },
  KELOMPOK_KECIL: {
    id: "Unit ini tidak ditampilkan: jumlah peserta di bawah batas minimum kelompok.",
    en: "This unit is not shown: fewer participants than the minimum group size.",
  },
  BATAS_TIDAK_VALID: {
    id: "Batas level tidak valid: {alasan}",
    en: "Invalid level cuts: {alasan}",
  },
  BANDING_BELUM_DISKOR: {
    id: "Kedua kampanye harus sudah diskor untuk dibandingkan.",
    en: "Both campaigns must be scored.",
  },
  SAMA: { id: "Pilih dua kampanye yang berbeda.", en: "Choose two different campaigns." },
  BUKAN_NASIONAL: {
    id: "Hanya evaluator nasional (KemenPANRB) yang dapat melakukan ini.",
    en: "Only the national evaluator (KemenPANRB) can do this.",
  },
  RESPONS_KURANG: {
    id: "Kalibrasi ulang memerlukan minimal {min} respons yang sudah dikirim; kampanye ini baru {n}.",
    en: "Recalibration needs at least {min} submitted responses; this campaign has {n}.",
  },
  PARAMETER_TIDAK_ADA: { id: "Versi parameter tidak ditemukan.", en: "Parameter version not found." },
  BANDING_TIDAK_ADA: {
    id: "Perbandingan untuk versi parameter ini tidak ditemukan (bukan hasil kalibrasi ulang, atau job-nya sudah dihapus).",
    en: "No comparison found for this parameter version (not a recalibration, or its job was removed).",
  },
  PARAMETER_BUKAN_DRAF: {
    id: "Hanya versi parameter berstatus draf yang dapat diterbitkan.",
    en: "Only a draft parameter version can be published.",
  },
  SESI_TIDAK_ADA: { id: "Sesi penetapan batas tidak ditemukan.", en: "Standard-setting session not found." },
  SESI_TIDAK_TERBUKA: {
    id: "Sesi penetapan batas ini tidak lagi menerima penilaian (status: {status}).",
    en: "This standard-setting session no longer takes judgements (status: {status}).",
  },
  SESI_BUKAN_DIAJUKAN: {
    id: "Hanya sesi yang sudah diajukan yang dapat diterbitkan atau dikembalikan (status: {status}).",
    en: "Only a proposed session can be published or sent back (status: {status}).",
  },
  HAKIM_KURANG: {
    id: "Penetapan batas memerlukan minimal {min} penilai; baru {n}.",
    en: "Standard setting needs at least {min} judges; there are {n}.",
  },
  PENERBIT_ADALAH_PENGAJU: {
    id: "Batas yang Anda ajukan harus diterbitkan oleh evaluator nasional lain (prinsip empat mata).",
    en: "Cuts you proposed must be published by another national evaluator (four eyes).",
  },
} satisfies Record<string, Teks>;

export type KodeHasil = keyof typeof PESAN_HASIL;

/** A 4xx of this feature with its Bahasa Indonesia / English message; `{x}` placeholders filled from `isian`. */
export function galat(
  status: number,
  kode: KodeHasil,
  isian: Record<string, string | number> = {},
): GalatApi {
  const isi = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(isian[k] ?? `{${k}}`));
  const t = PESAN_HASIL[kode];
  return new GalatApi(status, kode, { pesan: { id: isi(t.id), en: isi(t.en) } });
}
