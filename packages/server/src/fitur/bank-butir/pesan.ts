/**
 * Messages of the item bank management (Bahasa Indonesia + English), passed
 * to `GalatApi` as its `pesan`; kept here instead of the shared `http/pesan.ts`.
 */
import type { KodeAturan } from "@nurani/domain";
import type { Teks } from "../../http/pesan.ts";

export const PESAN_BANK = {
  BUKAN_EVALUATOR_NASIONAL: {
    id: "Hanya evaluator nasional (KemenPANRB) yang dapat mengubah bank butir nasional.",
    en: "Only the national evaluator (KemenPANRB) may change the national item bank.",
  },
  KUNCI_TERBATAS: {
    id: "Laporan lint menyebut kunci dan keinginan sosial pernyataan; hanya evaluator nasional yang dapat membukanya.",
    en: "The lint report names the statements' keys and social desirability; only the national evaluator may open it.",
  },
  VERSI_TERKUNCI: {
    id: 'Versi {versi} berstatus "{status}": hanya versi draf yang dapat diubah.',
    en: 'Version {versi} is "{status}": only a draft version can be changed.',
  },
  VERSI_TERBIT_TETAP: {
    id: "Versi {versi} sudah terbit dan tidak dapat diubah. Buat versi draf baru dari versi ini.",
    en: "Version {versi} is published and cannot change. Create a new draft version from it.",
  },
  VERSI_GANDA: {
    id: 'Nama versi "{versi}" sudah dipakai.',
    en: 'Version name "{versi}" is already used.',
  },
  ASAL_BUKAN_TERBIT: {
    id: "Versi draf baru hanya dapat disalin dari versi yang sudah terbit.",
    en: "A new draft version can only be copied from a published version.",
  },
  TRANSISI_TIDAK_SAH: {
    id: 'Versi {versi} berstatus "{status}"; tindakan "{aksi}" tidak diperbolehkan dari status ini.',
    en: 'Version {versi} is "{status}"; the action "{aksi}" is not allowed from this state.',
  },
  PENERBIT_ADALAH_PENGAJU: {
    id: "Versi {versi} diajukan untuk ditinjau oleh Anda sendiri. Prinsip empat mata: versi harus diterbitkan oleh evaluator nasional lain yang menelaahnya.",
    en: "You submitted version {versi} for review yourself. Four-eyes rule: it must be published by another national evaluator who reviewed it.",
  },
  PENGAJU_TIDAK_DIKETAHUI: {
    id: "Pengaju versi {versi} tidak tercatat, sehingga prinsip empat mata tidak dapat diperiksa. Kembalikan versi ke draf lalu ajukan kembali.",
    en: "Who submitted version {versi} is not recorded, so the four-eyes rule cannot be checked. Return the version to draft and submit it again.",
  },
  TEKS_TERBIT: {
    id: 'Pernyataan {id} sudah pernah terbit: teks, sub-dimensi dan kuncinya tidak boleh berubah. Tulis teks baru dengan id baru dan tandai {id} "ditarik".',
    en: 'Statement {id} has been published: its text, sub-dimension and keying may not change. Write the new text under a new id and mark {id} "ditarik" (withdrawn).',
  },
  TERBIT_TIDAK_BOLEH_DIHAPUS: {
    id: 'Pernyataan {id} sudah pernah terbit dan tidak boleh dihapus; tandai "ditarik".',
    en: 'Statement {id} has been published and may not be deleted; mark it "ditarik" (withdrawn).',
  },
  PERNYATAAN_DIPAKAI: {
    id: "Pernyataan {id} masih dipakai di blok {blok}; ganti dulu di blok itu.",
    en: "Statement {id} is still used in block {blok}; replace it there first.",
  },
  ID_TIDAK_COCOK: {
    id: "Id pada isi ({isi}) berbeda dengan id pada alamat ({alamat}).",
    en: "The id in the body ({isi}) differs from the id in the URL ({alamat}).",
  },
  TERBIT_ADA_GALAT: {
    id: "Versi belum dapat diterbitkan: ada {n} galat lint. Perbaiki dulu (lihat laporan lint).",
    en: "The version cannot be published: there are {n} lint errors. Fix them first (see the lint report).",
  },
  DESAIN_BELUM: {
    id: "Versi belum dapat diterbitkan: jalankan penjaga desain pada isi versi yang sekarang dan tunggu hasilnya.",
    en: "The version cannot be published: run the design guard on the version's current content and wait for its report.",
  },
  DESAIN_GAGAL: {
    id: "Versi belum dapat diterbitkan: formulir {formulir} tidak memenuhi ambang penjaga desain.",
    en: "The version cannot be published: form(s) {formulir} fail the design guard floor.",
  },
  TANPA_FORMULIR: {
    id: "Versi tanpa formulir tidak dapat diterbitkan.",
    en: "A version without forms cannot be published.",
  },
  KOMENTAR_WAJIB: {
    id: "Tulis komentar peninjau saat mengembalikan versi ke draf.",
    en: "Write a reviewer's comment when returning a version to draft.",
  },
  IMPOR_TIDAK_VALID: {
    id: "Berkas bank butir tidak valid ({n} kesalahan); tidak ada yang disimpan.",
    en: "The item bank file is not valid ({n} errors); nothing was saved.",
  },
  IMPOR_FORMAT: {
    id: "Format berkas tidak dikenali: kirim JSON (bentuk BankButir) atau paket QTI 3.0 (.zip) hasil ekspor Nurani.",
    en: "File format not recognised: send JSON (BankButir shape) or a QTI 3.0 package (.zip) exported by Nurani.",
  },
  QTI_TIDAK_TERBACA: {
    id: "Paket QTI tidak dapat dibaca: {alasan}. Nurani hanya membaca paket QTI yang diekspornya sendiri.",
    en: "The QTI package cannot be read: {alasan}. Nurani only reads QTI packages it exported itself.",
  },
  SUSUN_GAGAL: {
    id: "Formulir tidak dapat disusun dengan benih {benih} (50 percobaan): periksa bahwa setiap sub-dimensi punya cukup pernyataan aktif dengan kedua arah kunci, atau coba benih lain.",
    en: "The forms could not be assembled with seed {benih} (50 attempts): check that every sub-dimension has enough active statements in both keyed directions, or try another seed.",
  },
  FORMULIR_TIDAK_ADA: {
    id: "Formulir {id} tidak ada di versi ini.",
    en: "Form {id} is not in this version.",
  },
  BLOK_TIDAK_ADA: { id: "Blok {id} tidak ada di formulir ini.", en: "Block {id} is not in this form." },
} satisfies Record<string, Teks>;

