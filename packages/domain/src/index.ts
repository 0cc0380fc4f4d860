export * from "./peran.ts";
