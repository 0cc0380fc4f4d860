import type { Teks } from "./teks.ts";

/**
 * The four personal qualities by which integrity is measured:
 * PermenPANRB 60/2020 Pasal 3 ayat (1) huruf a–d, restated in BAB II.A
 * from UU 5/2014 Pasal 69 ayat (4).
 */
export const KODE_KUALITAS = ["kejujuran", "kepatuhan", "kerjaSama", "pengabdian"] as const;
export type KodeKualitas = (typeof KODE_KUALITAS)[number];

export interface KualitasPribadi {
  kode: KodeKualitas;
  nama: Teks;
  sumber: string;
}

export const KUALITAS_PRIBADI: readonly KualitasPribadi[] = [
  {
    kode: "kejujuran",
    nama: { id: "Kejujuran", en: "Honesty" },
    sumber: "Pasal 3 ayat (1) huruf a",
  },
  {
    kode: "kepatuhan",
    nama: {
      id: "Kepatuhan terhadap peraturan perundang-undangan",
      en: "Compliance with laws and regulations",
    },
    sumber: "Pasal 3 ayat (1) huruf b",
  },
  {
    kode: "kerjaSama",
    nama: { id: "Kemampuan bekerja sama", en: "Ability to cooperate" },
    sumber: "Pasal 3 ayat (1) huruf c",
  },
  {
    kode: "pengabdian",
    nama: {
      id: "Pengabdian kepada masyarakat, bangsa dan negara",
      en: "Devotion to society, nation and state",
    },
    sumber: "Pasal 3 ayat (1) huruf d",
  },
];