/** One line per linter rule (docs/item-bank.md "Linter"), for English readers and the rule list. */
export const TEKS_ATURAN: Record<KodeAturan, Teks> = {
  ID_FORMAT: {
    id: "Id berbentuk <sub-dimensi>-<nomor> dan sesuai sub-dimensinya.",
    en: "The id must be <sub-dimension>-<number> and match its sub-dimension.",
  },
  ID_GANDA: { id: "Id harus unik.", en: "Ids must be unique." },
  ORANG_PERTAMA: {
    id: 'Pernyataan berbentuk orang pertama ("saya").',
    en: 'Statements are first person ("saya").',
  },
  JUMLAH_KATA: { id: "Panjang 8–20 kata.", en: "Length must be 8–20 words." },
  KATA_MUTLAK: {
    id: 'Hindari kata mutlak ("selalu", "tidak pernah", …) kecuali ada alasan tercatat.',
    en: 'Avoid absolute words ("selalu" always, "tidak pernah" never, …) unless a reason is recorded.',
  },
  KATA_INGGRIS: {
    id: "Jangan memakai kata bahasa Inggris; gunakan padanan Indonesia.",
    en: "No English office words; use the Indonesian equivalent.",
  },
  GAGASAN_GANDA: {
    id: 'Satu pernyataan, satu gagasan (tanpa "dan/atau" atau garis miring).',
    en: 'One statement, one idea (no "dan/atau" — and/or — or slashes).',
  },
  NOMOR_REGULASI: {
    id: "Jangan menyebut pasal, nomor atau nama peraturan.",
    en: "Do not cite articles, numbers or names of regulations.",
  },
  NEGASI_GANDA: {
    id: "Periksa kemungkinan negasi ganda.",
    en: "Two or more negating words: check for a double negative.",
  },
  SINGKATAN: { id: "Tulis singkatan secara lengkap.", en: "Spell out acronyms." },
  SUBDIMENSI: { id: "Sub-dimensi harus dikenal.", en: "The sub-dimension must be one of the twelve." },
  SUMBER_DEFINISI: {
    id: "Sumber definisi harus tempat definisi sub-dimensi di BAB II.C.",
    en: "The definition source must be the sub-dimension's place in BAB II.C.",
  },
  KEINGINAN_SOSIAL: {
    id: "Keinginan sosial antara 1 dan 5.",
    en: "Social desirability must be between 1 and 5.",
  },
  PENILAI: { id: "Catat penilai keinginan sosial.", en: "Record who rated the social desirability." },
  SITUASI: { id: "Situasi harus dari daftar situasi.", en: "The situation must be one from the list." },
  KEYAKINAN_KUNCI: {
    id: "Kunci positif ↔ keyakinan penguat; kunci negatif ↔ keyakinan pelemah.",
    en: "Positive keying ↔ strengthening belief; negative keying ↔ weakening belief.",
  },
  RIWAYAT: { id: "Setiap pernyataan punya riwayat perubahan.", en: "Every statement needs a change log." },
  JUMLAH_PER_SUBDIMENSI: {
    id: "Minimal 12 pernyataan aktif per sub-dimensi.",
    en: "At least 12 active statements per sub-dimension.",
  },
  PROPORSI_KUNCI: {
    id: "Pernyataan berkunci negatif sepertiga sampai separuh.",
    en: "Negatively keyed statements must be between a third and a half.",
  },
  TEKS_TERBIT_BERUBAH: {
    id: "Teks pernyataan terbit tidak boleh berubah; teks baru memakai id baru.",
    en: "A published statement's text never changes; a new text needs a new id.",
  },
  TERBIT_HILANG: {
    id: 'Pernyataan terbit tidak boleh hilang; tandai "ditarik".',
    en: 'A published statement may not disappear; mark it "ditarik" (withdrawn).',
  },
  TERBIT_TIDAK_TERCATAT: {
    id: "Pernyataan berstatus terbit harus tercatat di register terbit.",
    en: "A statement with status terbit must be in the publication register.",
  },
  BLOK_UKURAN: { id: "Blok berisi tepat tiga pernyataan.", en: "A block has exactly three statements." },
  BLOK_PERNYATAAN_TIDAK_ADA: {
    id: "Pernyataan blok harus ada di bank.",
    en: "Block statements must exist in the bank.",
  },
  BLOK_PERNYATAAN_DITARIK: {
    id: "Blok tidak boleh memuat pernyataan yang ditarik.",
    en: "A block may not use a withdrawn statement.",
  },
  BLOK_SUBDIMENSI_SAMA: {
    id: "Tiga pernyataan blok dari sub-dimensi berbeda.",
    en: "The three statements of a block come from different sub-dimensions.",
  },
  BLOK_SATU_FAKTOR: {
    id: "Sebaiknya blok mencakup dua faktor.",
    en: "A block should span at least two factors.",
  },
  BLOK_KEINGINAN_SOSIAL: {
    id: "Selisih keinginan sosial dalam blok paling banyak 0,5.",
    en: "Desirability spread within a block is at most 0.5.",
  },
  BLOK_SITUASI_SAMA: {
    id: "Pernyataan dalam satu blok tidak berbagi situasi.",
    en: "Statements of a block may not share a situation.",
  },
  FORM_BLOK_GANDA: { id: "Setiap blok sekali per formulir.", en: "Each block appears once per form." },
  FORM_PERNYATAAN_GANDA: {
    id: "Setiap pernyataan sekali per formulir.",
    en: "Each statement appears once per form.",
  },
  FORM_CAKUPAN: {
    id: "Minimal 9 pernyataan per sub-dimensi (formulir lengkap), 3 (penyaringan).",
    en: "At least 9 statements per sub-dimension (full form), 3 (screening form).",
  },
  FORM_KUNCI_SUBDIMENSI: {
    id: "Kedua arah kunci ada di setiap sub-dimensi formulir.",
    en: "Both keyed directions appear in every sub-dimension of a form.",
  },
  FORM_CAMPURAN_KUNCI: {
    id: "Formulir memuat blok positif semua, negatif semua dan campuran.",
    en: "A form has all-positive, all-negative and mixed blocks (mixed at least a third).",
  },
  FORM_JUMLAH_BLOK: { id: "Formulir penyaringan 12–16 blok.", en: "A screening form has 12–16 blocks." },
  FORM_JANGKAR: {
    id: "Jangkar ada di formulir; formulir paralel berbagi jangkar yang sama, ≥ 20 % blok.",
    en: "Anchors exist in the form; parallel full forms share the same anchors, ≥ 20 % of blocks.",
  },
  BLOK_TIDAK_KONSISTEN: {
    id: "Id blok berarti pernyataan yang sama di semua formulir.",
    en: "A block id means the same statements in every form.",
  },
};
