/**
 * The notification core (docs/server.md "Notifications"): what other areas
 * use of it (`beritahu`, the kind a preference is set for), and its
 * registration: my notifications' routes and the email job.
 */
import { defineFitur, grupRute } from "../../http/fitur.ts";
import { jobs, routes } from "./rute-notifikasi.ts";

export { beritahu, JOB_EMAIL_NOTIFIKASI, kelompokJenis, type Pemberitahuan } from "./beritahu.ts";

export const fitur = defineFitur({
  nama: "notifikasi",
  grup: [grupRute("/api/instansi/:instansiId/notifikasi", routes)],
  jobs,
});
