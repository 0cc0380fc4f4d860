/**
 * Roles that follow decrees (Tabel 3 no. 1 and no. 6): what other areas may
 * use of it (the programme puts decrees in force and ends them; user
 * administration keeps decree roles when the admin sets roles), and its
 * registration.
 */
import { defineFitur } from "../../http/fitur.ts";
import { rutePeranSk } from "./rute-peran-sk.ts";

export { asalPeran } from "./kueri.ts";
export { akhiriSk, selaraskan, terapkanSk, tetapkanPeranAdmin } from "./layanan.ts";

export const fitur = defineFitur({ nama: "peran-sk", grup: [rutePeranSk] });
