/**
 * The audit log area (docs/architecture.md "Server feature modules"): what
 * other areas may use of it, and its registration.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteAudit } from "./rute-audit.ts";

export const fitur = defineFitur({ nama: "audit", grup: [ruteAudit] });
