import { type Galat, galat } from "../program/galat.ts";
import { tanggalValid } from "../program/tanggal.ts";
import { isJenisInstansi, type JenisInstansi } from "./jenis-instansi.ts";

/**
 * An evaluation period (periode evaluasi, e.g. "Evaluasi 2027") of the
 * Ministry's regular assessment (BAB IV "secara reguler"): the categories
 * taking part, the worksheet version used, and its timeline — the
 * agencies' self-assessment window, the review window (it may start while
 * self-assessment is still open, as submitted worksheets arrive), and the
 * publication date. Dates are whole days (`YYYY-MM-DD`, Asia/Jakarta),
 * windows include both ends. What may be done is a pure function of the
 * period and today (`periksaAksiPeriode`); the worksheet's own state
 * (lke/lembar.ts) is checked on top.
 */
export interface RentangTanggal {
  mulai: string;
  selesai: string;
}

export interface PeriodeEvaluasi {
  kode: string;
  nama: string;
  tahun: number;
  jenisPeserta: readonly JenisInstansi[];
  /** Worksheet version (must be published). */
  versiLke: string;
  penilaianMandiri: RentangTanggal;
  reviu: RentangTanggal;
  publikasi: string;
}

export const FASE_PERIODE = [
  "belum_mulai",
  "penilaian_mandiri",
  "reviu",
  "menunggu_publikasi",
  "terbit",
] as const;
export type FasePeriode = (typeof FASE_PERIODE)[number];

export const AKSI_PERIODE = [
  "ubah_jadwal",
  "isi_lke",
  "kirim_lke",
  "kembalikan_lke",
  "reviu_lke",
  "finalisasi_lke",
  "setujui_lke",
  "kirim_rekomendasi",
  "terbitkan_peringkat",
  "lihat_posisi",
] as const;
export type AksiPeriode = (typeof AKSI_PERIODE)[number];

const S = 'BAB IV; docs/nasional.md "Periode evaluasi"';
const POLA_KODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** Everything wrong with a period as written (empty when nothing). */
export function validasiPeriode(p: PeriodeEvaluasi, versiLkeTerbit: readonly string[]): Galat[] {
  const g: Galat[] = [];
  const salah = (kode: string, id: string, en: string, bidang: string) =>
    g.push(galat(kode, S, id, en, bidang));
  if (typeof p.kode !== "string" || !POLA_KODE.test(p.kode))
    salah(
      "KODE_PERIODE_TIDAK_SAH",
      "Kode periode: huruf, angka, . _ -, paling panjang 32 (mis. EVAL-2027).",
      "Period code: letters, digits, . _ -, at most 32 (e.g. EVAL-2027).",
      "kode",
    );
  if (typeof p.nama !== "string" || p.nama.trim() === "" || p.nama.length > 100)
    salah(
      "NAMA_PERIODE_TIDAK_SAH",
      "Nama periode wajib diisi (paling panjang 100 karakter).",
      "The period name is required (at most 100 characters).",
      "nama",
    );
  if (!Number.isInteger(p.tahun) || p.tahun < 2020 || p.tahun > 2100)
    salah(
      "TAHUN_TIDAK_SAH",
      "Tahun periode harus bilangan bulat 2020–2100.",
      "The period year must be a whole number 2020–2100.",
      "tahun",
    );
  const jenis = Array.isArray(p.jenisPeserta) ? p.jenisPeserta : [];
  if (jenis.length === 0 || !jenis.every(isJenisInstansi) || new Set(jenis).size !== jenis.length)
    salah(
      "PESERTA_TIDAK_SAH",
      "Pilih paling sedikit satu jenis instansi peserta, masing-masing sekali.",
      "Choose at least one participating agency category, each once.",
      "jenisPeserta",
    );
  if (!versiLkeTerbit.includes(p.versiLke))
    salah(
      "VERSI_LKE_BELUM_TERBIT",
      `Versi LKE "${p.versiLke}" belum terbit; periode memakai versi yang sudah terbit.`,
      `Worksheet version "${p.versiLke}" is not published; a period uses a published version.`,
      "versiLke",
    );
  const tanggal: [string, unknown][] = [
    ["penilaianMandiri.mulai", p.penilaianMandiri?.mulai],
    ["penilaianMandiri.selesai", p.penilaianMandiri?.selesai],
    ["reviu.mulai", p.reviu?.mulai],
    ["reviu.selesai", p.reviu?.selesai],
    ["publikasi", p.publikasi],
  ];
  const salahTanggal = tanggal.filter(([, t]) => !tanggalValid(t));
  for (const [bidang] of salahTanggal)
    salah(
      "TANGGAL_TIDAK_VALID",
      "Tanggal harus tanggal yang ada (YYYY-MM-DD).",
      "The date must be a real date (YYYY-MM-DD).",
      bidang,
    );
  if (salahTanggal.length > 0) return g;
  const { penilaianMandiri: pm, reviu: rv } = p;
  if (pm.mulai > pm.selesai)
    salah(
      "URUTAN_TANGGAL",
      "Penilaian mandiri harus berakhir pada atau setelah mulainya.",
      "Self-assessment must end on or after it starts.",
      "penilaianMandiri.selesai",
    );
  if (rv.mulai < pm.mulai)
    salah(
      "URUTAN_TANGGAL",
      "Reviu tidak dapat dimulai sebelum penilaian mandiri dimulai.",
      "Review cannot start before self-assessment starts.",
      "reviu.mulai",
    );
  if (rv.selesai < rv.mulai || rv.selesai < pm.selesai)
    salah(
      "URUTAN_TANGGAL",
      "Reviu harus berakhir pada atau setelah mulainya dan setelah penilaian mandiri berakhir.",
      "Review must end on or after it starts and after self-assessment ends.",
      "reviu.selesai",
    );
  if (p.publikasi <= rv.selesai)
    salah(
      "URUTAN_TANGGAL",
      "Tanggal publikasi harus setelah reviu berakhir.",
      "Publication must come after the review ends.",
      "publikasi",
    );
  return g;
}

