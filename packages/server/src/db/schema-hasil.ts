/** Kysely types of the results tables: agency cuts, recalibration runs and the like (migrations 0025–0029). */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the feature's tables are added
export interface TabelHasil {}
