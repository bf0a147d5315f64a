/** Town compliance (SPEC §7) and the shared limit/finding recorder (SPEC §10). */
export { checkCompliance } from './checkCompliance.ts';
export type { ComplianceInputs } from './checkCompliance.ts';
export { deterministicActual, pathKpiActuals, sampledActual, townKpiActual } from './kpiActuals.ts';
export type { KpiActuals } from './kpiActuals.ts';
export { townFacts } from './townFacts.ts';
export { reportedLand } from './landActuals.ts';
export type { LandActuals, TownLandActuals } from './landActuals.ts';
export type { TownFacts } from './townFacts.ts';
export { collector, record } from './record.ts';
export type { Collector, Evaluation } from './record.ts';
export { AREA_EXEMPT_THEMES, areaCheck } from './area.ts';
export { residentialLevel } from './residentialShare.ts';
export { MU_PER_KM2, kmToMu } from './units.ts';
