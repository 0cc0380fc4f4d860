/**
 * Bounds on what an XLSX may inflate to, checked before ExcelJS reads it
 * (docs/import.md "Limits"). An XLSX is a ZIP of XML: 20 MiB of upload can
 * inflate a thousandfold, and one cell of 300 MB made of a repeated character
 * compresses to a few hundred KiB. ExcelJS's streaming reader inflates each
 * entry as a stream, but its XML parser keeps a whole text node in memory,
 * so such a cell is held in full (the server grew by 400 MB). This pass walks
 * the same entries with the same ZIP parser ExcelJS uses (unzipper, streaming,
 * a chunk at a time) and refuses the file when
 * - one entry inflates past `entriMaks`, or all of them past `totalMaks`, or
 * - a run of bytes without `<` (a cell's text, or a tag's attributes) is longer
 *   than `selMaks`, well above the longest cell Excel itself allows
 *   (32,767 characters, escaped as XML).
 * Memory stays at one chunk; nothing is kept.
 */
import { Readable } from "node:stream";
import unzipper from "unzipper";

export interface BatasXlsx {
  /** Largest inflated size of one entry (a 100,000-row sheet is about 50 MB). */
  entriMaks: number;
  /** Largest inflated size of all entries together. */
  totalMaks: number;
  /** Longest run of bytes between two `<` in any entry. */
  selMaks: number;
}

export const BATAS_XLSX: BatasXlsx = {
  entriMaks: 256 * 1024 * 1024,
  totalMaks: 512 * 1024 * 1024,
  selMaks: 256 * 1024,
};

const KURUNG = 0x3c; // "<"

/**
 * The first bound the file breaks (`ukuran`: an entry or the total inflates too
 * far; `sel`: a cell is too long), or null when it keeps them all. A damaged
 * archive is null too: ExcelJS then refuses it as it always has.
 */
export async function periksaBatasXlsx(
  berkas: Buffer,
  batas: BatasXlsx = BATAS_XLSX,
): Promise<"ukuran" | "sel" | null> {
  const zip = Readable.from([berkas]).pipe(unzipper.Parse({ forceStream: true }));
  let total = 0;
  try {
    for await (const entri of zip as AsyncIterable<unzipper.Entry>) {
      let ukuran = 0;
      let run = 0;
      for await (const potong of entri as AsyncIterable<Buffer>) {
        ukuran += potong.length;
        total += potong.length;
        if (ukuran > batas.entriMaks || total > batas.totalMaks) {
          return "ukuran";
        }
        let dari = 0;
        for (;;) {
          const i = potong.indexOf(KURUNG, dari);
          run += (i < 0 ? potong.length : i) - dari;
          if (run > batas.selMaks) return "sel";
          if (i < 0) break;
          run = 0;
          dari = i + 1;
        }
      }
    }
  } catch {
    return null;
  } finally {
    zip.destroy();
  }
  return null;
}
