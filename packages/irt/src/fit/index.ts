export { type LdX2Pair, ldX2, type Q3Result, yenQ3 } from "./localDependence.ts";
export { type PersonFitOptions, type PersonFitResult, personFit, type ThetaEstimator } from "./personFit.ts";
export { freeParameterCount, itemFitSX2, type Sx2Options, type Sx2Report, type Sx2Result } from "./sx2.ts";
