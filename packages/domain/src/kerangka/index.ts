export * from "./ekstensi.ts";
export * from "./faktor.ts";
export * from "./kematangan.ts";
export * from "./kerangka.ts";
export * from "./keyakinan.ts";
export * from "./kualitas.ts";
export type * from "./teks.ts";
