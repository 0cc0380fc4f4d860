export * from "./aturan.ts";
export * from "./lembar.ts";
export * from "./skor.ts";
export * from "./sumber.ts";
export * from "./tipe.ts";
export * from "./v1.ts";
export * from "./validasi.ts";
export * from "./versi.ts";
