// @nurani/irt — psychometrics engine. Public API re-exported here.
// Item models (slope-intercept form, as mirt): see docs/irt/core.md.
// Norms (percentile, T, stanine, 0–100 derajat), CAT, many-facet Rasch and
// confirmatory MIRT: docs/irt/norms-cat-mfrm-mirt.md.

// Computerised adaptive testing.
export * from "./cat/index.ts";
// DIF: Mantel–Haenszel (ETS classes), multiple-group IRT likelihood-ratio test.
export * from "./dif/index.ts";
// Calibration (MML-EM), per-item M-step, response data, SEs.
export * from "./estimation/index.ts";
// Diagnostics: item fit S-X2, person fit lz/lz*, local dependence (docs/irt/diagnostics.md).
export * from "./fit/index.ts";
// Linking/equating: mean-mean, mean-sigma, Haebara, Stocking–Lord.
export * from "./linking/index.ts";
// Many-facet Rasch.
export * from "./mfrm/index.ts";
// Confirmatory multidimensional IRT.
export * from "./mirt/index.ts";
// Item models.
export * from "./models/index.ts";
// Norm tables.
export * from "./norms/index.ts";
// Numeric layer: linear algebra, normal and χ² distributions, quadrature, L-BFGS (docs/irt/core.md).
export * from "./numeric/index.ts";
// Person scores (EAP/MAP/ML/WLE), plausible values, information, reliability.
export * from "./scoring/index.ts";
// Simulation with known parameters.
export * from "./sim/index.ts";
// Thurstonian IRT for forced-choice blocks (docs/irt/thurstonian.md).
export * from "./tirt/index.ts";
// Seeded random numbers (simulation, plausible values, sampling).
export { createRng, type Rng } from "./util/random.ts";
export { pearson } from "./util/stats.ts";
