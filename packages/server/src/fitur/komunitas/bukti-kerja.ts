/** The proof-of-work challenge, shared with the whistleblowing system: see `umum/bukti-kerja.ts`. */
export * from "../../umum/bukti-kerja.ts";
