/**
 * Elastic rewards (SPEC §3, 事中事后弹性奖补). `simulateRewards(scenario, options?)` is
 * the entry; `prepareRewards` + `runRewards` + `rewardsResult` are its steps for callers
 * that run many paths; the rest are the pieces, exported for tests and other modules.
 */
export { simulateRewards, rewardsResult } from './simulate.ts';
export type { RewardsOptions, RewardsResult } from './simulate.ts';
export { prepareRewards } from './prepare.ts';
export type { PreparedRewards } from './prepare.ts';
export { runRewards } from './engine.ts';
export type { RewardsRun, RunInputs } from './engine.ts';
export type { TownRewardsResult } from './output.ts';
export type { RewardsCityResult, RewardsSummary } from './summary.ts';
export { kpiAchievement, compositeAchievement, townAchievement } from './achievement.ts';
export type { AchievementRatios, TownAchievement } from './achievement.ts';
export { compileCurve, curveMultiplier, piecewiseLinear } from './curve.ts';
export { CURVE_SYMBOLS, STAGE_CODES, kpiSymbol } from './curveSymbols.ts';
export { townStatus, STATUS, STATUS_OF_CODE } from './status.ts';
export { landUseMu } from './landUse.ts';
export { investmentCompleted, jobsReached } from './investmentCompleted.ts';
export { REWARD_DEFAULTS, DEFAULT_FROM_POOL, DEFAULT_LAG } from './defaults.ts';
export * from './types.ts';
