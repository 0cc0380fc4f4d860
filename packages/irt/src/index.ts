// @nurani/irt — psychometrics engine. Public API re-exported here.
// Item models (slope-intercept form, as mirt): see docs/irt/core.md.

export * from "./cat/index.ts";
// DIF: Mantel–Haenszel (ETS classes), multiple-group IRT likelihood-ratio test.
export * from "./dif/index.ts";
// Calibration (MML-EM), per-item M-step, response data, SEs.
export * from "./estimation/index.ts";
// Diagnostics: item fit S-X2, person fit lz/lz*, local dependence (docs/irt/diagnostics.md).
export * from "./fit/index.ts";
// Linking/equating: mean-mean, mean-sigma, Haebara, Stocking–Lord.
export * from "./linking/index.ts";
export * from "./mfrm/index.ts";
export * from "./mirt/index.ts";
export * from "./models/index.ts";
// Norms (percentile, T, stanine, 0–100 derajat), CAT, many-facet Rasch, confirmatory MIRT
// (docs/irt/norms-cat-mfrm-mirt.md).
export * from "./norms/index.ts";
// Person scores (EAP/MAP/ML/WLE), plausible values, information, reliability.
export * from "./scoring/index.ts";
// Simulation with known parameters.
export * from "./sim/index.ts";
export * from "./tirt/index.ts";
