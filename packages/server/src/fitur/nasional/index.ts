/**
 * The national area (BAB IV; docs/nasional.md Part II): the agency register,
 * account activation by one-time code, the national dashboard and report.
 * Evaluation periods, worksheets, rankings and recommendations are
 * fitur/evaluasi's.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteAktivasi } from "./rute-aktivasi.ts";
import { ruteImpor } from "./rute-impor.ts";
import { ruteInstansi, ruteTren } from "./rute-instansi.ts";
import { ruteLaporan, ruteSebaran } from "./rute-laporan.ts";

export type { GalatImpor, RingkasanImpor } from "./impor.ts";
export { pesanGalatImpor } from "./impor-pesan.ts";
/** For the CLI and the seeds. */
export { aturAktif, buatAdminPertama, tambahInstansi } from "./layanan.ts";
export { bekukanIndeksPeriode } from "./periode.ts";
export {
  type IndeksKampanye,
  indeksKampanye,
  kampanyeTerakhirDirilis,
  segarkanBasi,
  segarkanInstansi,
} from "./ringkasan.ts";
export { buatImporInstansi, konfirmasiImporInstansi } from "./rute-impor.ts";

export const fitur = defineFitur({
  nama: "nasional",
  grup: [ruteInstansi, ruteAktivasi, ruteLaporan, ruteSebaran, ruteImpor, ruteTren],
});
