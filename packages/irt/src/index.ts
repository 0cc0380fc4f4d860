// @nurani/irt — psychometrics engine. Public API re-exported here.
export {};
