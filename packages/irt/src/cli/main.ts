/**
 * nurani-irt command dispatcher. Built-in commands: simulate, calibrate,
 * score (unidimensional models; `--model tirt` goes to src/tirt/cli.ts).
 * Plug-in commands fit, dif, link, norms are loaded from src/cli/<name>.ts
 * when that file exists; each exports `run(argv: string[]): Promise<number>`.
 */
import { runCalibrate } from "./calibrate.ts";
import { EXIT, printError, reportFailure } from "./output.ts";
import { runScore } from "./score.ts";
import { moduleExists } from "./shared.ts";
import { runSimulate } from "./simulate.ts";

type Command = (argv: string[]) => Promise<number>;

const builtIn: Record<string, Command> = {
  simulate: runSimulate,
  calibrate: runCalibrate,
  score: runScore,
};

/** Commands provided by other modules: name → file next to this one. */
const plugins: Record<string, string> = {
  fit: "./fit.ts",
  dif: "./dif.ts",
  link: "./link.ts",
  norms: "./norms.ts",
};

const HELP = `nurani-irt — analisis IRT / IRT analysis

Perintah / commands:
  simulate   bangkitkan data dari parameter yang diketahui / simulate data from known parameters
  calibrate  kalibrasi parameter butir atau penilai (MML-EM) / calibrate item or rater parameters
  score      skor θ per orang (EAP, MAP, ML, WLE) / person scores
  fit        kecocokan butir & orang / item and person fit
  dif        keberfungsian butir diferensial / differential item functioning
  link       penyetaraan bentuk tes / linking and equating
  norms      norma (persentil, skor T, stanine) / norms

nurani-irt <perintah> --help untuk rincian / for details.
Kode keluar / exit codes: 0 ok, 1 penggunaan/usage, 2 data, 3 tidak konvergen/not converged, 4 internal.`;

async function loadPlugin(name: string): Promise<Command | null> {
  const file = plugins[name];
  if (!moduleExists(file)) return null;
  const mod = (await import(file)) as { run?: Command };
  return typeof mod.run === "function" ? mod.run : null;
}

async function commandHelp(name: string): Promise<string | null> {
  if (name === "calibrate") return (await import("./calibrate.ts")).calibrateHelp;
  if (name === "score") return (await import("./score.ts")).scoreHelp;
  if (name === "simulate") return (await import("./simulate.ts")).simulateHelp;
  return null;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      const help = await commandHelp(name);
      if (help) {
        process.stdout.write(`${help}\n`);
        return EXIT.ok;
      }
    }
    const cmd = builtIn[name] ?? (name in plugins ? await loadPlugin(name) : undefined);
    if (cmd === null) {
      printError(
        `perintah "${name}" belum tersedia di versi ini.`,
        `the "${name}" command is not available in this build.`,
      );
      return EXIT.usage;
    }
    if (cmd === undefined) {
      printError(`perintah "${name}" tidak dikenal.`, `unknown command "${name}".`);
      process.stderr.write(`${HELP}\n`);
      return EXIT.usage;
    }
    return await cmd(rest);
  } catch (e) {
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      printError(`opsi tidak sah: ${e.message}`, `invalid option: ${e.message}`);
      return EXIT.usage;
    }
    return reportFailure(e);
  }
}
