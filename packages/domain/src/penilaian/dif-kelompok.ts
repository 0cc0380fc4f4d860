/**
 * The groupings the recalibration tests for DIF (docs/hasil.md "DIF of the forced-choice pairs":
 * sex, age group, rank, region), from what the `pegawai` record holds:
 * `jenis_kelamin`, `tanggal_lahir`, `golongan` (PNS golongan/ruang I/a–IV/e
 * grouped by golongan I–IV; PPPK golongan I–XVII as one group) and
 * `jenis_jabatan` (struktural / fungsional / pelaksana). Region is not held:
 * neither the agency nor its units record a province, and a campaign belongs
 * to one agency (docs/hasil.md).
 */
import type { TirtModel } from "@nurani/irt";
import { normalisasiGolongan } from "../pegawai/golongan.ts";
import { type DifPasangan, difDimurnikan, type HasilDifMurni, type OpsiDif } from "./dif.ts";

export interface AtributDif {
  jenisKelamin: "L" | "P" | null;
  /** YYYY-MM-DD. */
  tanggalLahir: string | null;
  golongan: string | null;
  jenisJabatan: "struktural" | "fungsional" | "pelaksana" | null;
}

export const VARIABEL_DIF = [
  { kode: "jenisKelamin", label: "Jenis kelamin" },
  { kode: "kelompokUsia", label: "Kelompok usia" },
  { kode: "golongan", label: "Golongan" },
  { kode: "jenisJabatan", label: "Jenis jabatan" },
] as const;

export type KodeVariabelDif = (typeof VARIABEL_DIF)[number]["kode"];

export const WILAYAH_DIF_TIDAK_TERSEDIA =
  "Wilayah tidak diuji: data instansi dan unit kerja tidak memuat provinsi, dan satu kampanye milik satu instansi.";

/** Age in whole years at `tanggal` (both YYYY-MM-DD). */
export function usiaPada(tanggalLahir: string, tanggal: string): number {
  const [y1, m1, d1] = tanggalLahir.split("-").map(Number);
  const [y2, m2, d2] = tanggal.split("-").map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

/** Age group at `tanggal`: < 30, 30–39, 40–49, ≥ 50 years. */
export function kelompokUsia(tanggalLahir: string | null, tanggal: string): string | null {
  if (!tanggalLahir || !/^\d{4}-\d{2}-\d{2}/.test(tanggalLahir)) return null;
  const u = usiaPada(tanggalLahir.slice(0, 10), tanggal);
  if (u < 30) return "< 30 tahun";
  if (u < 40) return "30–39 tahun";
  if (u < 50) return "40–49 tahun";
  return "≥ 50 tahun";
}

/** PNS "III/b" → "Golongan III"; PPPK "IX" → "PPPK"; not a rank (`normalisasiGolongan`) → null. */
export function kelompokGolongan(golongan: string | null): string | null {
  const g = golongan ? normalisasiGolongan(golongan) : null;
  if (!g) return null;
  return g.includes("/") ? `Golongan ${g.slice(0, g.indexOf("/"))}` : "PPPK";
}

const NAMA_JABATAN = { struktural: "Struktural", fungsional: "Fungsional", pelaksana: "Pelaksana" } as const;

/** Group names of every person for each grouping variable. */
export function kelompokDif(
  atribut: readonly AtributDif[],
  tanggal: string,
): Record<KodeVariabelDif, (string | null)[]> {
  return {
    jenisKelamin: atribut.map((a) =>
      a.jenisKelamin === "L" ? "Laki-laki" : a.jenisKelamin === "P" ? "Perempuan" : null,
    ),
    kelompokUsia: atribut.map((a) => kelompokUsia(a.tanggalLahir, tanggal)),
    golongan: atribut.map((a) => kelompokGolongan(a.golongan)),
    jenisJabatan: atribut.map((a) => (a.jenisJabatan ? NAMA_JABATAN[a.jenisJabatan] : null)),
  };
}

export interface DifPasanganBernama extends DifPasangan {
  /** Statement ids of the pair: y = 1 when `pertama` is preferred to `kedua`. */
  pertama: string;
  kedua: string;
  blok: string;
}

export interface DifVariabel extends Omit<HasilDifMurni, "pasangan"> {
  kode: KodeVariabelDif;
  label: string;
  /** Persons with no value for this variable (left out). */
  tanpaData: number;
  jumlahDitandai: number;
  /** Every pair, flagged first, then by adjusted p-value. */
  pasangan: DifPasanganBernama[];
}

export interface DifKalibrasi {
  metode: string;
  alpha: number;
  minKelompok: number;
  variabel: DifVariabel[];
  wilayah: string;
}

export const METODE_DIF =
  "Regresi logistik per pasangan bersyarat pada prediksi model dari trait taksiran (Swaminathan & Rogers 1990) dengan pemurnian, uji rasio kemungkinan, koreksi Benjamini–Hochberg, besaran P-DIF tak bertanda";

/**
 * DIF of every pair for one grouping variable (`kelompok` = each person's
 * group, from `kelompokDif`), with `model` and the persons' estimated traits
 * `theta` (persons × traits) from that model; pairs named by statement ids.
 */
export function difVariabel(
  model: TirtModel,
  theta: Float64Array,
  outcomes: Int8Array,
  kelompok: readonly (string | null)[],
  kode: KodeVariabelDif,
  opsi: OpsiDif = {},
): DifVariabel {
  const layout = model.layout;
  const ids = layout.design.blocks.flatMap((b) => b.statements.map((s) => s.id));
  const h = difDimurnikan(model, theta, outcomes, kelompok.length, kelompok, opsi);
  const pasangan = h.pasangan
    .map((d) => {
      const pr = layout.pairs[d.pasangan];
      return { ...d, pertama: ids[pr.first], kedua: ids[pr.second], blok: layout.design.blocks[pr.block].id };
    })
    .sort((a, b) => Number(b.ditandai) - Number(a.ditandai) || a.q - b.q || a.pasangan - b.pasangan);
  return {
    ...h,
    kode,
    label: VARIABEL_DIF.find((v) => v.kode === kode)?.label ?? kode,
    tanpaData: kelompok.filter((g) => g == null).length,
    jumlahDitandai: pasangan.filter((d) => d.ditandai).length,
    pasangan,
  };
}

/** `difVariabel` for every grouping of `VARIABEL_DIF`, from the persons' `pegawai` attributes. */
export function difKalibrasi(
  model: TirtModel,
  theta: Float64Array,
  outcomes: Int8Array,
  atribut: readonly AtributDif[],
  tanggal: string,
  opsi: OpsiDif & { minKelompok: number; alpha: number },
): DifKalibrasi {
  const kel = kelompokDif(atribut, tanggal);
  return {
    metode: METODE_DIF,
    alpha: opsi.alpha,
    minKelompok: opsi.minKelompok,
    variabel: VARIABEL_DIF.map(({ kode }) => difVariabel(model, theta, outcomes, kel[kode], kode, opsi)),
    wilayah: WILAYAH_DIF_TIDAK_TERSEDIA,
  };
}
