/** The settlement of one year (SPEC §12, §10 `settle`). */
export { buildSettlement } from './build.ts';
export type { SettleOptions } from './build.ts';
export { publicSettlement } from './public.ts';
export { TAX_KPI } from './taxKpi.ts';
export type * from './types.ts';
