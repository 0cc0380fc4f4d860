// Forced-choice Thurstonian IRT (Brown & Maydeu-Olivares 2011). See docs/irt/thurstonian.md.
// Generic names are re-exported with a Tirt prefix to keep the package's public namespace clear.

export {
  bootstrapTirtStandardErrors,
  type TirtBootstrapOptions,
  type TirtStandardErrors,
} from "./bootstrap.ts";
export {
  blockRedundancies,
  type CalibrateOptions as TirtCalibrateOptions,
  type CalibrationResult as TirtCalibrationResult,
  calibrateTirtModel,
  identifyingUniquenesses as tirtIdentifyingUniquenesses,
} from "./calibrate.ts";
export {
  type CatStopReason,
  createExposureCounts,
  type ExposureCounts,
  TirtCat,
  type TirtCatOptions,
  type TirtCatState,
} from "./cat.ts";
export {
  layoutOf as tirtLayout,
  parseDesign as parseTirtDesign,
  type TirtBlock,
  type TirtDesign,
  type TirtLayout,
  type TirtPair,
  type TirtStatement,
} from "./design.ts";
export {
  type FormReliability,
  type PersonFitNull as TirtPersonFitNull,
  personFitNull as tirtPersonFitNull,
  simulateFormReliability,
  type TestInformation as TirtTestInformation,
  testInformation as tirtTestInformation,
} from "./diagnostics.ts";
export { TirtError } from "./errors.ts";
export { lavaanSyntax as tirtLavaanSyntax } from "./lavaan.ts";
export {
  createTirtScoringPool,
  scoreMapParallel as scoreTirtMapParallel,
  type TirtScoringPool,
} from "./parallel.ts";
export {
  type GenerateOptions as TirtGenerateOptions,
  generateTirtParams,
  modelFromParams as tirtModelFromParams,
  paramsFromModel as tirtParamsFromModel,
  type TirtEstimation,
  type TirtModel,
  type TirtPairParams,
  type TirtParams,
  type TirtStatementParams,
} from "./params.ts";
export {
  MISSING as TIRT_MISSING,
  outcomesToRanking,
  parseRanking,
  parseResponsesCsv as parseTirtResponsesCsv,
  rankToOutcomes,
  type TirtResponses,
} from "./responses.ts";
export {
  type EapOptions as TirtEapOptions,
  type EapScores as TirtEapScores,
  type PairCoefficients as TirtPairCoefficients,
  pairCoefficients as tirtPairCoefficients,
  personFit as tirtPersonFit,
  scoreEap as scoreTirtEap,
  scoreMap as scoreTirtMap,
  type TirtScores,
} from "./score.ts";
export { type SimulatedTirt, type SimulateOptions as TirtSimulateOptions, simulateTirt } from "./simulate.ts";
