/** Schema of a characteristic town 特色小镇 (SPEC §2 "town", §7). */
import { z } from 'zod';
import { REGIONS, THEMES } from '../../core/model/scenario.ts';
import type { Town } from '../../core/model/scenario.ts';
import { platformDebtSchema, specialBondSchema } from './debt.ts';
import { kpisSchema } from './kpi.ts';
import { amounts, amountsOrZero, name, nonNegative, positive, slug, year } from './primitives.ts';

/** First year of each stage; planning defaults to the creation year (SPEC §0 规划、建设、运营). */
const stagesSchema = z.strictObject({
  planning: year.optional().describe('First planning year (规划); default: creationYear'),
  construction: year.describe('First construction year (建设)'),
  operation: year.describe('First operation year (运营)'),
});

/** Planned area, construction land and residential land, km² (SPEC §7). */
const landSchema = z.strictObject({
  plannedAreaKm2: positive.describe('Planned area, km² (SPEC §7: 1–5 km²)'),
  constructionLandKm2: nonNegative.describe('Construction land, km² (≤ planned area)'),
  residentialLandKm2: nonNegative.default(0).describe('Residential land, km² (SPEC §7: ≤ 30% of construction land)'),
});

/** Investment plan per year, 万元: the total and, of which, government, real estate and specialty industry. */
const investmentSchema = z.strictObject({
  total: amounts.describe('Total investment plan, 万元 per year'),
  government: amountsOrZero.describe('Of which government investment, 万元 per year'),
  realEstate: amountsOrZero.describe('Of which real estate, 万元 per year'),
  specialtyIndustry: amountsOrZero.describe('Of which specialty industry, 万元 per year (SPEC §7: ≥ 60% of total)'),
});

/**
 * A town. Defaults: not flagship, not yet named, planning from creation, no residential
 * land, `revenueBase` null (the revenue of the year before creation, SPEC §3), no KPIs,
 * no bonds, no platform debt. Cross-field rules live in `townChecks.ts`.
 */
export const townSchema = z
  .strictObject({
    id: slug.describe('Town id, a lowercase ASCII slug such as conghua-hot-spring'),
    name: name.describe('Town name, e.g. 从化温泉养生小镇'),
    district: slug.describe('Id of the district the town is in'),
    region: z.enum(REGIONS).describe('north-eco 北部生态区 or central-south 中南部'),
    theme: z.enum(THEMES).describe('Theme of the town (SPEC §2)'),
    flagship: z.boolean().default(false).describe('精品特色小镇'),
    creationYear: year.describe('创建 year'),
    namingYear: year.nullable().default(null).describe('命名 year (passed acceptance), or null'),
    stages: stagesSchema.describe('First year of each stage: planning ≤ construction ≤ operation'),
    land: landSchema,
    investment: investmentSchema,
    revenue: amounts.describe('Gross fiscal revenue collected in the town, 万元 per year'),
    revenueBase: nonNegative.nullable().default(null).describe('R_base for revenue-return rewards (SPEC §3), 万元; null: the revenue of the year before creation'),
    kpis: kpisSchema.describe('KPI targets and expected achievement by KPI id: investment, tax, jobs, enterprises, visitors, …'),
    bonds: z.array(specialBondSchema).default([]).describe('Special-purpose bonds 专项债 raised for the town'),
    platform: platformDebtSchema.nullable().default(null).describe('Platform (LGFV) debt raised for the town, or null'),
  })
  .transform((t): Town => ({
    ...t,
    stages: { planning: t.stages.planning ?? t.creationYear, construction: t.stages.construction, operation: t.stages.operation },
  }));
