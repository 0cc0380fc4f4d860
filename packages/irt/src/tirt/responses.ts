/**
 * Forced-choice responses: ranking cells (`2>0>1`, partial `3>0=2>1`, empty =
 * skipped block) parsed into binary pairwise outcomes, and the
 * `responses.csv` file (docs/irt/thurstonian.md "Data") (optional `id` column, then one column per
 * block id).
 */
import { parseCsv } from "../cli/csv.ts";
import type { TirtLayout } from "./design.ts";
import { TirtError } from "./errors.ts";

/** Pairwise outcome codes stored in an Int8Array: 1 = first preferred, 0 = second preferred. */
export const MISSING = -1;

export interface TirtResponses {
  ids: string[];
  /** Row-major persons × pairs (layout order), values 1, 0 or MISSING. */
  outcomes: Int8Array;
  persons: number;
  pairs: number;
}

/**
 * Ranks of the statements of one block from a cell, or null for an empty cell.
 * rank[pos] = 0 for the most preferred group; tied statements share a rank.
 */
export function parseRanking(cell: string, size: number): number[] | null {
  const text = cell.trim();
  if (text === "") return null;
  const bad = (id: string, en: string): never => {
    throw new TirtError(`Jawaban "${cell}" tidak valid: ${id}`, `invalid answer "${cell}": ${en}`);
  };
  const rank = new Array<number>(size).fill(-1);
  const groups = text.split(">");
  groups.forEach((group, g) => {
    for (const token of group.split("=")) {
      const t = token.trim();
      if (!/^\d+$/.test(t)) bad(`"${t}" bukan nomor posisi pernyataan`, `"${t}" is not a statement position`);
      const pos = Number(t);
      if (pos >= size)
        bad(
          `posisi ${pos} di luar blok berisi ${size} pernyataan`,
          `position ${pos} is outside a block of ${size}`,
        );
      if (rank[pos] !== -1)
        bad(`posisi ${pos} disebut lebih dari sekali`, `position ${pos} appears more than once`);
      rank[pos] = g;
    }
  });
  const missing = rank.flatMap((r, i) => (r === -1 ? [i] : []));
  if (missing.length > 0)
    bad(`posisi ${missing.join(", ")} tidak diperingkat`, `position(s) ${missing.join(", ")} not ranked`);
  if (groups.length < 2) bad("tidak ada pilihan (semua seri)", "no preference given (everything tied)");
  return rank;
}

/** Writes the pairwise outcomes of one block (from ranks) into `row` at the block's pair offsets. */
export function rankToOutcomes(
  layout: TirtLayout,
  block: number,
  rank: number[] | null,
  row: Int8Array,
  offset = 0,
): void {
  const start = layout.blockPairStart[block];
  const n = layout.blockSize[block];
  const count = (n * (n - 1)) / 2;
  for (let j = 0; j < count; j++) {
    const p = layout.pairs[start + j];
    let y: number = MISSING;
    if (rank !== null) {
      const a = rank[p.firstPos];
      const b = rank[p.secondPos];
      y = a < b ? 1 : a > b ? 0 : MISSING;
    }
    row[offset + start + j] = y;
  }
}

/** Ranking text of a block from its pairwise outcomes (transitive, full or most/least), or "" when skipped. */
export function outcomesToRanking(layout: TirtLayout, block: number, row: Int8Array, offset = 0): string {
  const start = layout.blockPairStart[block];
  const n = layout.blockSize[block];
  const wins = new Array<number>(n).fill(0);
  let known = 0;
  for (let j = 0; j < (n * (n - 1)) / 2; j++) {
    const p = layout.pairs[start + j];
    const y = row[offset + start + j];
    if (y === MISSING) continue;
    known++;
    wins[y === 1 ? p.firstPos : p.secondPos]++;
  }
  if (known === 0) return "";
  const levels = [...new Set(wins)].sort((a, b) => b - a);
  return levels
    .map((w) =>
      wins
        .map((x, i) => [x, i])
        .filter(([x]) => x === w)
        .map(([, i]) => String(i))
        .join("="),
    )
    .join(">");
}

/** Parses `responses.csv` text against a design. */
export function parseResponsesCsv(text: string, layout: TirtLayout): TirtResponses {
  const rows = parseCsv(text);
  if (rows.length === 0) throw new TirtError("Berkas jawaban kosong", "the responses file is empty");
  const header = rows[0].map((h) => h.trim());
  const hasId = header[0] === "id";
  const blockIndex = new Map(layout.design.blocks.map((b, i) => [b.id, i]));
  const columnBlock: number[] = [];
  for (let c = hasId ? 1 : 0; c < header.length; c++) {
    const b = blockIndex.get(header[c]);
    if (b === undefined)
      throw new TirtError(
        `Kolom "${header[c]}" bukan id blok pada desain`,
        `column "${header[c]}" is not a block id of the design`,
      );
    if (columnBlock.includes(b))
      throw new TirtError(`Kolom "${header[c]}" muncul dua kali`, `column "${header[c]}" appears twice`);
    columnBlock.push(b);
  }
  const persons = rows.length - 1;
  const P = layout.pairs.length;
  const outcomes = new Int8Array(persons * P).fill(MISSING);
  const ids: string[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.length !== header.length)
      throw new TirtError(
        `Baris ${r + 1}: ada ${cells.length} sel, padahal header berisi ${header.length} kolom`,
        `row ${r + 1}: ${cells.length} cells but the header has ${header.length} columns`,
      );
    ids.push(hasId ? cells[0].trim() : String(r));
    const off = hasId ? 1 : 0;
    for (let c = 0; c < columnBlock.length; c++) {
      const b = columnBlock[c];
      let rank: number[] | null;
      try {
        rank = parseRanking(cells[c + off], layout.blockSize[b]);
      } catch (e) {
        throw new TirtError(
          `Baris ${r + 1}, kolom "${header[c + off]}": ${(e as Error).message}`,
          `row ${r + 1}, column "${header[c + off]}"`,
        );
      }
      rankToOutcomes(layout, b, rank, outcomes, (r - 1) * P);
    }
  }
  return { ids, outcomes, persons, pairs: P };
}

/** Rows (0-based person indices) whose every pairwise outcome is missing. */
export function personsWithoutResponses(data: TirtResponses): number[] {
  const out: number[] = [];
  for (let p = 0; p < data.persons; p++) {
    let any = false;
    for (let j = 0; j < data.pairs && !any; j++) any = data.outcomes[p * data.pairs + j] !== MISSING;
    if (!any) out.push(p);
  }
  return out;
}
