# Reference values for test/dif-mh.test.ts from base R's mantelhaen.test()
# (stats package, R 4.2): MH chi-square with continuity correction, common
# odds ratio and the lower end of its 95% CI (Robins-Breslow-Greenland
# variance). data.csv is the seeded simulation of dif-mh.test.ts written out
# as "g,i0,...,i9" (g = 0 reference, 1 focal); strata = total score, strata
# with fewer than two persons dropped (mantelhaen.test needs > 1 per stratum).
d <- read.csv(commandArgs(TRUE)[1])
x <- as.matrix(d[, -1]); g <- d$g; s <- rowSums(x)
for (j in seq_len(ncol(x))) {
  keep <- s %in% as.numeric(names(which(table(s) > 1)))
  t <- table(factor(g[keep], levels = 0:1), factor(1 - x[keep, j], levels = 0:1), s[keep])
  m <- mantelhaen.test(t, correct = TRUE)
  cat(j - 1, sprintf("%.8f", m$statistic), sprintf("%.8f", m$estimate), sprintf("%.8f", log(m$conf.int[1])), "\n")
}
