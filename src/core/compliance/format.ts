/** Message number formats now live with the rules (SPEC §10 findings): re-exported for existing importers. */
export { grouped, wan, pct, times, count, km2 } from '../rules/format.ts';
