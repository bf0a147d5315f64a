/** The settlement's output formats (SPEC §10 `settle --format`): a leaf module, so `--help` loads no report code. */
export const SETTLE_FORMATS = ['json', 'md', 'xlsx', 'pdf'] as const;
export type SettleFormat = (typeof SETTLE_FORMATS)[number];
