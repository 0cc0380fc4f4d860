/** Navigation items and texts of the feature areas (see fitur.ts); no React here, so the shell can import it. */
import enAgen from "./pages/agen/i18n/en.json";
import idAgen from "./pages/agen/i18n/id.json";
import { NAVIGASI_AGEN } from "./pages/agen/navigasi.ts";
import enAsesmen from "./pages/asesmen/i18n/en.json";
import idAsesmen from "./pages/asesmen/i18n/id.json";
import { NAVIGASI_ASESMEN } from "./pages/asesmen/navigasi.ts";
import enBankButir from "./pages/bank-butir/i18n/en.json";
import idBankButir from "./pages/bank-butir/i18n/id.json";
import { NAVIGASI_BANK_BUTIR } from "./pages/bank-butir/navigasi.ts";
import enDataSaya from "./pages/data-saya/i18n/en.json";
import idDataSaya from "./pages/data-saya/i18n/id.json";
import { NAVIGASI_DATA_SAYA } from "./pages/data-saya/navigasi.ts";
import enEtik from "./pages/etik/i18n/en.json";
import idEtik from "./pages/etik/i18n/id.json";
import { NAVIGASI_ETIK } from "./pages/etik/navigasi.ts";
import enEvaluasi from "./pages/evaluasi/i18n/en.json";
import idEvaluasi from "./pages/evaluasi/i18n/id.json";
import { NAVIGASI_EVALUASI } from "./pages/evaluasi/navigasi.ts";
import enGratifikasi from "./pages/gratifikasi/i18n/en.json";
import idGratifikasi from "./pages/gratifikasi/i18n/id.json";
import { NAVIGASI_GRATIFIKASI } from "./pages/gratifikasi/navigasi.ts";
import enHasil from "./pages/hasil/i18n/en.json";
import idHasil from "./pages/hasil/i18n/id.json";
import { NAVIGASI_HASIL } from "./pages/hasil/navigasi.ts";
import enIntegritas from "./pages/integritas/i18n/en.json";
import idIntegritas from "./pages/integritas/i18n/id.json";
import { NAVIGASI_INTEGRITAS } from "./pages/integritas/navigasi.ts";
import enKalender from "./pages/kalender/i18n/en.json";
import idKalender from "./pages/kalender/i18n/id.json";
import { NAVIGASI_KALENDER } from "./pages/kalender/navigasi.ts";
import enKomunitas from "./pages/komunitas/i18n/en.json";
import idKomunitas from "./pages/komunitas/i18n/id.json";
import { NAVIGASI_KOMUNITAS } from "./pages/komunitas/navigasi.ts";
import enLke from "./pages/lke/i18n/en.json";
import idLke from "./pages/lke/i18n/id.json";
import { NAVIGASI_LKE } from "./pages/lke/navigasi.ts";
import enNasional from "./pages/nasional/i18n/en.json";
import idNasional from "./pages/nasional/i18n/id.json";
import { NAVIGASI_NASIONAL } from "./pages/nasional/navigasi.ts";
import enNontes from "./pages/nontes/i18n/en.json";
import idNontes from "./pages/nontes/i18n/id.json";
import { NAVIGASI_NONTES } from "./pages/nontes/navigasi.ts";
import enNormaBatas from "./pages/norma-batas/i18n/en.json";
import idNormaBatas from "./pages/norma-batas/i18n/id.json";
import { NAVIGASI_NORMA_BATAS } from "./pages/norma-batas/navigasi.ts";
import enPanelAhli from "./pages/panel-ahli/i18n/en.json";
import idPanelAhli from "./pages/panel-ahli/i18n/id.json";
import { NAVIGASI_PANEL_AHLI } from "./pages/panel-ahli/navigasi.ts";
import enPengingat from "./pages/pengingat/i18n/en.json";
import idPengingat from "./pages/pengingat/i18n/id.json";
import { NAVIGASI_PENGINGAT } from "./pages/pengingat/navigasi.ts";
import enProgram from "./pages/program/i18n/en.json";
import idProgram from "./pages/program/i18n/id.json";
import { NAVIGASI_PROGRAM } from "./pages/program/navigasi.ts";
import enSinergi from "./pages/sinergi/i18n/en.json";
import idSinergi from "./pages/sinergi/i18n/id.json";
import { NAVIGASI_SINERGI } from "./pages/sinergi/navigasi.ts";

export const NAVIGASI_FITUR = [
  ...NAVIGASI_NASIONAL,
  ...NAVIGASI_PROGRAM,
  ...NAVIGASI_KOMUNITAS,
  ...NAVIGASI_ASESMEN,
  ...NAVIGASI_HASIL,
  ...NAVIGASI_BANK_BUTIR,
  ...NAVIGASI_PANEL_AHLI,
  ...NAVIGASI_NORMA_BATAS,
  ...NAVIGASI_EVALUASI,
  ...NAVIGASI_LKE,
  ...NAVIGASI_NONTES,
  ...NAVIGASI_SINERGI,
  ...NAVIGASI_ETIK,
  ...NAVIGASI_GRATIFIKASI,
  ...NAVIGASI_INTEGRITAS,
  ...NAVIGASI_PENGINGAT,
  ...NAVIGASI_DATA_SAYA,
  ...NAVIGASI_KALENDER,
  ...NAVIGASI_AGEN,
];

/** Each area owns one top-level key of the translation tree. */
export const TEKS_FITUR = {
  id: {
    ...idProgram,
    ...idKomunitas,
    ...idAsesmen,
    ...idHasil,
    ...idBankButir,
    ...idPanelAhli,
    ...idNormaBatas,
    ...idNasional,
    ...idEvaluasi,
    ...idLke,
    ...idNontes,
    ...idSinergi,
    ...idEtik,
    ...idGratifikasi,
    ...idIntegritas,
    ...idPengingat,
    ...idDataSaya,
    ...idKalender,
    ...idAgen,
  },
  en: {
    ...enProgram,
    ...enKomunitas,
    ...enAsesmen,
    ...enHasil,
    ...enBankButir,
    ...enPanelAhli,
    ...enNormaBatas,
    ...enNasional,
    ...enEvaluasi,
    ...enLke,
    ...enNontes,
    ...enSinergi,
    ...enEtik,
    ...enGratifikasi,
    ...enIntegritas,
    ...enPengingat,
    ...enDataSaya,
    ...enKalender,
    ...enAgen,
  },
};
