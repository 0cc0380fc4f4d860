/**
 * No runtime import cycle in the engine (irt) or the domain. A cycle among
 * modules loaded at start-up makes the evaluation order depend on which file
 * is imported first (a binding read before its module ran is undefined or
 * throws), so the layering docs/architecture.md describes must hold for the
 * imports that stay at run time.
 *
 * The graph: every static `import … from` / `export … from` of the packages'
 * src/ files, resolved to files, except type-only ones (`import type`,
 * `export type`), which the compiler erases. Under verbatimModuleSyntax an
 * `import { type A } from "x"` still loads "x", so it counts. Dynamic
 * `import()` is left out: it runs after both modules have loaded.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const PACKAGES = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CHECKED = ["irt", "domain"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Files a module loads at run time (relative specifiers and `@nurani/<package>` roots). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const st of source.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) spec = st.moduleSpecifier;
    else if (ts.isExportDeclaration(st) && !st.isTypeOnly) spec = st.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) continue;
    const name = spec.text;
    if (name.startsWith(".")) out.push(resolve(dirname(file), name));
    else {
      const m = /^@nurani\/([^/]+)$/.exec(name);
      if (m) out.push(join(PACKAGES, m[1], "src/index.ts"));
    }
  }
  return out;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, runtimeImports(f)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

describe("runtime import graph", () => {
  const files = CHECKED.flatMap((p) => sourceFiles(join(PACKAGES, p, "src")));

  it("sees the imports (sanity check of the walker)", () => {
    const domainIndex = join(PACKAGES, "domain/src/index.ts");
    expect(files).toContain(domainIndex);
    expect(runtimeImports(domainIndex).length).toBeGreaterThan(3);
  });

  it("has no cycle in irt or domain", () => {
    const cycles = importCycles(files).map((c) => c.map((f) => relative(PACKAGES, f)));
    expect(cycles).toEqual([]);
  });
});
