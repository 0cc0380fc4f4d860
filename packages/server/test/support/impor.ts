/** Reads the import specifiers of source files, for the architecture tests (docs/architecture.md). */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const SUMBER = /\.(ts|tsx|mts|js|mjs)$/;

/** Source files under `dir`'s `subdirs` (recursively), without dependencies, builds and generated bundles. */
export function berkasKode(dir: string, subdirs: string[]): string[] {
  const out: string[] = [];
  const jelajah = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && e.name !== "dist") jelajah(p);
      } else if (SUMBER.test(e.name) && !e.name.includes(".generated.")) out.push(p);
    }
  };
  for (const s of subdirs) if (fs.existsSync(path.join(dir, s))) jelajah(path.join(dir, s));
  return out.sort();
}

/** Every static, re-export and literal dynamic import of a source text, with its line number. */
export function impor(teks: string): { spesifikasi: string; baris: number }[] {
  const { importedFiles } = ts.preProcessFile(teks, true, true);
  return importedFiles.map((f) => ({
    spesifikasi: f.fileName,
    baris: teks.slice(0, f.pos).split("\n").length,
  }));
}
