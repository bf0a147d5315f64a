/** Uncertainty (SPEC §8): Monte Carlo stress, presets, sensitivity and goal seek — the module's public surface. */
export { pathRng, pathSeed, mix32 } from './rng.ts';
export type { Rng } from './rng.ts';
export { DEFAULT_STOCHASTIC, resolveStochastic, zeroVariance, isZeroVariance } from './spec.ts';
export type { StochasticSpec, StochasticInput } from './spec.ts';
export { drawShocks } from './draws.ts';
export type { PathShocks } from './draws.ts';
export { shockedScenario, mapSeries } from './shock.ts';
export { runBlock, CHUNK, isCrossed, rowKey } from './paths.ts';
export type { PathBlock, BlockOptions } from './paths.ts';
export { reduceStress } from './reduce.ts';
export type { StressResult, StressBreach, ReduceContext } from './reduce.ts';
export { percentiles, PERCENTILES } from './percentiles.ts';
export { keySeriesNames } from './keySeries.ts';
export { contingentPayout, contingentProjects } from './contingent.ts';
export { runStress, blockRanges } from './runStress.ts';
export { applyPreset, isPreset, PRESETS, LAND_BUST, CONTINGENT_ABSORBED, REAL_ESTATE_HEAVY } from './presets.ts';
export type { PresetName, PresetContext } from './presets.ts';
