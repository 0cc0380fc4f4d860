/**
 * How a level cut was set, as the domain records it in Bahasa Indonesia
 * (domain/penilaian/level.ts `metode`; "manual: <reason>" from the results
 * routes), shown in English on an English page. A panel's or admin's own
 * reason stays as they wrote it; an unknown form is shown as recorded.
 */
const POLA: [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /^normatif sementara: kuantil (.+?) % sampel acuan$/,
    (m) => `provisional, norm-referenced: the ${m[1]} % quantiles of the reference sample`,
  ],
  [/^kelompok kontras \(panel (\d+) pegawai\)$/, (m) => `contrasting groups (a panel of ${m[1]} employees)`],
  [/^manual: ([\s\S]*)$/, (m) => `set by hand: ${m[1]}`],
  [
    /^penetapan batas nasional: ([\s\S]*) \((\d+) penilai, (rata-rata|median)\)$/,
    (m) => `national standard setting: ${m[1]} (${m[2]} judges, ${m[3] === "median" ? "median" : "mean"})`,
  ],
];

export function metodeLevel(metode: string, bahasa: string): string {
  if (bahasa !== "en") return metode;
  for (const [pola, ganti] of POLA) {
    const m = metode.match(pola);
    if (m) return ganti(m);
  }
  return metode;
}
