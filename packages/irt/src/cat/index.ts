export { ExposureTracker } from "./exposure.ts";
export { GridPosterior } from "./posterior.ts";
export { CatError, CatSession } from "./session.ts";
export {
  type CatSimulation,
  calibrateSympsonHetter,
  type SympsonHetterOptions,
  simulateCat,
} from "./simulate.ts";
export type { CatEndReason, CatExposure, CatItem, CatOptions, CatResult, CatSelection } from "./types.ts";
