import type { Pernyataan } from "../tipe.ts";
import { PERNYATAAN_DAYA_NALAR } from "./daya-nalar.ts";
import { PERNYATAAN_KEBERANIAN_MORAL } from "./keberanian-moral.ts";
import { PERNYATAAN_KEYAKINAN_DASAR } from "./keyakinan-dasar.ts";

/** The 144 statements of the national bank, version 1 (draft, awaiting panel review). */
export const PERNYATAAN_NASIONAL: readonly Pernyataan[] = [
  ...PERNYATAAN_KEYAKINAN_DASAR,
  ...PERNYATAAN_DAYA_NALAR,
  ...PERNYATAAN_KEBERANIAN_MORAL,
];
