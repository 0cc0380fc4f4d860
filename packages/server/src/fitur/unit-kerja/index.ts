/**
 * The unit tree area (docs/architecture.md "Server feature modules"): what
 * other areas may use of it, and its registration.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteUnit } from "./rute-unit.ts";

/** The ids of a unit and all its sub-units (a subquery, within one instansi). */
export { subPohon } from "./kueri.ts";

export const fitur = defineFitur({ nama: "unit-kerja", grup: [ruteUnit] });
