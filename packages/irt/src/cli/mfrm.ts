/**
 * `nurani-irt calibrate --model mfrm --input ratings.csv --output params.json`:
 * many-facet Rasch calibration of rater-mediated ratings (docs/irt/mfrm.md).
 *
 * ratings.csv: header `person,rater,item,score` (any order, other columns
 * ignored), one row per rating, ids are strings, `score` an integer from 0.
 * params.json: `calibrateRatings`' result (model, persons, raters, items,
 * thresholds, converged, plus categories, connected and estimation).
 */
import { MfrmError } from "../mfrm/prepare.ts";
import { calibrateRatings, type Rating } from "../mfrm/ratings.ts";
import { InputError, parseCsv } from "./csv.ts";
import { readText, writeText } from "./files.ts";
import { EXIT, printWarning } from "./output.ts";

const COLUMNS = ["person", "rater", "item", "score"] as const;

/** Reads ratings.csv text; throws InputError (Bahasa Indonesia, English) on bad input. */
export function readRatingsCsv(text: string): Rating[] {
  const rows = parseCsv(text);
  if (rows.length === 0) throw new InputError("Berkas penilaian kosong.", "The ratings file is empty.");
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new InputError(
      `Kolom ${missing.map((c) => `"${c}"`).join(", ")} tidak ada di header; header harus memuat person,rater,item,score.`,
      `Column ${missing.map((c) => `"${c}"`).join(", ")} missing from the header; it must contain person,rater,item,score.`,
    );
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  const body = rows.slice(1);
  if (body.length === 0)
    throw new InputError(
      "Berkas penilaian hanya berisi header, tanpa penilaian.",
      "The ratings file has a header but no ratings.",
    );
  return body.map((r, i) => {
    const line = i + 2;
    if (r.length !== header.length)
      throw new InputError(
        `Baris ${line}: ada ${r.length} sel, padahal header punya ${header.length} kolom.`,
        `Line ${line}: ${r.length} cells but the header has ${header.length} columns.`,
      );
    const cell = (c: (typeof COLUMNS)[number]) => r[at[c]].trim();
    for (const c of ["person", "rater", "item"] as const)
      if (cell(c) === "")
        throw new InputError(`Baris ${line}: kolom "${c}" kosong.`, `Line ${line}: column "${c}" is empty.`);
    const score = cell("score");
    if (!/^\d{1,4}$/.test(score))
      throw new InputError(
        `Baris ${line}: skor "${score}" bukan bilangan bulat ≥ 0.`,
        `Line ${line}: score "${score}" is not an integer ≥ 0.`,
      );
    return { person: cell("person"), rater: cell("rater"), item: cell("item"), score: Number(score) };
  });
}

export async function calibrateMfrmFile(input: string, output: string): Promise<number> {
  const ratings = readRatingsCsv(await readText(input, "penilaian", "ratings"));
  let result: ReturnType<typeof calibrateRatings>;
  try {
    result = calibrateRatings(ratings);
  } catch (e) {
    if (e instanceof MfrmError) throw new InputError(e.message, e.en ?? e.message);
    throw e;
  }
  // JSON has no NaN: an SE that could not be computed is written as null.
  await writeText(output, `${JSON.stringify(result, (_k, v) => (Number.isNaN(v) ? null : v), 2)}\n`);
  if (!result.connected)
    printWarning(
      'desain penilaian terpecah: sebagian pegawai, penilai atau butir tidak terhubung dengan yang lain lewat penilaian bersama, sehingga ukuran antarbagian tidak dapat dibandingkan (ditulis dengan "connected": false).',
      'the rating design is disconnected: some persons, raters or items share no ratings with the rest, so measures are not comparable across the parts (written with "connected": false).',
    );
  if (!result.converged) {
    printWarning(
      `kalibrasi tidak konvergen dalam ${result.estimation.iterations} iterasi; hasil tetap ditulis ke ${output} dengan "converged": false.`,
      `the calibration did not converge in ${result.estimation.iterations} iterations; results were still written to ${output} with "converged": false.`,
    );
    return EXIT.notConverged;
  }
  return EXIT.ok;
}
