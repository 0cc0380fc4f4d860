import { KODE_SUBDIMENSI } from "../kerangka/faktor.ts";
import { PERNYATAAN_NASIONAL } from "./pernyataan/index.ts";
import type { Formulir, Pernyataan } from "./tipe.ts";

/** The Thurstonian design format of the psychometrics engine (`design.json`, packages/irt tirt). */
export interface DesainTirt {
  traits: string[];
  blocks: { id: string; statements: { id: string; trait: string; keyed: 1 | -1 }[] }[];
}

/**
 * Export a form as a Thurstonian IRT design: the 12 sub-dimensions are the
 * traits, statements keep their keyed direction. Statements are looked up in
 * the national bank unless another list is given.
 */
export function toTirtDesign(
  form: Formulir,
  pernyataan: readonly Pernyataan[] = PERNYATAAN_NASIONAL,
): DesainTirt {
  const indeks = new Map(pernyataan.map((p) => [p.id, p]));
  return {
    traits: [...KODE_SUBDIMENSI],
    blocks: form.blok.map((b) => ({
      id: b.id,
      statements: b.pernyataan.map((id) => {
        const p = indeks.get(id);
        if (!p) throw new Error(`Pernyataan ${id} pada blok ${b.id} tidak ada di bank.`);
        return { id: p.id, trait: p.subDimensi, keyed: p.kunci };
      }),
    })),
  };
}
