export { MirtError } from "./data.ts";
export { fitMirt, standardizedLoadings } from "./estimate.ts";
export { eapScoresMirt, type MirtScores, mapScoresMirt } from "./score.ts";
export { drawLatent, simulateMirt } from "./simulate.ts";
export type {
  MirtFit,
  MirtItemModel,
  MirtItemParams,
  MirtItemSpec,
  MirtOptions,
  MirtParams,
  MirtResponses,
  MirtSpec,
} from "./types.ts";
