// The numeric layer every engine of the package (and the domain) uses:
// linear algebra, the normal and χ² distributions, quadrature, L-BFGS.
// See docs/irt/core.md, "Numeric layer".
export { chiSquareSurvival, gammaQ } from "./chiSquare.ts";
export { type LbfgsOptions, type LbfgsResult, lbfgs } from "./lbfgs.ts";
export {
  cholesky,
  choleskyInverse,
  choleskyLogDet,
  choleskyRidged,
  choleskySolve,
  inverseSpd,
  logDetSpd,
  type RidgedCholesky,
  type RidgeOptions,
  solveSpd,
  solveSpdRidged,
} from "./linalg.ts";
export {
  bivariateNormalDensity,
  bivariateNormalUpper,
  logNormalCdf,
  logNormalCdfMills,
  mills,
  millsRatio,
  normalCdf,
  normalDensity,
  normalQuantile,
} from "./normal.ts";
export {
  equallySpacedNodes,
  type Grid,
  gridWeights,
  normalQuadrature,
  normalWeights,
  productGrid,
  type Quadrature,
} from "./quadrature.ts";
