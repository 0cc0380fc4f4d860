export * from "./baris.ts";
export * from "./galat.ts";
export * from "./golongan.ts";
export * from "./jabatan.ts";
export * from "./nip.ts";
