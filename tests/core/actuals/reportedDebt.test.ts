import { describe, expect, it } from 'vitest';
import { reportedDebt } from '../../../src/core/actuals/reportedDebt.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { simulate } from '../../../src/core/simulate.ts';

describe('reportedDebt (SPEC §12, §6): the districts’ reported figures by year, null where not reported', () => {
  it('gives conghua’s 2026 report and nothing for districts that reported nothing', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml');
    if (!r.ok) throw new Error('bundled');
    const m = reportedDebt(r.scenario, r.scenario.actuals!);
    expect([...m.keys()]).toEqual(['conghua', 'zengcheng']);
    const c = m.get('conghua')!;
    expect(c.generalDebt.slice(0, 2)).toEqual([760000, null]);
    expect(c.specialLimit[0]).toBe(950000);
    expect(c.hiddenDebt.length).toBe(15);
  });
});

describe('reported debt in actual years drives the debt model (SPEC §12 "Debt by type", §6)', () => {
  it('conghua 2026: reported balances, limits and hidden debt replace the model’s; 2027 is the model’s again', async () => {
    const [withActuals, base] = await Promise.all([
      loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml'), loadScenarioFile('scenarios/guangzhou-baseline.yaml'),
    ]);
    if (!withActuals.ok || !base.ok) throw new Error('bundled');
    const d = simulate(withActuals.scenario).districts.find((x) => x.id === 'conghua')!;
    const b = simulate(base.scenario).districts.find((x) => x.id === 'conghua')!;
    // reported 2026: general 760,000, special 640,000 → legal 1,400,000; limits 860,000 + 950,000 = 1,810,000,
    // headroom 1,810,000 − 1,400,000 = 410,000
    expect([d.generalDebt[0], d.specialDebt[0], d.legalDebt[0]]).toEqual([760000, 640000, 1400000]);
    expect([d.generalLimit?.[0], d.specialLimit?.[0], d.debtLimit[0], d.debtHeadroom[0]]).toEqual([860000, 950000, 1810000, 410000]);
    expect(d.hiddenDebt[0]).toBe(110000);
    // ratios on the reported figures and the reported 综合财力 1,585,000:
    // legal 1,400,000 / 1,585,000 = 0.883281…; broad (1,400,000 + 110,000) / 1,585,000 = 0.952681…
    expect(d.legalRatio[0]).toBeCloseTo(1400000 / 1585000, 12);
    expect(d.broadRatio[0]).toBeCloseTo(1510000 / 1585000, 12);
    // 2027 is a forecast year: the model's own balances, as in the run without actuals
    expect([d.generalDebt[1], d.specialDebt[1]]).toEqual([b.generalDebt[1], b.specialDebt[1]]);
  });
});
