import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");

export interface Pelanggaran {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns its serious and critical violations. */
export async function periksaAksesibilitas(page: Page): Promise<Pelanggaran[]> {
  await tungguAnimasiSelesai(page);
  await page.addScriptTag({ path: AXE });
  const hasil = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return r.violations.map(
      (v: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; html: string }[];
      }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        // the selector alone can be a generated class name; the element's opening tag says what it is
        nodes: v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 240)}`),
      }),
    );
  });
  return (hasil as Pelanggaran[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Waits until no finite CSS transition or animation is running (an endless
 * one, such as a loader's spin, is ignored). With reduced motion there are
 * none; this guards a page that was opened without it.
 */
export async function tungguAnimasiSelesai(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) =>
          a.playState !== "running" || a.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
      ),
  );
}

/** Fails the test with the violations listed when axe finds a serious or critical one; `nama` names the screen. */
export async function harusAksesibel(page: Page, nama: string): Promise<void> {
  const v = await periksaAksesibilitas(page);
  expect(v, `${nama}: ${JSON.stringify(v, null, 2)}`).toEqual([]);
}
