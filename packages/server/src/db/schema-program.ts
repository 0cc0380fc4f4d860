/** Kysely types of the program tables (migrations 0030–0039). */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the feature's tables are added
export interface TabelProgram {}
