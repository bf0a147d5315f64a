/**
 * `stressFrames` (SPEC §10 `stress` JSON in long form): each frame against the stress JSON
 * it comes from — row counts, columns as documented, and figures per frame.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../src/core/model/scenario.ts';
import { resolveStochastic, runStress, type StressResult } from '../src/core/stress/index.ts';
import { ruleDef } from '../src/core/rules/inForce.ts';
import type { RuleId } from '../src/core/rules/types.ts';
import { loadScenarioFile } from '../src/scenario/loadFile.ts';
import { STRESS_FRAMES, seriesUnit, splitSeriesKey, stressFrames, type StressFrameName, type StressFrames } from '../src/frames.ts';

let stress: StressResult;
let frames: StressFrames;
let scenario: Scenario;

beforeAll(async () => {
  const loaded = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!loaded.ok) throw new Error('baseline scenario invalid');
  const p0 = loaded.scenario.ppp[0]!;
  // a buy-back of 10,000 万元 in 2030: paid on every path, so its expected payout = P95 = 10,000
  scenario = { ...loaded.scenario, ppp: [{ ...p0, guarantees: [{ kind: 'buy-back', year: 2030, amount: 10_000 }] }, ...loaded.scenario.ppp.slice(1)] };
  stress = runStress(scenario, resolveStochastic(undefined), { paths: 4, seed: 11, hash: 'abcdef0123456789' });
  frames = stressFrames(stress);
});

function rows(frame: StressFrameName): Record<string, unknown>[] {
  const df = frames[frame];
  return (df.values as unknown[][]).map((r) => Object.fromEntries(df.columns.map((c, i) => [c, r[i]])));
}

describe('stressFrames', () => {
  it('has the documented columns and one row per series × year × percentile, breach row, rule-subject pair and project-year', () => {
    for (const name of Object.keys(STRESS_FRAMES) as StressFrameName[]) {
      expect(frames[name].columns, name).toEqual(STRESS_FRAMES[name].columns.map((c) => c.name));
    }
    const keys = Object.keys(stress.series).length; // 4 city series + 4 per district
    expect(keys).toBe(4 + 4 * scenario.districts.length);
    expect(frames.stressSeries.shape[0]).toBe(keys * stress.years.length * 5); // percentiles 5, 25, 50, 75, 95
    expect(frames.stressBreaches.shape[0]).toBe(stress.breaches.length);
    expect(frames.stressBreachesEver.shape[0]).toBe(stress.breachesEver.length);
    expect(frames.contingent.shape[0]).toBe(stress.contingent.length);
    expect(rows('stressRun')).toEqual([{ scenario: scenario.id, hash: 'abcdef0123456789', engineVersion: stress.engineVersion, seed: 11, paths: 4, preset: null }]);
  });

  it('stressSeries: every percentile of every series and year, split into kind, subject and measure, with the measure’s unit', () => {
    const byKey = new Map<string, Record<string, unknown>>();
    for (const r of rows('stressSeries')) byKey.set(`${String(r['series'])}|${String(r['year'])}|${String(r['percentile'])}`, r);
    for (const [key, perYear] of Object.entries(stress.series)) {
      perYear.forEach((ps, t) => stress.percentiles.forEach((p, i) => {
        const r = byKey.get(`${key}|${stress.years[t]}|${p}`)!;
        expect(r['value'], `${key} ${stress.years[t]} p${p}`).toBe(ps[i]);
        expect(r['unit'], key).not.toBeNull();
      }));
    }
    const d = scenario.districts[0]!.id;
    expect(splitSeriesKey(`district.${d}.broadRatio`)).toEqual({ subjectKind: 'district', subject: d, measure: 'broadRatio' });
    expect(splitSeriesKey('city.rewardPool.lapsed')).toEqual({ subjectKind: 'city', subject: null, measure: 'rewardPool.lapsed' });
    expect([seriesUnit('city.fiscalCost'), seriesUnit('city.pppShare'), seriesUnit('city.rewardPool.lapsed')]).toEqual(['wan', 'share', 'wan']);
    expect([seriesUnit(`district.${d}.broadRatio`), seriesUnit(`district.${d}.debtHeadroom`)]).toEqual(['ratio', 'wan']);
  });

  it('stressBreaches and stressBreachesEver: probability and expected shortfall as in the JSON, with the rule’s units', () => {
    rows('stressBreaches').forEach((r, i) => {
      const b = stress.breaches[i]!;
      const def = ruleDef(b.rule as RuleId);
      expect(r).toEqual({ scenario: scenario.id, rule: b.rule, subjectKind: b.subject.kind, subject: b.subject.id, year: b.year,
        probability: b.probability, expectedShortfall: b.expectedShortfall, unit: def.unit, headroomUnit: def.headroomUnit ?? def.unit });
    });
    rows('stressBreachesEver').forEach((r, i) => {
      const e = stress.breachesEver[i]!;
      expect([r['rule'], r['subjectKind'], r['subject'], r['probability']]).toEqual([e.rule, e.subject.kind, e.subject.id, e.probability]);
    });
  });

  it('contingent: the buy-back of 10,000 万元 in 2030 is paid on every path (expected = P95 = 10,000)', () => {
    const r = rows('contingent').find((x) => x['ppp'] === scenario.ppp[0]!.id && x['year'] === 2030)!;
    expect([r['expected'], r['p95']]).toEqual([10_000, 10_000]);
  });
});
