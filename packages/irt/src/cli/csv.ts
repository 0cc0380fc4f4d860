/**
 * CSV helpers shared by the CLI commands (RFC 4180 quoting, comma
 * separator). `readResponseCsv` reads the data.csv contract (docs/irt/core.md "CLI"): a
 * header of item names, one row per person, integer responses from 0, empty
 * cell = missing, optional first column `id`.
 */
import { MISSING, type ResponseData } from "../estimation/data.ts";

/** A user-facing input problem, Bahasa Indonesia first and English second. */
export class InputError extends Error {
  readonly en: string;
  constructor(id: string, en: string) {
    super(id);
    this.name = "InputError";
    this.en = en;
  }
}

/** Parses CSV text into rows of cells (quotes, escaped quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ""));
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Formats rows as CSV text (with a trailing newline). */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `${rows.map((r) => r.map((c) => quote(String(c))).join(",")).join("\n")}\n`;
}

export interface ResponseTable {
  /** Values of the `id` column, or null when there is none. */
  ids: string[] | null;
  data: ResponseData;
}

/** Reads data.csv text into a response matrix; throws InputError on bad cells. */
export function readResponseCsv(text: string): ResponseTable {
  const rows = parseCsv(text);
  if (rows.length === 0) {
    throw new InputError("Berkas data kosong.", "The data file is empty.");
  }
  const header = rows[0].map((h) => h.trim());
  const hasId = header[0]?.toLowerCase() === "id";
  const itemNames = hasId ? header.slice(1) : header;
  const nItems = itemNames.length;
  if (nItems === 0)
    throw new InputError("Tidak ada kolom butir di header.", "No item columns in the header.");
  const body = rows.slice(1);
  const x = new Int16Array(body.length * nItems);
  const ids: string[] | null = hasId ? [] : null;
  body.forEach((r, i) => {
    const line = i + 2;
    if (r.length !== header.length) {
      throw new InputError(
        `Baris ${line}: ada ${r.length} sel, padahal header punya ${header.length} kolom.`,
        `Line ${line}: ${r.length} cells but the header has ${header.length} columns.`,
      );
    }
    if (ids) ids.push(r[0].trim());
    for (let j = 0; j < nItems; j++) {
      const cell = r[hasId ? j + 1 : j].trim();
      if (cell === "" || cell.toUpperCase() === "NA") {
        x[i * nItems + j] = MISSING;
        continue;
      }
      const v = Number(cell);
      if (!/^[+]?\d+(\.0*)?$/.test(cell) || !Number.isInteger(v) || v > 1000) {
        throw new InputError(
          `Baris ${line}, kolom "${itemNames[j]}": nilai "${cell}" bukan bilangan bulat ≥ 0 (kosongkan sel untuk data hilang).`,
          `Line ${line}, column "${itemNames[j]}": value "${cell}" is not an integer ≥ 0 (leave the cell empty for missing).`,
        );
      }
      x[i * nItems + j] = v;
    }
  });
  return { ids, data: { nPersons: body.length, nItems, x, itemNames } };
}
