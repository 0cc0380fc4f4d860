/**
 * `nurani-irt dif --model 2pl --input data.csv --group-column grup --focal F --output dif.csv`
 *
 * data.csv is the response file of docs/irt/core.md "CLI" plus one group column (named by
 * --group-column; not an item). Rows whose group is --focal form the focal
 * group; the reference group is --reference when given, else every other
 * row with a non-empty group. Writes one row per item:
 *   item, mh_delta, mh_se, mh_chi2, mh_p, ets,                (Mantel–Haenszel, 0/1 items)
 *   lr_g2, lr_df, lr_p, score_diff, unsigned_score_diff,       (IRT likelihood ratio)
 *   signed_area, unsigned_area, lr_stage, converged
 * --method mh|lr|both (default both for rasch/2pl/3pl, lr for grm/gpcm);
 * --anchors anchors.txt lists anchor items, one name per line; --purify
 * (without anchors) re-tests the items flagged at 5% against the others.
 */
import { irtLrDif } from "../dif/irtDif.ts";
import { type MantelHaenszelItem, mantelHaenszel } from "../dif/mantelHaenszel.ts";
import type { ResponseData } from "../estimation/data.ts";
import { isModelName } from "../models/types.ts";
import { formatCsv, InputError, parseCsv, readResponseCsv } from "./csv.ts";
import { readText, writeText } from "./files.ts";
import { parseOptions } from "./fit.ts";
import { EXIT, printWarning, progressBar, reportFailure, UsageError } from "./output.ts";
import { required } from "./shared.ts";

export const difHelp = `nurani-irt dif --model rasch|2pl|3pl|grm|gpcm --input data.csv --group-column grup --focal F
  --output dif.csv [--reference R] [--method mh|lr|both] [--anchors anchors.txt | --purify] [--progress]
  Keberfungsian butir diferensial (DIF): Mantel–Haenszel (kelas ETS A/B/C) dan uji rasio kemungkinan IRT.
  Differential item functioning: Mantel–Haenszel (ETS A/B/C) and the IRT likelihood-ratio test.`;

const fmt = (v: number | undefined): string | number =>
  v !== undefined && Number.isFinite(v) ? Number(v.toPrecision(10)) : "";

/** Splits data.csv into the response matrix and the group label of every row. */
export function readGroupedCsv(text: string, groupColumn: string): { data: ResponseData; groups: string[] } {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const at = header.indexOf(groupColumn);
  if (at < 0) {
    throw new InputError(
      `Kolom kelompok "${groupColumn}" tidak ada di header data (${header.join(", ")}).`,
      `The group column "${groupColumn}" is not in the data header (${header.join(", ")}).`,
    );
  }
  const groups = rows.slice(1).map((r) => (r[at] ?? "").trim());
  const rest = rows.map((r) => r.filter((_, c) => c !== at));
  return { data: readResponseCsv(formatCsv(rest)).data, groups };
}

