import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { setBahasaApi } from "../api/client.ts";
import { TEKS_FITUR } from "../fitur-navigasi.ts";
import enAudit from "../pages/audit/i18n/en.json";
import idAudit from "../pages/audit/i18n/id.json";
import en from "./en.json";
import id from "./id.json";

export const BAHASA = ["id", "en"] as const;
export type Bahasa = (typeof BAHASA)[number];
const KUNCI = "nurani.bahasa";

function bahasaTersimpan(): Bahasa {
  try {
    const v = localStorage.getItem(KUNCI);
    if (v === "en" || v === "id") return v;
  } catch {
    // storage unavailable (private mode): fall back to the default
  }
  return "id";
}

function terapkan(lang: Bahasa) {
  document.documentElement.lang = lang;
  setBahasaApi(lang);
}

export function initI18n() {
  const lang = bahasaTersimpan();
  terapkan(lang);
  return i18n.use(initReactI18next).init({
    resources: {
      id: { translation: { ...id, ...idAudit, ...TEKS_FITUR.id } },
      en: { translation: { ...en, ...enAudit, ...TEKS_FITUR.en } },
    },
    lng: lang,
    fallbackLng: "id",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Switches the UI language and remembers it on this device. */
export async function gantiBahasa(lang: Bahasa) {
  try {
    localStorage.setItem(KUNCI, lang);
  } catch {
    // not persisted, still switched for this session
  }
  terapkan(lang);
  await i18n.changeLanguage(lang);
}

export default i18n;
