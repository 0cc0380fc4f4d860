export { type AgreementTally, iccOneWay } from "./agreement.ts";
export { fitMfrm, separation } from "./estimate.ts";
export { MfrmError } from "./prepare.ts";
export { RATER_RULES, type RaterEffects, type RaterReport, type RatioCheck, raterEffects } from "./raters.ts";
export { ratingScaleProbs } from "./ratingScale.ts";
export { calibrateRatings, type Rating, type RatingCalibration } from "./ratings.ts";
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
