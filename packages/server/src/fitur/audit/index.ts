/**
 * The audit log area (docs/architecture.md "Server feature modules"): what
 * other areas may use of it, and its registration.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteAudit } from "./rute-audit.ts";

/** The spreadsheet formula-injection defence, for every area that writes XLSX/CSV. */
export { amankanSel } from "./sel.ts";

export const fitur = defineFitur({ nama: "audit", grup: [ruteAudit] });
