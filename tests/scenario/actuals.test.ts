import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { baselineDoc, edit, issueAt, issuesOf } from './support.ts';

const kpi = (value: number) => ({ value, source: '统计', verified: true });
/** The baseline with an `actuals` section. */
const withActuals = (actuals: Record<string, unknown>) => ({ ...baselineDoc(), actuals });

describe('actuals (SPEC §12) in the scenario format', () => {
  it('accepts actuals and fills the defaults: grade factors 1.2/1.0/0.8/0, version 初稿, verified false', () => {
    const r = validateScenario(withActuals({ towns: [{ town: 'conghua-hot-spring', year: 2026, kpis: { tax: { value: 31200, source: '税务' } } }] }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const a = r.scenario.actuals!;
    expect(a.gradeFactors).toEqual({ 优秀: 1.2, 良好: 1.0, 基本合格: 0.8, 不合格: 0 });
    expect(a.settlement.version).toBe('初稿');
    expect(a.towns[0]).toEqual({ town: 'conghua-hot-spring', year: 2026, kpis: { tax: { value: 31200, source: '税务', verified: false } }, constructionLandKm2: null, residentialLandKm2: null, cumulativeInvestment: null });
  });

  it('loads the bundled example guangzhou-actuals-2026.yaml', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml');
    expect(r.ok ? r.scenario.actuals?.towns.length : r.issues).toBe(13);
  });

  it('refuses an actual for a year outside the horizon, with the path and both languages', () => {
    const i = issueAt(issuesOf(withActuals({ towns: [{ town: 'conghua-hot-spring', year: 2041, kpis: { tax: kpi(1) } }] })), 'actuals.towns[0].year');
    expect(i.zh).toContain('2026–2040');
    expect(i.en).toContain('outside the horizon 2026–2040');
  });

  it("refuses an actual for a year before the town's creation", () => {
    // zengcheng-litchi moved to a creation in 2028 (stages after it)
    const doc = edit(withActuals({ evaluations: [{ town: 'zengcheng-litchi', year: 2027, grade: '良好' }] }), {
      'towns[4].creationYear': 2028, 'towns[4].stages': { construction: 2028, operation: 2029 },
    });
    const i = issueAt(issuesOf(doc), 'actuals.evaluations[0].year');
    expect(i.en).toContain('before town zengcheng-litchi was created (2028)');
  });

  it('suggests the town, program and KPI meant by a misspelt id', () => {
    const issues = issuesOf(withActuals({
      towns: [{ town: 'conghua-hot-sprin', year: 2026 }, { town: 'huadu-jewelry', year: 2026, kpis: { txa: kpi(1) } }],
      payments: [{ town: 'huadu-jewelry', program: 'milestne', year: 2026, kind: 'advance', amount: 10 }],
    }));
    expect(issueAt(issues, 'actuals.towns[0].town').en).toContain('did you mean "conghua-hot-spring"');
    expect(issueAt(issues, 'actuals.towns[1].kpis.txa').en).toContain('did you mean "tax"');
    expect(issueAt(issues, 'actuals.payments[0].program').zh).toContain('是否应为 "milestone"');
  });

  it('refuses an unknown source, grade or decision with the allowed values', () => {
    const issues = issuesOf(withActuals({
      towns: [{ town: 'huadu-jewelry', year: 2026, kpis: { tax: { value: 1, source: '自报' } } }],
      evaluations: [{ town: 'huadu-jewelry', year: 2026, grade: '合格', decision: 'expel' }],
    }));
    expect(issues.map((i) => i.path).sort()).toEqual(['actuals.evaluations[0].decision', 'actuals.evaluations[0].grade', 'actuals.towns[0].kpis.tax.source']);
  });

  it('refuses a town-year reported twice and a negative advance', () => {
    const issues = issuesOf(withActuals({
      towns: [{ town: 'huadu-jewelry', year: 2026 }, { town: 'huadu-jewelry', year: 2026 }],
      payments: [{ town: 'huadu-jewelry', program: 'milestone', year: 2026, kind: 'advance', amount: -5 }],
    }));
    expect(issueAt(issues, 'actuals.towns[1]').en).toContain('given twice');
    expect(issueAt(issues, 'actuals.payments[0].amount').zh).toContain('预拨金额不能为负');
  });
});