const dalam = (r: RentangTanggal, hari: string) => r.mulai <= hari && hari <= r.selesai;

/** Where the period stands on `hariIni`. Review may overlap self-assessment; self-assessment is reported then. */
export function fasePeriode(p: PeriodeEvaluasi, hariIni: string): FasePeriode {
  if (hariIni < p.penilaianMandiri.mulai) return "belum_mulai";
  if (hariIni <= p.penilaianMandiri.selesai) return "penilaian_mandiri";
  if (hariIni <= p.reviu.selesai) return "reviu";
  if (hariIni < p.publikasi) return "menunggu_publikasi";
  return "terbit";
}

export function ikutSerta(p: PeriodeEvaluasi, jenis: JenisInstansi): boolean {
  return p.jenisPeserta.includes(jenis);
}

const WAKTU_AKSI: Record<AksiPeriode, (p: PeriodeEvaluasi, h: string) => boolean> = {
  ubah_jadwal: (p, h) => h < p.publikasi,
  isi_lke: (p, h) => dalam(p.penilaianMandiri, h),
  kirim_lke: (p, h) => dalam(p.penilaianMandiri, h),
  kembalikan_lke: (p, h) => dalam(p.penilaianMandiri, h) && dalam(p.reviu, h),
  reviu_lke: (p, h) => dalam(p.reviu, h),
  finalisasi_lke: (p, h) => dalam(p.reviu, h),
  setujui_lke: (p, h) => dalam(p.reviu, h),
  kirim_rekomendasi: (p, h) => h >= p.reviu.mulai,
  terbitkan_peringkat: (p, h) => h >= p.publikasi,
  lihat_posisi: (p, h) => h >= p.publikasi,
};

