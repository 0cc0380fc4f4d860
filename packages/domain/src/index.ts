export * from "./bank-butir/guard.ts";
export * from "./bank-butir/index.ts";
export * from "./kerangka/index.ts";
export * from "./nasional/index.ts";
export * from "./pegawai/index.ts";
export * from "./penilaian/index.ts";
export * from "./peran.ts";
export * from "./program/index.ts";
