export * from "./hari-kerja.ts";
