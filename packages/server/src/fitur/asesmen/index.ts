/**
 * Assessment campaigns and test taking (docs/asesmen.md): campaigns of an
 * instansi, the employee's own tests, and the test taken with a printed
 * token. Its registration, and what the demo uses of it.
 */
import { defineFitur } from "../../http/fitur.ts";
import { jobs } from "./jobs.ts";
import { ruteKampanye } from "./rute-kampanye.ts";
import { ruteSaya } from "./rute-saya.ts";
import { rutePublik } from "./rute-ujian.ts";

export { urutanPeserta } from "./urutan.ts";

export const fitur = defineFitur({ nama: "asesmen", grup: [ruteKampanye, ruteSaya, rutePublik], jobs });
