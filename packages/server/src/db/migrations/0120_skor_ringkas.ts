import { type Kysely, sql } from "kysely";

/**
 * A compact result record for `skor_asesmen` (docs/hasil.md "Scoring job"):
 * the scoring job no longer writes the domain result as ~3.3 KB of keyed JSON
 * per person (`hasil`, parsed into jsonb and compressed on every rescore) but
 * as numbers in a fixed order (umum/skor-tersimpan.ts):
 *
 * - `skor`: 16 normed scores (12 sub-dimensions, 3 factors, integrity) ×
 *   (θ, SE, T, percentile, derajat) = 80 doubles;
 * - `formulir_id`, `blok_dijawab`, `konvergen`, `lz`, `tanda` (the aberrance
 *   flags, null when none) and `batas` (the cuts used, one small document);
 *   person, parameter version, norm and level are already columns.
 *
 * Rows written before keep `hasil` (readers take either form, and a rescore
 * turns a row into the compact form); a row has exactly one of the two.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table skor_asesmen
      alter column hasil drop not null,
      add column skor double precision[],
      add column formulir_id text,
      add column blok_dijawab smallint,
      add column konvergen boolean,
      add column lz double precision,
      add column tanda jsonb,
      add column batas jsonb,
      add constraint skor_asesmen_satu_bentuk check ((hasil is null) <> (skor is null)),
      add constraint skor_asesmen_ringkas check (skor is null or (cardinality(skor) = 80
        and formulir_id is not null and blok_dijawab is not null and konvergen is not null and batas is not null))`.execute(
    db,
  );
}
