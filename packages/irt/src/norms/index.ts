export { normalCdf, normalDensity, normalQuantile } from "./normal.ts";
export {
  buildNormTable,
  derajatFromScore,
  NormError,
  type NormedScore,
  NormTable,
  type NormTableJson,
  STANINE_CUTS,
  scoreFromDerajat,
  stanineFromPercentile,
} from "./normTable.ts";
