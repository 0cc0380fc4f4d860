import { FAKTOR, type Faktor, SUB_DIMENSI, type SubDimensi } from "./faktor.ts";
import { TINGKAT_KEMATANGAN, type TingkatKematangan } from "./kematangan.ts";
import {
  KEYAKINAN_PELEMAH,
  KEYAKINAN_PENGUAT,
  type KeyakinanPelemah,
  type KeyakinanPenguat,
} from "./keyakinan.ts";
import { KUALITAS_PRIBADI, type KualitasPribadi } from "./kualitas.ts";

/** The whole integrity framework of PermenPANRB 60/2020 BAB II as one value. */
export interface KerangkaIntegritas {
  /** "nasional" or the id of the instansi whose extension is merged in. */
  pemilik: string;
  versi: string;
  kualitas: readonly KualitasPribadi[];
  faktor: readonly Faktor[];
  subDimensi: readonly SubDimensi[];
  keyakinanPenguat: readonly KeyakinanPenguat[];
  keyakinanPelemah: readonly KeyakinanPelemah[];
  kematangan: readonly TingkatKematangan[];
}

export const KERANGKA_NASIONAL: KerangkaIntegritas = {
  pemilik: "nasional",
  versi: "PermenPANRB-60-2020",
  kualitas: KUALITAS_PRIBADI,
  faktor: FAKTOR,
  subDimensi: SUB_DIMENSI,
  keyakinanPenguat: KEYAKINAN_PENGUAT,
  keyakinanPelemah: KEYAKINAN_PELEMAH,
  kematangan: TINGKAT_KEMATANGAN,
};
