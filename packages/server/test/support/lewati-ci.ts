/**
 * CI must not pass while a suite it is meant to run was skipped. A suite that cannot run
 * here (no Chromium for the browser tests, no `TEST_DATABASE_URL` for the PostgreSQL half
 * of the server tests, no R with lavaan or eRm for the numeric cross-checks) prints one
 * line containing `SKIPPED`; on a developer's machine that is a notice, with `CI=true` this
 * reporter (root vitest.config.ts) turns it into a failed run with the list of what was
 * skipped. Convention for new optional suites: print a `SKIPPED: <suite> — <why>` line.
 */
import type { Reporter, TestModule } from "vitest/node";

type UserConsoleLog = Parameters<NonNullable<Reporter["onUserConsoleLog"]>>[0];

/** Whether the environment says this is CI (`CI=true`, as .ci/run and most CI services set it). */
export function diCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(true|1|yes)$/i.test((env.CI ?? "").trim());
}

/** The distinct `SKIPPED` notices in some console output, without the `!!` framing. */
export function noticeLewati(keluaran: readonly string[]): string[] {
  const out = new Set<string>();
  for (const teks of keluaran)
    for (const baris of teks.split(/\r?\n/)) {
      if (!/\bSKIPPED\b/.test(baris)) continue;
      out.add(baris.replace(/^[\s!]+/, "").replace(/\s+$/, ""));
    }
  return [...out];
}

export interface PutusanLewati {
  gagal: boolean;
  /** What to print: the failure with its reasons, a notice, or null when nothing was skipped. */
  pesan: string | null;
}

/** Decides whether a run whose console carried `keluaran` fails: only in CI, only when something was skipped. */
export function putusanLewati(keluaran: readonly string[], ci: boolean): PutusanLewati {
  const lewati = noticeLewati(keluaran);
  if (lewati.length === 0) return { gagal: false, pesan: null };
  const daftar = [
    ...lewati.slice(0, 12).map((l) => `  - ${l}`),
    ...(lewati.length > 12 ? [`  … and ${lewati.length - 12} more`] : []),
  ].join("\n");
  if (!ci) return { gagal: false, pesan: `${lewati.length} suite(s) skipped on this machine:\n${daftar}` };
  return {
    gagal: true,
    pesan:
      `FAILED: CI=true but ${lewati.length} suite(s) that CI must run were skipped ` +
      `(install what they name — .ci/run does: chromium, r-cran-lavaan, r-cran-erm, PostgreSQL with TEST_DATABASE_URL):\n${daftar}`,
  };
}

/** Vitest reporter: collects the console output of the run and applies `putusanLewati` at its end. */
export default class LaporLewati implements Reporter {
  private keluaran: string[] = [];

  onTestRunStart(): void {
    this.keluaran = [];
  }

  onUserConsoleLog(log: UserConsoleLog): void {
    if (log.content.includes("SKIPPED")) this.keluaran.push(log.content);
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>): void {
    const p = putusanLewati(this.keluaran, diCi());
    if (!p.pesan) return;
    if (p.gagal) {
      process.stderr.write(`\n${"=".repeat(78)}\n${p.pesan}\n${"=".repeat(78)}\n`);
      process.exitCode = 1;
    } else process.stdout.write(`\n${p.pesan}\n`);
  }
}
