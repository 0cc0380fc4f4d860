/**
 * The review states of a score that count in reports and maps: not flagged,
 * or flagged and accepted on review (docs/hasil.md "Pipeline"). Shared by the
 * results area and the programme report, so neither imports the other for it.
 */
export const TINJAUAN_DILAPORKAN = ["tidak_perlu", "diterima"] as const;