function subset(data: ResponseData, rows: number[]): ResponseData {
  const J = data.nItems;
  const x = new Int16Array(rows.length * J);
  rows.forEach((p, i) => {
    x.set(data.x.subarray(p * J, (p + 1) * J), i * J);
  });
  return { nPersons: rows.length, nItems: J, x, itemNames: data.itemNames };
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${difHelp}\n`);
    return EXIT.ok;
  }
  try {
    const { values } = parseOptions(argv, {
      model: { type: "string" },
      input: { type: "string" },
      output: { type: "string" },
      "group-column": { type: "string" },
      focal: { type: "string" },
      reference: { type: "string" },
      method: { type: "string" },
      anchors: { type: "string" },
      purify: { type: "boolean", default: false },
      progress: { type: "boolean", default: false },
    });
    const model = required(values.model, "--model");
    if (!isModelName(model)) {
      throw new UsageError(
        `model "${model}" tidak dikenal; pilih rasch, 2pl, 3pl, grm atau gpcm.`,
        `unknown model "${model}"; choose rasch, 2pl, 3pl, grm or gpcm.`,
      );
    }
    const dichotomous = model === "rasch" || model === "2pl" || model === "3pl";
    const method = values.method ?? (dichotomous ? "both" : "lr");
    if (!["mh", "lr", "both"].includes(method)) {
      throw new UsageError(
        `--method harus mh, lr atau both, bukan "${method}".`,
        `--method must be mh, lr or both, not "${method}".`,
      );
    }
    if (!dichotomous && method !== "lr") {
      throw new UsageError(
        "Mantel–Haenszel hanya untuk butir dikotomis (0/1); gunakan --method lr untuk grm/gpcm.",
        "Mantel–Haenszel is for dichotomous (0/1) items only; use --method lr for grm/gpcm.",
      );
    }
    const output = required(values.output, "--output");
    const focal = required(values.focal, "--focal");
    const { data, groups } = readGroupedCsv(
      await readText(required(values.input, "--input"), "data", "data"),
      required(values["group-column"], "--group-column"),
    );
    // 0 = reference, 1 = focal, −1 = not used
    const code = groups.map((g) =>
      g === focal ? 1 : g === "" || (values.reference !== undefined && g !== values.reference) ? -1 : 0,
    );
    const nFocal = code.filter((c) => c === 1).length;
    const nRef = code.filter((c) => c === 0).length;
    if (nFocal === 0 || nRef === 0) {
      throw new InputError(
        `Kelompok fokal "${focal}" berisi ${nFocal} orang dan kelompok acuan ${nRef} orang; keduanya harus berisi.`,
        `The focal group "${focal}" has ${nFocal} persons and the reference group ${nRef}; both must be non-empty.`,
      );
    }
    let anchors: number[] | undefined;
    if (values.anchors !== undefined) {
      const names = (await readText(values.anchors, "jangkar", "anchor"))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#"));
      anchors = names.map((n) => {
        const j = data.itemNames.indexOf(n);
        if (j < 0) {
          throw new InputError(
            `Butir jangkar "${n}" tidak ada di data.`,
            `Anchor item "${n}" is not in the data.`,
          );
        }
        return j;
      });
    }

    let mh: MantelHaenszelItem[] = [];
    if (method !== "lr") {
      const res = mantelHaenszel(data, code);
      mh = res.items;
      if (res.persons < nFocal + nRef) {
        printWarning(
          `Mantel–Haenszel memakai ${res.persons} dari ${nFocal + nRef} orang (yang menjawab semua butir).`,
          `Mantel–Haenszel uses ${res.persons} of ${nFocal + nRef} persons (those who answered every item).`,
        );
      }
    }
    let lr: ReturnType<typeof irtLrDif> | undefined;
    if (method !== "mh") {
      const bar = progressBar("DIF", values.progress);
      const rows = (c: number) => code.flatMap((v, i) => (v === c ? [i] : []));
      lr = irtLrDif([subset(data, rows(0)), subset(data, rows(1))], {
        model,
        anchors,
        purify: values.purify,
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.done();
      const b = lr.baseline;
      process.stderr.write(
        `Kelompok fokal / focal group: rerata/mean ${b.means[1].toFixed(3)}, varians/variance ${b.variances[1].toFixed(3)} (acuan/reference N(0,1))\n`,
      );
      if (lr.items.some((r) => !r.converged)) {
        printWarning(
          "Sebagian model DIF tidak konvergen; hasil butir bertanda converged=false perlu dibaca hati-hati.",
          "Some DIF models did not converge; read items with converged=false with care.",
        );
      }
    }
    const lrByItem = new Map(lr?.items.map((r) => [r.item, r]));
    const header = ["item", "mh_delta", "mh_se", "mh_chi2", "mh_p", "ets", "lr_g2", "lr_df", "lr_p"];
    header.push("score_diff", "unsigned_score_diff", "signed_area", "unsigned_area", "lr_stage", "converged");
    const body = data.itemNames.map((name, j) => {
      const m = mh[j];
      const l = lrByItem.get(j);
      return [
        name,
        fmt(m?.deltaMH),
        fmt(m?.seDelta),
        fmt(m?.chi2),
        fmt(m?.p),
        m?.ets ?? "",
        fmt(l?.g2),
        l?.df ?? "",
        fmt(l?.p),
        fmt(l?.expectedScoreDiff),
        fmt(l?.unsignedScoreDiff),
        fmt(l?.signedArea),
        fmt(l?.unsignedArea),
        l?.stage ?? "",
        l ? String(l.converged) : "",
      ];
    });
    await writeText(output, formatCsv([header, ...body]));
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e);
  }
}
