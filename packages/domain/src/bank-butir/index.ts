export * from "./aturan.ts";
export * from "./bank.ts";
export * from "./lint.ts";
export * from "./panel.ts";
export { PENILAI_AWAL } from "./pernyataan/buat.ts";
export * from "./situasi.ts";
export * from "./susun.ts";
export * from "./tipe.ts";
export * from "./tirt.ts";
