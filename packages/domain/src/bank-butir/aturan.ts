/**
 * The machine-checkable numbers and word lists of ITEM-WRITING.md, in one
 * place so the linter, the assembler and the docs agree.
 */
export const ATURAN = {
  /** "8–20 words". */
  kataMin: 8,
  kataMaks: 20,
  /** "At least 144 … 12 per sub-dimension." */
  pernyataanPerSubDimensiMin: 12,
  /** "Roughly a third to a half of all statements negatively keyed." */
  proporsiNegatifMin: 1 / 3,
  proporsiNegatifMaks: 1 / 2,
  /** "Matched on social desirability within a block (ratings within 0.5)". */
  selisihKeinginanSosialMaks: 0.5,
  /** "Every sub-dimension measured by at least 9 statements per full form". */
  pernyataanPerSubDimensiFormLengkapMin: 9,
  /** Screening form: 12–16 blocks, at least 3 statements per sub-dimension. */
  blokPenyaringanMin: 12,
  blokPenyaringanMaks: 16,
  pernyataanPerSubDimensiPenyaringanMin: 3,
  /**
   * Anchor set for linking parallel forms: at least a fifth of the blocks
   * (the common rule of thumb of ≥ 20 % common items, Kolen & Brennan).
   */
  proporsiJangkarMin: 0.2,
  /** At least this share of a full form's blocks mix keyed directions (warning below). */
  proporsiBlokCampuranMin: 1 / 3,
} as const;

/**
 * Absolutes ("selalu", "tidak pernah"…): allowed only when the behaviour is
 * genuinely absolute, stated in the statement's `absolutSah` field.
 */
export const KATA_MUTLAK = [
  "selalu",
  "senantiasa",
  "tidak pernah",
  "tak pernah",
  "sama sekali",
  "pasti",
  "mutlak",
  "semua",
  "semuanya",
  "seluruh",
  "segala",
  "setiap saat",
  "kapan pun",
] as const;

/** English words that slip into Indonesian office language, with the Indonesian to use. */
export const KATA_INGGRIS: Record<string, string> = {
  online: "daring",
  offline: "luring",
  meeting: "rapat",
  deadline: "tenggat",
  feedback: "masukan",
  report: "laporan",
  update: "pembaruan",
  upload: "unggah",
  download: "unduh",
  share: "bagikan",
  sharing: "berbagi",
  briefing: "pengarahan",
  follow: "ikuti",
  followers: "pengikut",
  posting: "unggahan",
  chat: "percakapan",
  email: "surel",
  "e-mail": "surel",
  team: "tim",
  teamwork: "kerja sama tim",
  leader: "pemimpin",
  reward: "penghargaan",
  punishment: "hukuman",
  mentoring: "pendampingan",
  coaching: "pembimbingan",
  counseling: "konseling",
  training: "pelatihan",
  workshop: "lokakarya",
  budget: "anggaran",
  staff: "staf",
  office: "kantor",
  the: "—",
  and: "dan",
  or: "atau",
  is: "—",
  my: "saya",
};

/** Words that negate; two in one statement may be a double negative. */
export const KATA_NEGASI = ["tidak", "tak", "bukan", "belum", "jangan", "tanpa"] as const;
