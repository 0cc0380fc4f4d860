/**
 * The feature areas' pages, navigation and texts, gathered in one place so
 * App, the shell and i18n stay free of per-feature edits. Each area lives in
 * `pages/<area>/` with `halaman.tsx`, `navigasi.ts`, `i18n/{id,en}.json`
 * and, when it has pages open without login, `publik.tsx`.
 */
import { halamanAgen } from "./pages/agen/halaman.tsx";
import { halamanAsesmen } from "./pages/asesmen/halaman.tsx";
import { halamanPublikAsesmen } from "./pages/asesmen/publik.tsx";
import { halamanBankButir } from "./pages/bank-butir/halaman.tsx";
import { halamanDataSaya } from "./pages/data-saya/halaman.tsx";
import { halamanEtik } from "./pages/etik/halaman.tsx";
import { halamanEvaluasi } from "./pages/evaluasi/halaman.tsx";
import { halamanGratifikasi } from "./pages/gratifikasi/halaman.tsx";
import { halamanHasil } from "./pages/hasil/halaman.tsx";
import { halamanIntegritas } from "./pages/integritas/halaman.tsx";
import { halamanKalender } from "./pages/kalender/halaman.tsx";
import { halamanKomunitas } from "./pages/komunitas/halaman.tsx";
import { halamanPublikKomunitas } from "./pages/komunitas/publik.tsx";
import { halamanLke } from "./pages/lke/halaman.tsx";
import { halamanNasional } from "./pages/nasional/halaman.tsx";
import { halamanPublikNasional } from "./pages/nasional/publik.tsx";
import { halamanNontes } from "./pages/nontes/halaman.tsx";
import { halamanNormaBatas } from "./pages/norma-batas/halaman.tsx";
import { halamanPanelAhli } from "./pages/panel-ahli/halaman.tsx";
import { halamanPublikPanelAhli } from "./pages/panel-ahli/publik.tsx";
import { halamanPengingat } from "./pages/pengingat/halaman.tsx";
import { halamanProgram } from "./pages/program/halaman.tsx";
import { halamanPublikProgram } from "./pages/program/publik.tsx";
import { halamanSinergi } from "./pages/sinergi/halaman.tsx";
import { halamanPublikSinergi } from "./pages/sinergi/publik.tsx";

export const HALAMAN_FITUR = [
  halamanAsesmen,
  halamanHasil,
  halamanProgram,
  halamanKomunitas,
  halamanBankButir,
  halamanNasional,
  halamanEvaluasi,
  halamanLke,
  halamanNontes,
  halamanSinergi,
  halamanEtik,
  halamanGratifikasi,
  halamanIntegritas,
  halamanPengingat,
  halamanDataSaya,
  halamanKalender,
  halamanAgen,
  halamanPanelAhli,
  halamanNormaBatas,
];
export const HALAMAN_PUBLIK = [
  halamanPublikAsesmen,
  halamanPublikProgram,
  halamanPublikKomunitas,
  halamanPublikNasional,
  halamanPublikSinergi,
  halamanPublikPanelAhli,
];
