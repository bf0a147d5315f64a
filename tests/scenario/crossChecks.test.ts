import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineDoc, edit, issueAt, issuesOf } from './support.ts';

/**
 * Independent mistakes, each with the one path it must be reported at. (A bad horizon is
 * not independent: the per-year investment check needs the simulated years.)
 */
const MISTAKES: ReadonlyArray<readonly [Readonly<Record<string, unknown>>, string]> = [
  [{ schemaVersion: 7 }, 'schemaVersion'],
  [{ 'city.retainedShare': 'half' }, 'city.retainedShare'],
  [{ 'city.discountRate': 'low' }, 'city.discountRate'],
  [{ 'districts[0].capcity': 1 }, 'districts[0].capcity'],
  [{ 'districts[2].debtLimit': undefined }, 'districts[2].debtLimit'],
  [{ 'towns[0].theme': 'spa' }, 'towns[0].theme'],
  [{ 'towns[1].district': 'nowhere' }, 'towns[1].district'],
  [{ 'towns[2].land.residentialLandKm2': 0.9 }, 'towns[2].land.residentialLandKm2'],
  [{ 'towns[3].stages.operation': 2019 }, 'towns[3].stages.operation'],
  [{ 'towns[4].kpis.jobs.expected': -1 }, 'towns[4].kpis.jobs.expected'],
  [{ 'towns[5].investment.realEstate': 100000 }, 'towns[5].investment.realEstate'],
  [{ 'towns[6].flagship': 'no' }, 'towns[6].flagship'],
  [{ 'towns[7].bonds[0].rate': '2.5%' }, 'towns[7].bonds[0].rate'],
  [{ 'towns[12].id': 'haizhu-pazhou-internet' }, 'towns[12].id'],
  [{ rules: { 'town.jobz': {} } }, 'rules.town.jobz'],
];

describe('validateScenario: cross-field checks', () => {
  it('stage years run planning ≤ construction ≤ operation', () => {
    const issues = issuesOf(edit(baselineDoc(), { 'towns[4].stages': { construction: 2027, operation: 2026 } }));
    expect(issueAt(issues, 'towns[4].stages.operation').en).toBe('stages.operation 2026 is before construction 2027; stages run planning ≤ construction ≤ operation');
  });

  it('planning (default: the creation year) is not before creation; construction is not before planning', () => {
    const issues = issuesOf(edit(baselineDoc(), { 'towns[0].stages.planning': 2016, 'towns[1].stages.construction': 2016 }));
    expect(issueAt(issues, 'towns[0].stages.planning').en).toBe('stages.planning 2016 is before creationYear 2017');
    expect(issueAt(issues, 'towns[1].stages.construction').en).toBe('stages.construction 2016 is before planning 2017; stages run planning ≤ construction ≤ operation');
  });

  it('a town is not named before it is created', () => {
    expect(issueAt(issuesOf(edit(baselineDoc(), { 'towns[0].namingYear': 2016 })), 'towns[0].namingYear').en).toBe('namingYear 2016 is before creationYear 2017');
  });

  it('residential ≤ construction land ≤ planned area', () => {
    const issues = issuesOf(edit(baselineDoc(), { 'towns[3].land.residentialLandKm2': 5, 'towns[0].land.constructionLandKm2': 4 }));
    expect(issueAt(issues, 'towns[3].land.residentialLandKm2').en).toBe('residentialLandKm2 5 exceeds constructionLandKm2 0.7');
    expect(issueAt(issues, 'towns[0].land.constructionLandKm2').en).toBe('constructionLandKm2 4 exceeds plannedAreaKm2 3.2');
  });

  it('an investment part above the total, naming the first such year', () => {
    // total 55000 a year; realEstate grows 10% from 50000: 55000 in 2027, 60500 in 2028
    const issues = issuesOf(edit(baselineDoc(), { 'towns[6].investment.realEstate': { base: 50000, growth: 0.1 } }));
    const i = issueAt(issues, 'towns[6].investment.realEstate');
    expect(i.en).toMatch(/^realEstate 60500\.0+\d* 万元 exceeds the total 55000 万元 in 2028/);
  });

  it('duplicate ids of districts, towns and bonds (across towns) point at the first use', () => {
    const doc = baselineDoc();
    const issues = issuesOf(edit(doc, {
      'districts[1].id': 'conghua',
      'towns[9].id': 'huangpu-smart-tech',
      'towns[7].bonds': [{ id: 'conghua-hot-spring-2026-01', amount: 1000, issueYear: 2027, tenorYears: 5, rate: 0.02 }],
    }));
    expect(issueAt(issues, 'districts[1].id').en).toBe('duplicate district id "conghua" (already used by districts[0]); ids must be unique');
    expect(issueAt(issues, 'towns[10].id').en).toBe('duplicate town id "huangpu-smart-tech" (already used by towns[9]); ids must be unique');
    expect(issueAt(issues, 'towns[7].bonds[0].id').en).toMatch(/^duplicate bond id "conghua-hot-spring-2026-01" \(already used by towns\[0\]\.bonds\[0\]\)/);
  });
});

describe('validateScenario: all problems at once', () => {
  it('any combination of independent mistakes is reported exactly, each once (fast-check)', () => {
    const base = baselineDoc();
    fc.assert(fc.property(fc.subarray([...MISTAKES], { minLength: 1 }), (chosen) => {
      const doc = edit(base, Object.assign({}, ...chosen.map(([change]) => change)) as Record<string, unknown>);
      expect(issuesOf(doc).map((i) => i.path).sort()).toEqual(chosen.map(([, path]) => path).sort());
    }), { numRuns: 40 });
  });


  it('a districts section that is not a list is one problem, not one per town', () => {
    expect(issuesOf(edit(baselineDoc(), { districts: 'x' })).map((i) => i.path)).toEqual(['districts']);
  });


  it('reports every problem of a file with many, each once, in one result', () => {
    const issues = issuesOf(edit(baselineDoc(), {
      horizonYears: 61,
      'city.retainedShare': 'half',
      'districts[2].capcity': 5,
      'towns[0].theme': 'spa',
      'towns[1].district': 'nowhere',
      'towns[2].land.plannedAreaKm2': -3,
      'towns[3].stages.operation': 2010,
      'towns[4].revenue': undefined,
      'towns[5].flagship': 'yes',
      rules: { 'no.such.rule': {} },
      schemaVersion: 99,
      id: '广州',
      'city.discountRate': [],
      'towns[0].kpis.Jobs': { target: 1 },
      'towns[1].platform.repayment': 'balloon',
    }));
    expect(issues.map((i) => i.path).sort()).toEqual([
      'city.discountRate',
      'city.retainedShare',
      'districts[2].capcity',
      'horizonYears',
      'id',
      'rules.no.such.rule',
      'schemaVersion',
      'towns[0].kpis.Jobs',
      'towns[0].theme',
      'towns[1].district',
      'towns[1].platform.repayment',
      'towns[2].land.plannedAreaKm2',
      'towns[3].stages.operation',
      'towns[4].revenue',
      'towns[5].flagship',
    ]);
    for (const i of issues) {
      expect(i.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.en).toMatch(/^[ -~]/);
    }
  });
});
