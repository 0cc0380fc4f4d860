// Non-test assessment (docs/nontes.md; BAB III.B.3.b): BARS instrument, rater proposal, confidential aggregates, combined level.
export * from "./agregat.ts";
export * from "./bars.ts";
export * from "./gabung.ts";
export * from "./penilai.ts";
export * from "./rekam-jejak.ts";
export * from "./wawancara.ts";
