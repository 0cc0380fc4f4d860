export * from "./data.ts";
export * from "./db.ts";
export * from "./http.ts";
export * from "./suite.ts";
