/** Kysely types of the bank-butir tables (migrations 0040–0049). */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the feature's tables are added
export interface TabelBankButir {}
