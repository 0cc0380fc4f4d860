export * from "./akses-hasil.ts";
export * from "./retensi.ts";
