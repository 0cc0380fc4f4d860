/**
 * Terminal output for the CLI: bilingual error lines, exit codes and a
 * progress bar on stderr (drawn only when stderr is a terminal, or with
 * --progress; never mixed into stdout or the output files).
 */
import { IrtError } from "../estimation/errors.ts";
import { InputError } from "./csv.ts";

/** Exit codes of every nurani-irt command. */
export const EXIT = {
  ok: 0,
  /** Wrong or missing options. */
  usage: 1,
  /** Unreadable or invalid input data/params. */
  input: 2,
  /** The model did not converge (results are still written, flagged). */
  notConverged: 3,
  /** Unexpected internal failure. */
  internal: 4,
} as const;

/** Raised for wrong command-line usage. */
export class UsageError extends Error {
  readonly en: string;
  constructor(id: string, en: string) {
    super(id);
    this.name = "UsageError";
    this.en = en;
  }
}

export function printError(id: string, en: string): void {
  process.stderr.write(`Galat: ${id}\nError: ${en}\n`);
}

export function printWarning(id: string, en: string): void {
  process.stderr.write(`Peringatan: ${id}\nWarning: ${en}\n`);
}

/** Maps an exception to its message on stderr and an exit code. */
export function reportFailure(e: unknown): number {
  if (e instanceof UsageError) {
    printError(e.message, e.en);
    process.stderr.write("Lihat / see: nurani-irt --help\n");
    return EXIT.usage;
  }
  if (e instanceof InputError || e instanceof IrtError) {
    printError(e.message, e.en);
    return e instanceof IrtError && e.code === "NOT_CONVERGED" ? EXIT.notConverged : EXIT.input;
  }
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  printError(`kesalahan internal: ${msg}`, `internal error: ${msg}`);
  return EXIT.internal;
}

export interface Progress {
  update(done: number, total: number, note?: string): void;
  done(): void;
}

/** A progress bar on stderr; silent unless stderr is a TTY or `force`. */
export function progressBar(label: string, force = false): Progress {
  const enabled = force || process.stderr.isTTY === true;
  let last = 0;
  let drawn = false;
  return {
    update(done, total, note) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const fill = Math.round(frac * width);
      const bar = `${"#".repeat(fill)}${"-".repeat(width - fill)}`;
      const line = `${label} [${bar}] ${Math.round(frac * 100)}%${note ? ` ${note}` : ""}`;
      process.stderr.write(process.stderr.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
      drawn = true;
    },
    done() {
      if (enabled && drawn && process.stderr.isTTY) process.stderr.write("\n");
    },
  };
}
