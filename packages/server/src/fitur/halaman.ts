/** The paging helpers for the areas not yet in the feature-module shape; moved to `umum/halaman.ts`. */
export { boolOpsional, skemaDaftar, skemaHalaman, teksOpsional } from "../umum/halaman.ts";
