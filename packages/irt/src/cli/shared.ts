/** Option helpers and plug-in loading shared by the CLI commands. */
import { existsSync } from "node:fs";
import { UsageError } from "./output.ts";

export function required(v: string | undefined, flag: string): string {
  if (v === undefined || v === "") {
    throw new UsageError(`opsi ${flag} wajib diisi.`, `option ${flag} is required.`);
  }
  return v;
}

export function parseNumber(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) {
    throw new UsageError(
      `${flag} harus berupa angka, bukan "${v}".`,
      `${flag} must be a number, not "${v}".`,
    );
  }
  return n;
}

/** Options the Thurstonian module (src/tirt/cli.ts) accepts. */
export interface TirtCommandOptions {
  design: string;
  input: string;
  output: string;
  params?: string;
  method?: string;
  progress?: (done: number, total: number) => void;
}

export interface TirtCli {
  calibrateTirt(opts: TirtCommandOptions): Promise<void>;
  scoreTirt(opts: TirtCommandOptions): Promise<void>;
}

/** True when a sibling module of src/cli (e.g. "../tirt/cli.ts") exists. */
export function moduleExists(relative: string): boolean {
  return existsSync(new URL(relative, import.meta.url));
}

export async function loadTirt(): Promise<TirtCli> {
  const path = "../tirt/cli.ts";
  if (!moduleExists(path)) {
    throw new UsageError(
      "model tirt (pilihan paksa / forced choice) belum tersedia di versi ini.",
      "the tirt (forced-choice) model is not available in this build.",
    );
  }
  return (await import(path)) as TirtCli;
}
