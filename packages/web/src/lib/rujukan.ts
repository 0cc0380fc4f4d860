/**
 * Citations of the regulation (PermenPANRB 60/2020) in the UI's language.
 * The domain cites in the regulation's own words ("Tabel 7 no. 2 (baris
 * lanjutan 2)", "BAB II.D.3", "Pasal 4 ayat (1) huruf b"); an English page
 * names the same places in English ("Table 7 no. 2 (continued row 2)",
 * "Chapter II.D.3", "Article 4 paragraph (1) letter b").
 */
const INGGRIS: [RegExp, string][] = [
  [/\bTabel\b/g, "Table"],
  [/\bBAB\b/g, "Chapter"],
  [/\bPasal\b/g, "Article"],
  [/\bLampiran\b/g, "Annex"],
  [/\bayat\b/g, "paragraph"],
  [/\bhuruf\b/g, "letter"],
  [/\bangka\b/g, "number"],
  [/\bbaris lanjutan\b/g, "continued row"],
];

export function rujukan(teks: string, bahasa: string): string {
  if (bahasa !== "en") return teks;
  return INGGRIS.reduce((s, [pola, ganti]) => s.replace(pola, ganti), teks);
}
