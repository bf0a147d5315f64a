/**
 * The root scenario schema (SPEC §2): every section of the core `Scenario`, strict (an
 * unknown key is an error, so a typo never passes silently), with defaults, and the
 * cross-field checks that need more than one field. Its output is exactly the core's
 * `Scenario` type (asserted in tests/scenario/schemaType.test.ts).
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from '../../core/model/scenario.ts';
import type { Scenario } from '../../core/model/scenario.ts';
import { addBilingualIssue } from '../issues.ts';
import { actualsSchema } from './actuals.ts';
import { actualsReferenceIssues } from './actualsReferences.ts';
import { citySchema } from './city.ts';
import { districtSchema } from './district.ts';
import { checkDistrictDebt } from './districtDebt.ts';
import { fundSchema } from './funds.ts';
import { checkIdentity } from './identity.ts';
import { fields, isRecord, issuePaths } from './loose.ts';
import type { Fields } from './loose.ts';
import { pppProjectSchema } from './ppp.ts';
import { decimal, name, slug, year } from './primitives.ts';
import { rewardReferenceIssues, rewardsSchema } from './rewards.ts';
import { rulesSchema } from './rules.ts';
import { stochasticSchema } from './stochastic.ts';
import { checkTown } from './townChecks.ts';
import type { Years } from './townChecks.ts';
import { townSchema } from './town.ts';

/** Number of simulated years, 1..60 (SPEC §1 "Time"). */
export const horizonYearsSchema = decimal(z.number().finite().min(1).max(60).multipleOf(1));

/**
 * The format version (SPEC §2): defaults to the current one; older versions still load;
 * a newer one was written by a newer townfisc and is refused with an upgrade hint.
 */
export const schemaVersionSchema = decimal(z.number().finite().min(1).multipleOf(1))
  .default(SCHEMA_VERSION)
  .superRefine((v, ctx) => {
    if (v <= SCHEMA_VERSION) return;
    addBilingualIssue(ctx, [], `情景文件格式版本 ${v} 新于本程序支持的版本 ${SCHEMA_VERSION}，请升级 townfisc`,
      `scenario format version ${v} is newer than this townfisc supports (${SCHEMA_VERSION}); upgrade townfisc`, v);
  });

function yearsOf(root: Fields): Years | undefined {
  const first = root.num('startYear');
  const count = root.num('horizonYears');
  return first === undefined || count === undefined ? undefined : { first, count };
}

/** Cross-field checks over the whole (possibly partly invalid) scenario. */
function crossChecks(value: unknown, ctx: z.core.$RefinementCtx): void {
  if (!isRecord(value)) return;
  const root = fields(value, [], issuePaths(ctx));
  checkIdentity(root, ctx);
  const years = yearsOf(root);
  for (const town of root.items('towns')) checkTown(town, years, ctx);
  for (const district of root.items('districts')) checkDistrictDebt(district, years, issuePaths(ctx), ctx);
}

/**
 * References from the reward policy to KPIs, districts and towns (SPEC §3). Runs on the
 * parsed scenario, so only once everything else is valid: the references need the towns.
 */
function rewardReferences(s: Scenario, ctx: z.core.$RefinementCtx): void {
  const refs = {
    kpiIds: new Set(s.towns.flatMap((t) => Object.keys(t.kpis))),
    districtIds: new Set(s.districts.map((d) => d.id)),
    townIds: new Set(s.towns.map((t) => t.id)),
  };
  for (const i of rewardReferenceIssues(s.rewards, refs)) addBilingualIssue(ctx, ['rewards', ...i.path], i.zh, i.en, i.value);
  if (s.actuals) for (const i of actualsReferenceIssues(s, s.actuals)) addBilingualIssue(ctx, ['actuals', ...i.path], i.zh, i.en, i.value);
}

/** The scenario file (SPEC §2), validated and normalised to the core `Scenario`. */
export const scenarioSchema = z
  .strictObject({
    schemaVersion: schemaVersionSchema.describe(`Scenario format version (current: ${SCHEMA_VERSION})`),
    id: slug.describe('Scenario id, a lowercase ASCII slug'),
    name: name.describe('Scenario name'),
    description: z.string().default('').describe('Free text'),
    startYear: year.describe('First simulated (budget) year'),
    horizonYears: horizonYearsSchema.describe('Number of simulated years, 1..60'),
    city: citySchema.describe('The city (SPEC §2)'),
    districts: z.array(districtSchema).min(1).describe('Districts 区 (SPEC §2, §6)'),
    towns: z.array(townSchema).describe('Characteristic towns 特色小镇 (SPEC §2, §7)'),
    rules: rulesSchema.describe('Overrides of the rule table by rule id (SPEC §11): { threshold?, level?, params? }'),
    rewards: rewardsSchema.prefault({ programs: [] }).describe('Elastic reward policy (SPEC §3)'),
    ppp: z.array(pppProjectSchema).default([]).describe('PPP projects (SPEC §4)'),
    funds: z.array(fundSchema).default([]).describe('Investment sub-funds (SPEC §5)'),
    actuals: actualsSchema.optional().describe('Actuals, decisions and payments of past years (SPEC §12)'),
    stochastic: stochasticSchema.optional().describe('Monte Carlo distributions (SPEC §8); absent fields take calibrated defaults'),
  })
  .superRefine(crossChecks, { when: (payload) => isRecord(payload.value) })
  .superRefine(rewardReferences) satisfies z.ZodType<Scenario, unknown>;

/** What a user writes (input side of the schema). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
