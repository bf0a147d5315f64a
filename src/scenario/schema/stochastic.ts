/**
 * The scenario's optional `stochastic` section (SPEC §8 "Drivers and defaults"): any subset
 * of the Monte Carlo distributions; absent fields take the calibrated defaults of
 * `core/stress/spec.ts` (documented in docs/decisions.md "Uncertainty"). Strict: a mistyped
 * field is an error, not a silently ignored calibration.
 */
import { z } from 'zod';
import type { StochasticInput } from '../../core/stress/spec.ts';
import { addBilingualIssue } from '../issues.ts';
import { nonNegative, positive, rate, share } from './primitives.ts';

/** A correlation or AR(1) coefficient in [−1, 1]. */
const correlation = rate.describe('A coefficient in (−1, 1]');

export const stochasticSchema = z.strictObject({
  achievement: z.strictObject({
    defaultSd: nonNegative.optional().describe('sd of a KPI achievement without its own distribution (default 0.1)'),
    cityLoading: share.optional().describe('Loading on the common city factor λc (default 0.4)'),
    districtLoading: share.optional().describe('Loading on the district factor λd (default 0.3); λc² + λd² ≤ 1'),
  }).optional(),
  revenue: z.strictObject({
    citySd: nonNegative.optional().describe('sd of the city revenue growth shock (default 0.05)'),
    districtSd: nonNegative.optional().describe("sd of a district's own growth shock, added to the city's (default 0.06)"),
    persistence: correlation.optional().describe('AR(1) persistence of growth shocks (default 0.4)'),
    landDrift: rate.optional().describe('Mean yearly log-change of land revenue against plan (default −0.05)'),
    landSd: nonNegative.optional().describe('sd of that log-change (default 0.2)'),
    landTaxCorrelation: correlation.optional().describe('Correlation of land and tax shocks (default 0.5)'),
  }).optional(),
  rates: z.strictObject({ sd: nonNegative.optional().describe('sd of the rate shift of floating and new borrowing (default 0.005)') }).optional(),
  ppp: z.strictObject({
    sd: nonNegative.optional().describe('sd of log PPP demand (default 0.35)'),
    mean: positive.optional().describe('Mean demand against forecast (default 1)'),
    guaranteeFloor: share.optional().describe('Share of forecast user revenue a minimum-revenue guarantee secures (default 0.8)'),
  }).optional(),
  funds: z.strictObject({ sd: nonNegative.optional().describe('sd of fund NAV growth shock (default 0.05)') }).optional(),
}).superRefine((v, ctx) => {
  const lc = v.achievement?.cityLoading ?? 0.4, ld = v.achievement?.districtLoading ?? 0.3;
  if (lc * lc + ld * ld > 1) {
    const sum = (lc * lc + ld * ld).toFixed(3);
    addBilingualIssue(ctx, ['achievement'], `cityLoading² + districtLoading² 须不大于 1（现为 ${sum}），请降低载荷`,
      `cityLoading² + districtLoading² must be ≤ 1 (is ${sum}); lower a loading`, v.achievement);
  }
}) satisfies z.ZodType<StochasticInput, unknown>;
