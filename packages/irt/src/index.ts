// @nurani/irt — psychometrics engine. Public API re-exported here.
// Item models (slope-intercept form, as mirt): see docs/irt/core.md.
export * from "./models/index.ts";
