export {
  difEffectSizes,
  type IrtDifItem,
  type IrtDifOptions,
  type IrtDifResult,
  irtLrDif,
} from "./irtDif.ts";
export {
  type EtsClass,
  etsClass,
  type MantelHaenszelItem,
  type MantelHaenszelOptions,
  type MantelHaenszelResult,
  mantelHaenszel,
} from "./mantelHaenszel.ts";
export { fitMultiGroup, type MultiGroupFit, type MultiGroupOptions } from "./multiGroup.ts";
