export * from "./galat-instansi.ts";
export * from "./impor.ts";
export * from "./instansi.ts";
export * from "./jenis-instansi.ts";
export * from "./lke/index.ts";
export * from "./peringkat.ts";
export * from "./provinsi.ts";
export * from "./unit.ts";
