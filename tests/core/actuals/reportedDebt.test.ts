import { describe, expect, it } from 'vitest';
import { reportedDebt } from '../../../src/core/actuals/reportedDebt.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

describe('reportedDebt (SPEC §12, §6): the districts’ reported figures by year, null where not reported', () => {
  it('gives conghua’s 2026 report and nothing for districts that reported nothing', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml');
    if (!r.ok) throw new Error('bundled');
    const m = reportedDebt(r.scenario, r.scenario.actuals!);
    expect([...m.keys()]).toEqual(['conghua', 'zengcheng']);
    const c = m.get('conghua')!;
    expect(c.generalDebt.slice(0, 2)).toEqual([780000, null]);
    expect(c.specialLimit[0]).toBe(950000);
    expect(c.hiddenDebt.length).toBe(15);
  });
});
