/**
 * Bulk load through `COPY … FROM` in PostgreSQL's text format, on either
 * engine: PostgreSQL streams the rows over the connection
 * (`COPY … FROM STDIN`, pg-copy-streams), PGlite reads them from the
 * `/dev/blob` device it gives COPY. One call is one transaction: the rows are
 * all in, or none (what makes a chunked load resumable by counting).
 */
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import type { Basisdata } from "./factory.ts";

/** A value of a row: text, a number, or null (`\N`). */
export type NilaiSalin = string | number | null;

const KHUSUS = /[\\\t\n\r]/g;
const GANTI: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One row in COPY's text format (tab-separated, backslash escapes, `\N` for null), with its newline. */
export function barisSalin(nilai: readonly NilaiSalin[]): string {
  let s = "";
  for (let i = 0; i < nilai.length; i++) {
    const v = nilai[i];
    if (i > 0) s += "\t";
    s += v === null ? "\\N" : typeof v === "number" ? String(v) : v.replace(KHUSUS, (c) => GANTI[c]);
  }
  return `${s}\n`;
}

const nama = (x: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(x)) throw new Error(`nama tidak sah untuk COPY: ${x}`);
  return `"${x}"`;
};

/**
 * Copies `potongan` (pieces of rows made by `barisSalin`) into `tabel (kolom…)`
 * in one transaction. On PostgreSQL the commit does not wait for the WAL
 * flush (`synchronous_commit = off` for this transaction only): a crash may
 * lose the last chunks, never part of one.
 */
export async function salinKeTabel(
  b: Basisdata,
  tabel: string,
  kolom: readonly string[],
  potongan: Iterable<string>,
): Promise<void> {
  const perintah = `copy ${nama(tabel)} (${kolom.map(nama).join(", ")}) from`;
  if (b.pglite) {
    await b.pglite.query(`${perintah} '/dev/blob'`, [], { blob: new Blob([...potongan]) });
    return;
  }
  if (!b.pool) throw new Error("COPY butuh kolam koneksi PostgreSQL");
  const klien = await b.pool.connect();
  try {
    await klien.query("begin");
    await klien.query("set local synchronous_commit to off");
    await pipeline(potongan, klien.query(copyFrom(`${perintah} stdin`)));
    await klien.query("commit");
    klien.release();
  } catch (e) {
    await klien.query("rollback").catch(() => undefined);
    klien.release(e as Error);
    throw e;
  }
}
