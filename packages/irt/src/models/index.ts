export * from "./items.ts";
export * from "./types.ts";
