/**
 * Feature-module boundaries (docs/architecture.md "Server feature modules"):
 * code outside an area `src/fitur/<area>/` uses it only through its
 * `index.ts`. Reads the server's sources; needs no database.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { berkasKode, impor } from "./support/impor.ts";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src");
const FITUR = path.join(SRC, "fitur");
const rel = (p: string) => path.relative(SRC, p).split(path.sep).join("/");

/**
 * Deep imports into the areas not yet in the feature-module shape, allowed
 * until those areas get their `index.ts`. The list only shrinks: an entry
 * that no longer occurs fails the test, so remove it with the import.
 */
const BELUM_LEWAT_INDEX = new Set<string>([]);

const areaDari = (p: string): string | null => {
  const r = path.relative(FITUR, p);
  if (r.startsWith("..") || !r.includes(path.sep)) return null;
  return r.split(path.sep)[0];
};

/** `importer -> target` for each import of an area's file from outside the area, other than its index.ts. */
function imporLewatSamping(): string[] {
  const out: string[] = [];
  for (const berkas of berkasKode(SRC, ["."])) {
    const dari = areaDari(berkas);
    for (const { spesifikasi } of impor(fs.readFileSync(berkas, "utf8"))) {
      if (!spesifikasi.startsWith(".")) continue;
      const tujuan = path.resolve(path.dirname(berkas), spesifikasi);
      const area = areaDari(tujuan);
      if (area === null || area === dari) continue;
      if (tujuan === path.join(FITUR, area, "index.ts")) continue;
      out.push(`${rel(berkas)} -> ${rel(tujuan)}`);
    }
  }
  return [...new Set(out)].sort();
}

const areas = fs
  .readdirSync(FITUR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("feature-module boundaries", () => {
  const temuan = imporLewatSamping();

  it("code outside an area imports only its index.ts", () => {
    expect(temuan.filter((t) => !BELUM_LEWAT_INDEX.has(t))).toEqual([]);
  });

  it("keeps no allowance for a deep import that is gone (the list only shrinks)", () => {
    expect([...BELUM_LEWAT_INDEX].filter((t) => !temuan.includes(t))).toEqual([]);
  });

  it.each(areas)(
    "area %s is either a feature module (index.ts) or an older routes.ts area, not both",
    (area) => {
      const index = fs.existsSync(path.join(FITUR, area, "index.ts"));
      const routes = fs.existsSync(path.join(FITUR, area, "routes.ts"));
      expect(index !== routes, `fitur/${area}: index.ts ${index}, routes.ts ${routes}`).toBe(true);
    },
  );
});
