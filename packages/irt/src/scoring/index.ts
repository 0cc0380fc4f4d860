export * from "./parallel.ts";
export * from "./plausible.ts";
export * from "./reliability.ts";
export * from "./scores.ts";
