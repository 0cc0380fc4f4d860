/**
 * LHKPN/LHKASN compliance (PermenPANRB 60/2020 Tabel 2 II; docs/gratifikasi.md "LHKPN/LHKASN").
 */
import { defineFitur } from "../../http/fitur.ts";
import { kepatuhanLhkasn, ruteLhkasn, ruteLhkasnSaya } from "./rute-lhkasn.ts";

export const fitur = defineFitur({ nama: "lhkasn", grup: [ruteLhkasn, ruteLhkasnSaya] });

/** The track-record entries of a list (also written by the demo seed). */
export { rekamJejakLhkasn } from "./rekam-jejak.ts";
/** For the synergy panel. */
export { kepatuhanLhkasn };
