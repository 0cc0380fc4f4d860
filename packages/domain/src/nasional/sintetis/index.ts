export * from "./bagi.ts";
export * from "./nip.ts";
export * from "./rencana.ts";
export * from "./unit.ts";
