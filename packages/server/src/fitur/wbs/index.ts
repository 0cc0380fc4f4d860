/**
 * The whistleblowing system (WBS; PermenPANRB 60/2020 Tabel 2 II, docs/wbs.md
 * item 4; docs/wbs.md): anonymous reports at `/wbs/<agency code>`, encrypted
 * at rest, read only by the agency's `pengelola_wbs`.
 */
import { defineFitur } from "../../http/fitur.ts";
import { rutePengelola, statistikWbs } from "./rute-pengelola.ts";
import { rutePublik } from "./rute-publik.ts";

export const fitur = defineFitur({ nama: "wbs", grup: [rutePublik, rutePengelola] });

export { lapor as laporWbs, tambahPesan as tambahPesanWbs, ubahStatus as ubahStatusWbs } from "./layanan.ts";
export { muatCincin as muatKunciWbs } from "./sandi.ts";
/** For the synergy panel and the demo. */
export { statistikWbs };
