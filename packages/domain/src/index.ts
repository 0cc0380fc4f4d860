export * from "./pegawai/index.ts";
export * from "./peran.ts";
