/**
 * Package surfaces (docs/architecture.md "Package surfaces"): a workspace
 * package is used through the entry points its `exports` names, never through
 * a path into its folder. Scans every source, test and script file of every
 * package; needs no database.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { berkasKode, impor } from "./support/impor.ts";

const PACKAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface Paket {
  dir: string;
  nama: string;
  exports: Record<string, unknown>;
  deps: Set<string>;
}

const paket: Paket[] = fs
  .readdirSync(PACKAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(PACKAGES, d.name, "package.json")))
  .map((d) => {
    const dir = path.join(PACKAGES, d.name);
    const pj = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    return {
      dir,
      nama: pj.name as string,
      exports: (pj.exports ?? {}) as Record<string, unknown>,
      deps: new Set(Object.keys({ ...pj.dependencies, ...pj.devDependencies })),
    };
  });
const menurutNama = new Map(paket.map((p) => [p.nama, p]));

/** Every import of one package's files that breaks the rule, as `file:line  specifier  (why)`. */
function pelanggaran(p: Paket): string[] {
  const out: string[] = [];
  for (const berkas of berkasKode(p.dir, ["src", "test", "e2e", "bin", "scripts"])) {
    const rel = path.relative(PACKAGES, berkas);
    for (const { spesifikasi, baris } of impor(fs.readFileSync(berkas, "utf8"))) {
      const lapor = (why: string) => out.push(`${rel}:${baris}  "${spesifikasi}"  (${why})`);
      if (spesifikasi.startsWith(".")) {
        const tujuan = path.resolve(path.dirname(berkas), spesifikasi);
        if (!tujuan.startsWith(p.dir + path.sep))
          lapor("a relative path out of its package: import the package by name");
        continue;
      }
      const m = /^(@nurani\/[^/]+)(\/.*)?$/.exec(spesifikasi);
      if (!m) continue;
      const [, nama, sub] = m;
      const target = menurutNama.get(nama);
      if (!target) {
        lapor("no such workspace package");
        continue;
      }
      if (target !== p && !p.deps.has(nama)) lapor(`not in ${p.nama}'s package.json dependencies`);
      if (!(`.${sub ?? ""}` in target.exports))
        lapor(`${nama} does not export "${`.${sub ?? ""}`}": use its root or a named subpath`);
    }
  }
  return out;
}

describe("package surfaces", () => {
  it("finds the four workspace packages", () => {
    expect([...menurutNama.keys()].sort()).toEqual([
      "@nurani/domain",
      "@nurani/irt",
      "@nurani/server",
      "@nurani/web",
    ]);
  });

  it.each(paket.map((p) => [p.nama, p] as const))(
    "%s exports named entry points only (no wildcard)",
    (_, p) => {
      expect(Object.keys(p.exports).filter((k) => k.includes("*"))).toEqual([]);
    },
  );

  it.each(paket.map((p) => [p.nama, p] as const))(
    "%s imports other packages only through their exports, by name",
    (_, p) => {
      expect(pelanggaran(p)).toEqual([]);
    },
  );
});
