/**
 * A name (`aria-label`, `aria-labelledby`) on an element without a role is
 * ignored by screen readers, and axe's `aria-prohibited-attr` fails it as
 * serious once the element has no text: a grid of figures still loading
 * (CI of 2026-12-08 failed e2e/orang on exactly that, only when the data
 * was slower than the check). So the rule is kept in the source, not left
 * to a browser test's timing: a layout component or plain element that
 * carries a name also carries a role, or renders a landmark element.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/** Components that render a generic `div`/`span` unless told otherwise. */
const GENERIK = [
  "div",
  "span",
  "Box",
  "Stack",
  "Group",
  "Flex",
  "Grid",
  "SimpleGrid",
  "Center",
  "Container",
  "Card",
  "Paper",
  "Text",
  "Title",
  "Badge",
  "Code",
  "ThemeIcon",
  "Indicator",
];
const LANDMARK = /\bcomponent="(nav|section|form|ul|ol|table|aside|header|footer|main|fieldset|figure)"/;

/** The opening tags of generic elements that carry a name but no role, as "file:line <Tag". */
function namaTanpaPeran(sumber: string, berkas: string): string[] {
  const temuan: string[] = [];
  // an opening tag: its name, then attributes, where `{…}` may nest one level and hold `>` (arrows)
  const tag = new RegExp(`<(${GENERIK.join("|")})\\b((?:[^<>{}]|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*)>`, "g");
  for (const m of sumber.matchAll(tag)) {
    const atribut = m[2] ?? "";
    if (!/\baria-label(ledby)?=/.test(atribut)) continue;
    if (/\brole=/.test(atribut) || LANDMARK.test(atribut)) continue;
    const baris = sumber.slice(0, m.index).split("\n").length;
    temuan.push(`${berkas}:${baris} <${m[1]}`);
  }
  return temuan;
}

function semuaTsx(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return semuaTsx(p);
    return e.name.endsWith(".tsx") ? [p] : [];
  });
}

describe("accessible names only where a role takes them", () => {
  it("finds a named grid without a role, and accepts it with one or as a landmark", () => {
    expect(namaTanpaPeran(`<SimpleGrid cols={{ base: 2, sm: 4 }} aria-label={t("x")}>`, "a.tsx")).toEqual([
      "a.tsx:1 <SimpleGrid",
    ]);
    expect(namaTanpaPeran(`<Card\n  withBorder\n  aria-labelledby="j">`, "b.tsx")).toEqual(["b.tsx:1 <Card"]);
    expect(namaTanpaPeran(`<SimpleGrid role="group" aria-label={t("x")}>`, "c.tsx")).toEqual([]);
    expect(namaTanpaPeran(`<Card component="section" aria-labelledby="j">`, "d.tsx")).toEqual([]);
    expect(namaTanpaPeran(`<Button aria-label="x" onClick={() => a > b}>`, "e.tsx")).toEqual([]);
  });

  it("holds for every component of the web app", () => {
    const temuan = semuaTsx(SRC).flatMap((f) =>
      namaTanpaPeran(fs.readFileSync(f, "utf8"), path.relative(SRC, f)),
    );
    expect(temuan).toEqual([]);
  });
});
