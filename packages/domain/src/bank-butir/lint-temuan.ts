/**
 * What the item-bank linter reports (ITEM-WRITING.md): the rule codes, a
 * finding, and the two ways to make one (an error blocks publication, a
 * warning asks for review).
 */
export type Keparahan = "galat" | "peringatan";

export type KodeAturan =
  | "ID_FORMAT"
  | "ID_GANDA"
  | "ORANG_PERTAMA"
  | "JUMLAH_KATA"
  | "KATA_MUTLAK"
  | "KATA_INGGRIS"
  | "GAGASAN_GANDA"
  | "NOMOR_REGULASI"
  | "NEGASI_GANDA"
  | "SINGKATAN"
  | "SUBDIMENSI"
  | "SUMBER_DEFINISI"
  | "KEINGINAN_SOSIAL"
  | "PENILAI"
  | "SITUASI"
  | "KEYAKINAN_KUNCI"
  | "RIWAYAT"
  | "JUMLAH_PER_SUBDIMENSI"
  | "PROPORSI_KUNCI"
  | "TEKS_TERBIT_BERUBAH"
  | "TERBIT_HILANG"
  | "TERBIT_TIDAK_TERCATAT"
  | "BLOK_UKURAN"
  | "BLOK_PERNYATAAN_TIDAK_ADA"
  | "BLOK_PERNYATAAN_DITARIK"
  | "BLOK_SUBDIMENSI_SAMA"
  | "BLOK_SATU_FAKTOR"
  | "BLOK_KEINGINAN_SOSIAL"
  | "BLOK_SITUASI_SAMA"
  | "FORM_BLOK_GANDA"
  | "FORM_PERNYATAAN_GANDA"
  | "FORM_CAKUPAN"
  | "FORM_KUNCI_SUBDIMENSI"
  | "FORM_CAMPURAN_KUNCI"
  | "FORM_JUMLAH_BLOK"
  | "FORM_JANGKAR"
  | "BLOK_TIDAK_KONSISTEN";

export interface Temuan {
  aturan: KodeAturan;
  keparahan: Keparahan;
  lokasi: string;
  pesan: string;
}

/** Published statement texts by id: a published text never changes in place (ITEM-WRITING.md "Review"). */
export type RegisterTerbit = Readonly<Record<string, string>>;

export const galat = (aturan: KodeAturan, lokasi: string, pesan: string): Temuan => ({
  aturan,
  keparahan: "galat",
  lokasi,
  pesan,
});
export const peringatan = (aturan: KodeAturan, lokasi: string, pesan: string): Temuan => ({
  aturan,
  keparahan: "peringatan",
  lokasi,
  pesan,
});

export const persen = (x: number) => `${Math.round(x * 100)}%`;
