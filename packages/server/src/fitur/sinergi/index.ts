/**
 * Institutional synergy across the registers (PermenPANRB 60/2020 Tabel 2 II;
 * docs/sinergi.md): the per-year indicators for the panel and the worksheet.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteTren } from "./rute-tren.ts";

export const fitur = defineFitur({ nama: "sinergi", grup: [ruteTren] });

/** For the national worksheet prefill (`evaluasi/kueri.ts`). */
export { type IndikatorTahun, indikatorTahun, trenSinergi } from "./tren.ts";
