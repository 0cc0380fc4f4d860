/**
 * Cross-check of the many-facet rating-scale calibration against R's eRm
 * (Debian r-cran-erm): the same model, persons × raters × items, fitted by
 * eRm's conditional maximum likelihood as a linear rating-scale model
 * (`LRSM`) whose virtual items are the rater × item pairs, with a design
 * matrix W that makes each virtual item's parameter the sum of an item and
 * a rater parameter (each centred at 0) and shares the category parameters.
 * eRm's easiness parameters are turned into difficulty/severity (sign) and
 * its category parameters ω_h into Andrich thresholds τ_h = ω_{h−1} − ω_h,
 * centred, as ours.
 *
 * Data: 300 persons, 6 raters, 6 items, 4 categories; each person rated on
 * every item by 3 of the 6 raters (a linked rotation, 6 missing-data
 * patterns), 5,400 ratings.
 *
 * Tolerance: eRm conditions the persons out (CML) and compares raters only
 * within persons; ours integrates over a normal person distribution (MML),
 * which also uses the score levels of the rater groups. Both estimate the
 * same parameters, so they differ by a fraction of a standard error (SE ≈
 * 0.04–0.05 here): at most 0.05 logits on every difficulty, severity and
 * threshold, correlation ≥ 0.99, and standard errors within 15 %.
 *
 * Runs when `Rscript` with eRm is installed; prints SKIPPED otherwise.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calibrateRatings, type Rating } from "../src/mfrm/ratings.ts";
import { simulateMfrm } from "../src/mfrm/simulate.ts";
import { createRng } from "../src/util/random.ts";
import { pearson } from "../src/util/stats.ts";

const probe = spawnSync(
  "Rscript",
  ["-e", "suppressMessages(library(eRm)); cat(as.character(packageVersion('eRm')))"],
  { encoding: "utf8" },
);
const ermVersion = probe.status === 0 ? probe.stdout.trim() : null;
if (!ermVersion)
  console.log("SKIPPED mfrm-erm: Rscript with the eRm package not found (apt-get install r-cran-erm)");

const R_SCRIPT = `
suppressMessages(library(eRm))
args <- commandArgs(trailingOnly = TRUE)
X <- as.matrix(read.csv(file.path(args[1], "wide.csv")))
cols <- read.csv(file.path(args[1], "columns.csv"))
I <- max(cols$item); J <- max(cols$rater); m <- max(X, na.rm = TRUE)
# beta[v, h] = h * (easiness of item i + leniency of rater j) + omega[h]; first item/rater = minus the sum of the others.
W <- matrix(0, nrow = ncol(X) * m, ncol = (I - 1) + (J - 1) + (m - 1))
for (v in seq_len(ncol(X))) for (h in 1:m) {
  r <- (v - 1) * m + h
  i <- cols$item[v]; j <- cols$rater[v]
  if (i == 1) W[r, 1:(I - 1)] <- -h else W[r, i - 1] <- h
  if (j == 1) W[r, (I - 1) + 1:(J - 1)] <- -h else W[r, (I - 1) + j - 1] <- h
  if (h >= 2) W[r, (I - 1) + (J - 1) + h - 1] <- 1
}
# LRSM from eta = 0 can diverge (nlm code 5): start from the unrestricted rating-scale fit of the
# virtual items projected onto W (eRm reports that eta with the opposite sign); first start that converges.
r0 <- RSM(X, se = FALSE)
proj <- qr.solve(W, r0$W %*% r0$etapar)
fit <- NULL
for (start in list(-proj, proj, rep(0, ncol(W)))) {
  f <- LRSM(X, W, se = TRUE, etaStart = start)
  if (f$convergence <= 2 && f$loglik < 0) { fit <- f; break }
}
if (is.null(fit)) stop("eRm LRSM did not converge from any start")
eta <- fit$etapar
V <- solve(fit$hessian)
centred <- function(idx) c(-sum(eta[idx]), eta[idx])
seOf <- function(idx) sapply(0:length(idx), function(k) {
  a <- rep(0, ncol(V)); if (k == 0) a[idx] <- -1 else a[idx[k]] <- 1
  sqrt(drop(t(a) %*% V %*% a))
})
items <- 1:(I - 1); raters <- (I - 1) + 1:(J - 1)
omega <- c(0, eta[(I - 1) + (J - 1) + 1:(m - 1)])
tau <- -diff(c(0, omega))
cat("item", -centred(items), "\\n")
cat("rater", -centred(raters), "\\n")
cat("tau", tau - mean(tau), "\\n")
cat("seItem", seOf(items), "\\n")
cat("seRater", seOf(raters), "\\n")
`;

function fitErm(dir: string): Record<string, number[]> {
  writeFileSync(join(dir, "fit.R"), R_SCRIPT);
  const run = spawnSync("Rscript", [join(dir, "fit.R"), dir], { encoding: "utf8", timeout: 300_000 });
  if (run.status !== 0) throw new Error(`eRm failed: ${run.stderr}`);
  return Object.fromEntries(
    run.stdout
      .trim()
      .split("\n")
      .map((line) => {
        const [key, ...values] = line.trim().split(/\s+/);
        return [key, values.map(Number)];
      }),
  );
}

describe.runIf(ermVersion !== null)(`cross-check with R eRm ${ermVersion ?? ""}`, () => {
  it("matches eRm's CML estimates of item difficulties, rater severities, thresholds and their SEs", () => {
    const rng = createRng(15);
    const I = 6;
    const J = 6;
    const centred = (x: number[]) => x.map((v) => v - x.reduce((a, b) => a + b, 0) / x.length);
    const difficulty = centred(Array.from({ length: I }, () => -1 + 2 * rng.uniform()));
    const severity = centred(Array.from({ length: J }, () => -0.8 + 1.6 * rng.uniform()));
    const theta = Array.from({ length: 300 }, () => rng.normal());
    const cells = theta.flatMap((_, n) =>
      [n % J, (n + 1) % J, (n + 3) % J].flatMap((j) =>
        difficulty.map((_, i) => ({ person: n, elements: [i, j] })),
      ),
    );
    const scores = simulateMfrm(theta, [difficulty, severity], [-1.2, 0, 1.2], cells, rng);
    const ratings: Rating[] = cells.map((c, o) => ({
      person: `P${c.person}`,
      item: `I${c.elements[0] + 1}`,
      rater: `R${c.elements[1] + 1}`,
      score: scores[o],
    }));

    const dir = mkdtempSync(join(tmpdir(), "mfrm-erm-"));
    try {
      // Wide data: one column per rater × item (rater-major), NA where the rater did not rate the person.
      const columns = Array.from({ length: I * J }, (_, v) => ({
        item: (v % I) + 1,
        rater: Math.floor(v / I) + 1,
      }));
      const wide = theta.map(() => new Array<string | number>(I * J).fill("NA"));
      cells.forEach((c, o) => {
        wide[c.person][c.elements[1] * I + c.elements[0]] = scores[o];
      });
      writeFileSync(
        join(dir, "wide.csv"),
        `${[columns.map((c) => `R${c.rater}I${c.item}`).join(","), ...wide.map((r) => r.join(","))].join("\n")}\n`,
      );
      writeFileSync(
        join(dir, "columns.csv"),
        `item,rater\n${columns.map((c) => `${c.item},${c.rater}`).join("\n")}\n`,
      );
      const erm = fitErm(dir);
      const mine = calibrateRatings(ratings);
      expect(mine.converged).toBe(true);
      const byId = <T extends { id: string }>(list: T[], prefix: string, n: number) =>
        Array.from({ length: n }, (_, k) => list.find((e) => e.id === `${prefix}${k + 1}`) as T);
      const items = byId(mine.items, "I", I);
      const raters = byId(mine.raters, "R", J);
      const compare = (label: string, ours: number[], theirs: number[]) => {
        const diff = Math.max(...ours.map((v, k) => Math.abs(v - theirs[k])));
        console.log(
          `eRm ${ermVersion} vs nurani, ${label}: max |Δ| ${diff.toFixed(4)}, r ${pearson(ours, theirs).toFixed(4)}`,
        );
        expect(diff, label).toBeLessThanOrEqual(0.05);
        if (ours.length > 2) expect(pearson(ours, theirs), label).toBeGreaterThanOrEqual(0.99);
      };
      compare(
        "item difficulties",
        items.map((e) => e.difficulty),
        erm.item,
      );
      compare(
        "rater severities",
        raters.map((e) => e.severity),
        erm.rater,
      );
      compare("thresholds", mine.thresholds, erm.tau);
      const ses = [...items.map((e) => e.se), ...raters.map((e) => e.se)];
      const theirSes = [...erm.seItem, ...erm.seRater];
      ses.forEach((se, k) => {
        expect(Math.abs(se / theirSes[k] - 1)).toBeLessThan(0.15);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
