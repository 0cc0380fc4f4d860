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
