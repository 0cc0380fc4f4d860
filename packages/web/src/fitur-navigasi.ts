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
import enEvaluasi from "./pages/evaluasi/i18n/en.json";
import idEvaluasi from "./pages/evaluasi/i18n/id.json";
import { NAVIGASI_EVALUASI } from "./pages/evaluasi/navigasi.ts";
import enHasil from "./pages/hasil/i18n/en.json";
import idHasil from "./pages/hasil/i18n/id.json";
import { NAVIGASI_HASIL } from "./pages/hasil/navigasi.ts";
import enKomunitas from "./pages/komunitas/i18n/en.json";
import idKomunitas from "./pages/komunitas/i18n/id.json";
import { NAVIGASI_KOMUNITAS } from "./pages/komunitas/navigasi.ts";
import enNasional from "./pages/nasional/i18n/en.json";
import idNasional from "./pages/nasional/i18n/id.json";
import { NAVIGASI_NASIONAL } from "./pages/nasional/navigasi.ts";
import enNontes from "./pages/nontes/i18n/en.json";
import idNontes from "./pages/nontes/i18n/id.json";
import { NAVIGASI_NONTES } from "./pages/nontes/navigasi.ts";
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
  ...NAVIGASI_EVALUASI,
  ...NAVIGASI_NONTES,
  ...NAVIGASI_SINERGI,
  ...NAVIGASI_PENGINGAT,
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
    ...idNasional,
    ...idEvaluasi,
    ...idNontes,
    ...idSinergi,
    ...idPengingat,
    ...idAgen,
  },
  en: {
    ...enProgram,
    ...enKomunitas,
    ...enAsesmen,
    ...enHasil,
    ...enBankButir,
    ...enNasional,
    ...enEvaluasi,
    ...enNontes,
    ...enSinergi,
    ...enPengingat,
    ...enAgen,
  },
};
