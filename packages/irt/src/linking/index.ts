export {
  LINKING_METHODS,
  type LinkingMethod,
  type LinkingOptions,
  type LinkingResult,
  linkForms,
  linkingCriterion,
  meanMean,
  meanSigma,
} from "./link.ts";
export { type ScaleTransform, transformItem, transformItems } from "./transform.ts";
