import type { Teks } from "./teks.ts";

/**
 * Individual beliefs that strengthen or weaken integrity, BAB II.C (opening
 * paragraph): "Keyakinan individu yang dapat memperkuat Integritas individu,
 * antara lain: jujur, adil, idealisme, independen, dan bermartabat.
 * Sebaliknya, keyakinan individu yang dapat melemahkan Integritas individu
 * antara lain: curang, pragmatis sempit, kepentingan untuk pribadi
 * dan/kelompoknya, serta diskriminatif."
 */
export const KEYAKINAN_PENGUAT = ["jujur", "adil", "idealisme", "independen", "bermartabat"] as const;
export const KEYAKINAN_PELEMAH = [
  "curang",
  "pragmatisSempit",
  "kepentinganPribadiKelompok",
  "diskriminatif",
] as const;

export type KeyakinanPenguat = (typeof KEYAKINAN_PENGUAT)[number];
export type KeyakinanPelemah = (typeof KEYAKINAN_PELEMAH)[number];
export type Keyakinan = KeyakinanPenguat | KeyakinanPelemah;

export const SUMBER_KEYAKINAN = "BAB II.C";

export const NAMA_KEYAKINAN: Record<Keyakinan, Teks> = {
  jujur: { id: "Jujur", en: "Honest" },
  adil: { id: "Adil", en: "Fair" },
  idealisme: { id: "Idealisme", en: "Idealism" },
  independen: { id: "Independen", en: "Independent" },
  bermartabat: { id: "Bermartabat", en: "Dignified" },
  curang: { id: "Curang", en: "Cheating" },
  pragmatisSempit: { id: "Pragmatis sempit", en: "Narrow pragmatism" },
  kepentinganPribadiKelompok: {
    id: "Kepentingan untuk pribadi atau kelompoknya",
    en: "Serving one's own or one's group's interest",
  },
  diskriminatif: { id: "Diskriminatif", en: "Discriminatory" },
};

export function isKeyakinanPenguat(k: string): k is KeyakinanPenguat {
  return (KEYAKINAN_PENGUAT as readonly string[]).includes(k);
}

export function isKeyakinanPelemah(k: string): k is KeyakinanPelemah {
  return (KEYAKINAN_PELEMAH as readonly string[]).includes(k);
}
