/**
 * The national item bank (docs/item-bank.md): versions, statements, forms,
 * the linter and design guard, review and publication, QTI export/import.
 * Its registration, and what the assessment area, the results area and the
 * demo use of it.
 */
import { defineFitur } from "../../http/fitur.ts";
import { jobs } from "./jobs.ts";
import { rutePanel } from "./rute-panel.ts";
import { rutePanelAhli } from "./rute-panel-ahli.ts";
import { rutePernyataan } from "./rute-pernyataan.ts";
import { ruteTerbit } from "./rute-terbit.ts";
import { ruteVersi } from "./rute-versi.ts";

export { pastikanBankBawaan } from "./layanan.ts";
export { bukaPanel } from "./panel.ts";
export { formulirTerbit } from "./terbit.ts";

export const fitur = defineFitur({
  nama: "bank-butir",
  grup: [ruteVersi, rutePernyataan, ruteTerbit, rutePanel, rutePanelAhli],
  jobs,
});
