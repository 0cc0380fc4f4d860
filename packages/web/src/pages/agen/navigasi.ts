import type { ItemNavigasi } from "../../shell/navigasi.ts";

/**
 * Navigation of the change-agent and development-plan area (fitur/agen, fitur/rencana):
 * everyone may nominate, read the innovations register and see their own plan.
 */
export const NAVIGASI_AGEN: readonly ItemNavigasi[] = [
  { path: "/agen", label: "agen.nav.agen", keterangan: "agen.nav.ketAgen", peran: null },
  {
    path: "/rencana-saya",
    label: "agen.nav.rencanaSaya",
    keterangan: "agen.nav.ketRencanaSaya",
    peran: null,
  },
  {
    path: "/rencana-pegawai",
    label: "agen.nav.rencanaPegawai",
    keterangan: "agen.nav.ketRencanaPegawai",
    peran: ["tim_supervisi", "pimpinan"],
  },
];
