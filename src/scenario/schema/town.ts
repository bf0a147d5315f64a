/** Schema of a characteristic town 特色小镇 (SPEC §2 "town", §7). */
import { z } from 'zod';
import { REGIONS, THEMES } from '../../core/model/scenario.ts';
import type { Town } from '../../core/model/scenario.ts';
import { platformDebtSchema, specialBondSchema } from './debt.ts';
import { kpisSchema } from './kpi.ts';
import { amounts, amountsOrZero, name, nonNegative, positive, slug, year } from './primitives.ts';

/** First year of each stage; planning defaults to the creation year (SPEC §0 规划、建设、运营). */
const stagesSchema = z.strictObject({ planning: year.optional(), construction: year, operation: year });

/** Planned area, construction land and residential land, km² (SPEC §7). */
const landSchema = z.strictObject({
  plannedAreaKm2: positive,
  constructionLandKm2: nonNegative,
  residentialLandKm2: nonNegative.default(0),
});

/** Investment plan per year, 万元: the total and, of which, government, real estate and specialty industry. */
const investmentSchema = z.strictObject({
  total: amounts,
  government: amountsOrZero,
  realEstate: amountsOrZero,
  specialtyIndustry: amountsOrZero,
});

/**
 * A town. Defaults: not flagship, not yet named, planning from creation, no residential
 * land, `revenueBase` null (the revenue of the year before creation, SPEC §3), no KPIs,
 * no bonds, no platform debt. Cross-field rules live in `townChecks.ts`.
 */
export const townSchema = z
  .strictObject({
    id: slug,
    name,
    district: slug,
    region: z.enum(REGIONS),
    theme: z.enum(THEMES),
    flagship: z.boolean().default(false),
    creationYear: year,
    namingYear: year.nullable().default(null),
    stages: stagesSchema,
    land: landSchema,
    investment: investmentSchema,
    revenue: amounts,
    revenueBase: nonNegative.nullable().default(null),
    kpis: kpisSchema,
    bonds: z.array(specialBondSchema).default([]),
    platform: platformDebtSchema.nullable().default(null),
  })
  .transform((t): Town => ({
    ...t,
    stages: { planning: t.stages.planning ?? t.creationYear, construction: t.stages.construction, operation: t.stages.operation },
  }));
