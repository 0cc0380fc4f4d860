/**
 * Jobs seen from the UI (docs/server.md "Background jobs"): an operator
 * cancels a queued or running job. The queue itself is `src/jobs/`.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteJobInstansi, ruteJobNasional } from "./rute-job.ts";

export { PERAN_BATAL_INSTANSI, PERAN_BATAL_NASIONAL } from "./aturan.ts";

export const fitur = defineFitur({ nama: "job", grup: [ruteJobInstansi, ruteJobNasional] });