const WAKTU_TEKS: Record<AksiPeriode, (p: PeriodeEvaluasi) => [string, string]> = {
  ubah_jadwal: (p) => [`sebelum publikasi (${p.publikasi})`, `before publication (${p.publikasi})`],
  isi_lke: (p) => [
    `dalam masa penilaian mandiri (${p.penilaianMandiri.mulai} s.d. ${p.penilaianMandiri.selesai})`,
    `within self-assessment (${p.penilaianMandiri.mulai} to ${p.penilaianMandiri.selesai})`,
  ],
  kirim_lke: (p) => WAKTU_TEKS.isi_lke(p),
  kembalikan_lke: (p) => [
    `ketika masa penilaian mandiri dan masa reviu sama-sama berjalan (${p.penilaianMandiri.mulai}–${p.penilaianMandiri.selesai}, ${p.reviu.mulai}–${p.reviu.selesai})`,
    `while both self-assessment and review are open (${p.penilaianMandiri.mulai}–${p.penilaianMandiri.selesai}, ${p.reviu.mulai}–${p.reviu.selesai})`,
  ],
  reviu_lke: (p) => [
    `dalam masa reviu (${p.reviu.mulai} s.d. ${p.reviu.selesai})`,
    `within review (${p.reviu.mulai} to ${p.reviu.selesai})`,
  ],
  finalisasi_lke: (p) => WAKTU_TEKS.reviu_lke(p),
  setujui_lke: (p) => WAKTU_TEKS.reviu_lke(p),
  kirim_rekomendasi: (p) => [
    `sejak reviu dimulai (${p.reviu.mulai})`,
    `from the start of review (${p.reviu.mulai})`,
  ],
  terbitkan_peringkat: (p) => [
    `sejak tanggal publikasi (${p.publikasi})`,
    `from the publication date (${p.publikasi})`,
  ],
  lihat_posisi: (p) => WAKTU_TEKS.terbitkan_peringkat(p),
};

/** Null when `aksi` may be done on `hariIni` in this period; otherwise the refusal, naming when it may. */
export function periksaAksiPeriode(p: PeriodeEvaluasi, aksi: AksiPeriode, hariIni: string): Galat | null {
  if (WAKTU_AKSI[aksi](p, hariIni)) return null;
  const [id, en] = WAKTU_TEKS[aksi](p);
  return galat(
    "DI_LUAR_JADWAL",
    S,
    `Tindakan ini hanya dapat dilakukan ${id}.`,
    `This can only be done ${en}.`,
  );
}

export function aksiTersedia(p: PeriodeEvaluasi, hariIni: string): AksiPeriode[] {
  return AKSI_PERIODE.filter((a) => WAKTU_AKSI[a](p, hariIni));
}

/**
 * Changing a period's timeline: anything before self-assessment starts;
 * afterwards the code, year, categories, worksheet version and
 * self-assessment start are fixed, a date already past cannot move, and a
 * date may not be moved into the past. Nothing changes once published.
 */
export function periksaUbahPeriode(
  lama: PeriodeEvaluasi,
  baru: PeriodeEvaluasi,
  hariIni: string,
  versiLkeTerbit: readonly string[],
): Galat[] {
  const ubah = periksaAksiPeriode(lama, "ubah_jadwal", hariIni);
  if (ubah) return [ubah];
  const g = validasiPeriode(baru, versiLkeTerbit);
  if (g.length > 0 || hariIni < lama.penilaianMandiri.mulai) return g;
  const sama = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const tetap: [string, unknown, unknown][] = [
    ["kode", lama.kode, baru.kode],
    ["tahun", lama.tahun, baru.tahun],
    ["jenisPeserta", lama.jenisPeserta, baru.jenisPeserta],
    ["versiLke", lama.versiLke, baru.versiLke],
    ["penilaianMandiri.mulai", lama.penilaianMandiri.mulai, baru.penilaianMandiri.mulai],
  ];
  for (const [bidang, a, b] of tetap)
    if (!sama(a, b))
      g.push(
        galat(
          "PERIODE_SUDAH_BERJALAN",
          S,
          "Periode sudah berjalan; isian ini tidak dapat diubah lagi.",
          "The period is under way; this can no longer change.",
          bidang,
        ),
      );
  const tanggal: [string, string, string][] = [
    ["penilaianMandiri.selesai", lama.penilaianMandiri.selesai, baru.penilaianMandiri.selesai],
    ["reviu.mulai", lama.reviu.mulai, baru.reviu.mulai],
    ["reviu.selesai", lama.reviu.selesai, baru.reviu.selesai],
    ["publikasi", lama.publikasi, baru.publikasi],
  ];
  for (const [bidang, a, b] of tanggal) {
    if (a === b) continue;
    if (a < hariIni)
      g.push(
        galat(
          "TANGGAL_SUDAH_LEWAT",
          S,
          `Tanggal ${a} sudah lewat dan tidak dapat diubah.`,
          `Date ${a} has passed and cannot change.`,
          bidang,
        ),
      );
    else if (b < hariIni)
      g.push(
        galat(
          "TANGGAL_DI_MASA_LALU",
          S,
          `Tanggal baru ${b} sudah lewat.`,
          `The new date ${b} is in the past.`,
          bidang,
        ),
      );
  }
  return g;
}
