/**
 * Employee import (docs/api.md): the area's registration, and what the CLI
 * `nurani import-pegawai` uses of it.
 */
import { defineFitur } from "../../http/fitur.ts";
import { jobs } from "./jobs.ts";
import { ruteImpor } from "./rute-impor.ts";

export { BATAS_BAWAAN, type BarisSel, barisCsv, barisXlsx, deteksiFormat, formatUkuran } from "./baca.ts";
export { BATAS_XLSX, periksaBatasXlsx } from "./batas-xlsx.ts";
export { type GalatBerkas, pesanGalatBerkas } from "./galat-berkas.ts";
export { buatImpor, tulisImpor, validasiImporTersimpan } from "./layanan.ts";
export { pesanGalatBaris } from "./validasi.ts";

export const fitur = defineFitur({ nama: "impor", grup: [ruteImpor], jobs });
