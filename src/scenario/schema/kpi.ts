/** Schema of a town's KPIs (SPEC §2 "town", §3 "Achievement", §8). */
import { z } from 'zod';
import type { AchievementDistribution, Kpi } from '../../core/model/scenario.ts';
import { amounts, hint, nonNegative } from './primitives.ts';

/** Achievement uncertainty for Monte Carlo (SPEC §8): Normal(expected, sd), truncated at 0. */
export const distributionSchema = z
  .strictObject({ kind: z.literal('normal').default('normal'), sd: nonNegative })
  .transform((d): AchievementDistribution => ({ kind: d.kind, sd: d.sd }));

/**
 * One KPI: its target per year (0 = no target that year), the expected achievement
 * actual/target for the deterministic run (default 1, on target) and an optional
 * distribution.
 */
export const kpiSchema = z
  .strictObject({
    target: amounts.describe("Target per year in the KPI's unit (万元, jobs, visitors…); 0 means no target that year"),
    expected: amounts.default({ kind: 'growth', base: 1, growth: 0 }).describe('Expected achievement actual/target per year (deterministic run); default 1'),
    distribution: distributionSchema.optional().describe('Uncertainty for Monte Carlo: { sd } of a normal around expected, truncated at 0'),
  })
  .transform((k): Kpi => (k.distribution === undefined ? { target: k.target, expected: k.expected } : k));

/** KPI ids are open (SPEC §2): `investment`, `tax`, `jobs`, `enterprises`, `visitors`, … */
export const kpiId = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, hint(
  'KPI 编号应为简短的 ASCII 标识，如 jobs 或 visitors',
  'use a short ASCII KPI id such as jobs or visitors',
));

/** KPIs by id; none by default. */
export const kpisSchema = z.record(kpiId, kpiSchema).default({});
