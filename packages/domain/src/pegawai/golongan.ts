/**
 * Ranks. PNS: golongan/ruang I/a … IV/e with their pangkat (PP No. 99 Tahun
 * 2000 tentang Kenaikan Pangkat PNS, Lampiran I). PPPK: golongan I … XVII
 * (Perpres No. 98 Tahun 2020 tentang Gaji dan Tunjangan PPPK).
 */
export const GOLONGAN_PNS = [
  { golongan: "I/a", pangkat: "Juru Muda" },
  { golongan: "I/b", pangkat: "Juru Muda Tingkat I" },
  { golongan: "I/c", pangkat: "Juru" },
  { golongan: "I/d", pangkat: "Juru Tingkat I" },
  { golongan: "II/a", pangkat: "Pengatur Muda" },
  { golongan: "II/b", pangkat: "Pengatur Muda Tingkat I" },
  { golongan: "II/c", pangkat: "Pengatur" },
  { golongan: "II/d", pangkat: "Pengatur Tingkat I" },
  { golongan: "III/a", pangkat: "Penata Muda" },
  { golongan: "III/b", pangkat: "Penata Muda Tingkat I" },
  { golongan: "III/c", pangkat: "Penata" },
  { golongan: "III/d", pangkat: "Penata Tingkat I" },
  { golongan: "IV/a", pangkat: "Pembina" },
  { golongan: "IV/b", pangkat: "Pembina Tingkat I" },
  { golongan: "IV/c", pangkat: "Pembina Utama Muda" },
  { golongan: "IV/d", pangkat: "Pembina Utama Madya" },
  { golongan: "IV/e", pangkat: "Pembina Utama" },
] as const;

export type GolonganPns = (typeof GOLONGAN_PNS)[number]["golongan"];

export const GOLONGAN_PPPK = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
] as const;

export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];
export type Golongan = GolonganPns | GolonganPppk;

const SEMUA_GOLONGAN: ReadonlySet<string> = new Set<string>([
  ...GOLONGAN_PNS.map((g) => g.golongan),
  ...GOLONGAN_PPPK,
]);

/**
 * Normalise how ranks are commonly typed ("III a", "iii/A", "3/a", " IV / b ")
 * to the canonical form ("III/a"); returns null when it is not a rank.
 */
export function normalisasiGolongan(masukan: string): Golongan | null {
  const s = masukan.trim().replace(/\s*[/.\- ]\s*/g, "/");
  const m = /^([1-4]|i{1,3}|iv)(?:\/([a-e]))?$/i.exec(s);
  if (m) {
    const romawi = ["I", "II", "III", "IV"];
    const ruang = m[1];
    const angka = /^[1-4]$/.test(ruang) ? romawi[Number(ruang) - 1] : ruang.toUpperCase();
    const kandidat = m[2] ? `${angka}/${m[2].toLowerCase()}` : angka;
    return SEMUA_GOLONGAN.has(kandidat) ? (kandidat as Golongan) : null;
  }
  const pppk = s.toUpperCase();
  return SEMUA_GOLONGAN.has(pppk) ? (pppk as Golongan) : null;
}

export function pangkatDari(golongan: string): string | null {
  return GOLONGAN_PNS.find((g) => g.golongan === golongan)?.pangkat ?? null;
}
