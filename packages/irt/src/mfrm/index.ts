export { fitMfrm, separation } from "./estimate.ts";
export { MfrmError } from "./prepare.ts";
export { ratingScaleProbs } from "./ratingScale.ts";
export { type MfrmCell, simulateMfrm } from "./simulate.ts";
export type {
  MfrmData,
  MfrmElement,
  MfrmFacet,
  MfrmFacetResult,
  MfrmFit,
  MfrmObservation,
  MfrmOptions,
  MfrmPerson,
  Separation,
} from "./types.ts";
