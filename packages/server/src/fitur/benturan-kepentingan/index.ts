/**
 * Conflict-of-interest declarations and the synergy figures of the ethics
 * registers (PermenPANRB 60/2020 Tabel 2 II "sistem integritas"; docs/kode-etik.md).
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteRegister } from "./rute-register.ts";
import { ruteRingkasan } from "./rute-ringkasan.ts";
import { ruteAtasan, ruteSaya } from "./rute-saya.ts";

export const fitur = defineFitur({
  nama: "benturan-kepentingan",
  grup: [ruteSaya, ruteAtasan, ruteRegister, ruteRingkasan],
});

/** For the demo seed. */
/** For the synergy trend and the worksheet prefill. */
export { atasanDari, hitungTenggat, ringkasanBk } from "./layanan.ts";
