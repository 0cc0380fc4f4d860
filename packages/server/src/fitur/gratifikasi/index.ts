/**
 * Gratification control (UPG; PermenPANRB 60/2020 Tabel 2 II "sistem
 * integritas": unit pengendalian gratifikasi; docs/gratifikasi.md): employees
 * report gifts, the working-day countdown to the KPK deadline (UU 31/1999 jo.
 * UU 20/2001 Pasal 12C), the UPG's triage, KPK's determination and the export.
 */
import { defineFitur } from "../../http/fitur.ts";
import { ruteLiburInstansi, ruteLiburNasional } from "./rute-libur.ts";
import { ruteSaya } from "./rute-saya.ts";
import { ruteUpg } from "./rute-upg.ts";

export const fitur = defineFitur({
  nama: "gratifikasi",
  grup: [ruteSaya, ruteUpg, ruteLiburInstansi, ruteLiburNasional],
});

/** The national holiday calendar, the one source of holidays for every working-day count. */
export { batasTerimaPeringatan, hariIniDi, muatLibur } from "./kueri.ts";
export {
  lapor as laporGratifikasi,
  tetapkan as tetapkanGratifikasi,
  triase as triaseGratifikasi,
} from "./layanan.ts";
/** For the synergy panel and the demo. */
export { statistikGratifikasi } from "./statistik.ts";
