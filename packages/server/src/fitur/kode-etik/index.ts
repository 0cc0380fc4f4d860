/**
 * Code of ethics and conduct with yearly attestation (PermenPANRB 60/2020
 * Tabel 2 II; BAB II.E; docs/kode-etik.md).
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteKelola } from "./rute-kelola.ts";
import { ruteSaya } from "./rute-saya.ts";

export const fitur = defineFitur({ nama: "kode-etik", grup: [ruteSaya, ruteKelola] });

/** For the synergy panel (benturan-kepentingan's summary route) and the shared helpers. */
export { cakupan as cakupanKodeEtik, hariIni, kMinimum, pegawaiSaya } from "./layanan.ts";
export { galatEtik } from "./pesan.ts";
export { PERAN_PEGAWAI } from "./rute-kelola.ts";
