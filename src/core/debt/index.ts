/** Debt exposure and limits (SPEC §6): the module's public surface. */
export { simulateDebt, debtKernel, debtLimits } from './simulateDebt.ts';
export type { DebtKernel, DebtResult } from './simulateDebt.ts';
export type { DebtInputs, ByIdSeries, ByIdNullableSeries } from './inputs.ts';
export { bondFlows, townBonds } from './bonds.ts';
export type { BondFlows, TownBonds } from './bonds.ts';
export { platformFlows } from './platformDebt.ts';
export type { PlatformFlows } from './platformDebt.ts';
export { townDebt, townExposure } from './townExposure.ts';
export type { TownDebt, TownExposureSeries, ExposureParts } from './townExposure.ts';
export { districtDebt, ratio } from './districtRatios.ts';
export type { DistrictDebtSeries } from './districtRatios.ts';
export { tierOf, tierEdges, tierVersionFor, tierRuleInForce, tierLevel } from './tiers.ts';
export type { TierEdges } from './tiers.ts';
export { ceilingHeadroom, floorHeadroom, shareCeilingHeadroom, shareFloorHeadroom, onWarningHeadroom } from '../rules/headroom.ts';
export { selfBalanceCoverage, bondSubjectId } from './selfBalance.ts';
export { toBondResult, toDistrictResult, toPlatformResult, toTownExposure } from './shape.ts';
export type { BondResult, PlatformResult } from './shape.ts';
