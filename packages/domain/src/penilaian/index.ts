// Scoring-to-results pipeline of the integrity assessment (docs/penilaian.md).
export * from "./aberan.ts";
export * from "./acuan.ts";
export * from "./dif.ts";
export * from "./dif-kelompok.ts";
export * from "./galat.ts";
export * from "./indeks.ts";
export * from "./jawaban.ts";
export * from "./komposit.ts";
export * from "./level.ts";
export * from "./norma-batas.ts";
export * from "./peta.ts";
export * from "./plausible.ts";
export * from "./sembunyi.ts";
export * from "./simulasi.ts";
export * from "./skor.ts";
