export { GridPosterior } from "./posterior.ts";
export { CatError, CatSession } from "./session.ts";
export {
  type CatSimulation,
  calibrateSympsonHetter,
  type SympsonHetterOptions,
  simulateCat,
} from "./simulate.ts";
export type { CatExposure, CatItem, CatOptions, CatResult, CatSelection, CatStopReason } from "./types.ts";
