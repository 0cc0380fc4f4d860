/**
 * pdfmake, one printer per document. `require("pdfmake")` returns a single
 * shared object whose fonts and file-access policy are global: two documents
 * that set their own fonts on it (the result PDF's standard Helvetica, the
 * programme report's embedded Roboto) undo each other, and whichever set them
 * last breaks the other until restart. Each call here builds a fresh printer
 * of the same class with its own fonts and policies, so no document can see
 * another's setup (docs/server.md "PDF").
 */
import { createRequire } from "node:module";
import path from "node:path";

export type FontPdf = Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;

export interface PencetakPdf {
  createPdf(def: unknown): { getBuffer(): Promise<Buffer> };
}

interface PdfMake extends PencetakPdf {
  setFonts(f: FontPdf): void;
  setUrlAccessPolicy(f: (url: string) => boolean): void;
  setLocalAccessPolicy(f: (path: string) => boolean): void;
}

const req = createRequire(import.meta.url);

/** The folder of pdfmake's bundled fonts (e.g. `Roboto`). */
export const folderFontPdfmake = (nama: string): string =>
  path.join(path.dirname(req.resolve("pdfmake/package.json")), "fonts", nama);

/**
 * A printer of its own: `fonts` only, nothing fetched from the network, and
 * nothing read from disk unless `bolehBaca` says so (fonts are read as files).
 */
export function pencetakPdf(fonts: FontPdf, bolehBaca: (path: string) => boolean): PencetakPdf {
  const bersama = req("pdfmake") as PdfMake;
  const Kelas = bersama.constructor as new () => PdfMake;
  const p = new Kelas();
  p.setFonts(fonts);
  p.setUrlAccessPolicy(() => false);
  p.setLocalAccessPolicy(bolehBaca);
  return p;
}
