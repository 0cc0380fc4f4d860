/** Kysely types of the komunitas tables: mentoring, diary, renaksi, rewards, posts, forum, M&E, public survey (migrations 0050–0059). */
// biome-ignore lint/suspicious/noEmptyInterface: filled as the feature's tables are added
export interface TabelKomunitas {}
