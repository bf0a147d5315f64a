/**
 * The scenario's optional `stochastic` section (SPEC §8 "Drivers and defaults"): any subset
 * of the Monte Carlo distributions; absent fields take the calibrated defaults of
 * `core/stress/spec.ts` (`townfisc stress --help` prints them; documented in docs/decisions.md "Uncertainty"). Strict: a mistyped
 * field is an error, not a silently ignored calibration.
 */
import { z } from 'zod';
import { DEFAULT_STOCHASTIC } from '../../core/stress/spec.ts';
import type { StochasticInput } from '../../core/stress/spec.ts';
import { addBilingualIssue } from '../issues.ts';
import { nonNegative, positive, rate, share } from './primitives.ts';

/** A correlation or AR(1) coefficient in [−1, 1]. */
const correlation = rate.describe('A coefficient in (−1, 1]');

export const stochasticSchema = z.strictObject({
  achievement: z.strictObject({
    defaultSd: nonNegative.optional().describe('sd of a KPI achievement without its own distribution'),
    cityLoading: share.optional().describe('Loading on the common city factor λc'),
    districtLoading: share.optional().describe('Loading on the district factor λd ; λc² + λd² ≤ 1'),
  }).optional(),
  revenue: z.strictObject({
    citySd: nonNegative.optional().describe('sd of the city revenue growth shock'),
    districtSd: nonNegative.optional().describe("sd of a district's own growth shock, added to the city's"),
    persistence: correlation.optional().describe('AR(1) persistence of growth shocks'),
    landDrift: rate.optional().describe('Mean yearly log-change of land revenue against plan'),
    landSd: nonNegative.optional().describe('sd of that log-change'),
    landTaxCorrelation: correlation.optional().describe('Correlation of land and tax shocks'),
  }).optional(),
  rates: z.strictObject({ sd: nonNegative.optional().describe('sd of the rate shift of floating and new borrowing') }).optional(),
  ppp: z.strictObject({
    sd: nonNegative.optional().describe('sd of log PPP demand'),
    mean: positive.optional().describe('Mean demand against forecast'),
    guaranteeFloor: share.optional().describe('Share of forecast user revenue a minimum-revenue guarantee secures'),
  }).optional(),
  funds: z.strictObject({ sd: nonNegative.optional().describe('sd of fund NAV growth shock') }).optional(),
}).superRefine((v, ctx) => {
  const d = DEFAULT_STOCHASTIC.achievement;
  const lc = v.achievement?.cityLoading ?? d.cityLoading, ld = v.achievement?.districtLoading ?? d.districtLoading;
  if (lc * lc + ld * ld > 1) {
    const sum = (lc * lc + ld * ld).toFixed(3);
    addBilingualIssue(ctx, ['achievement'], `cityLoading² + districtLoading² 须不大于 1（现为 ${sum}），请降低载荷`,
      `cityLoading² + districtLoading² must be ≤ 1 (is ${sum}); lower a loading`, v.achievement);
  }
}) satisfies z.ZodType<StochasticInput, unknown>;
