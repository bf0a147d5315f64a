/**
 * The report model foots (SPEC §1, 横加竖加一致): every total is the exact sum of the
 * displayed rows it totals, every row total the exact sum of its displayed cells, at any
 * display precision; nothing non-finite reaches a table.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport } from '../../src/report/model/buildReport.ts';
import { buildTable, labelCol, valueCol } from '../../src/report/model/table.ts';
import type { ReportModel, Table } from '../../src/report/model/types.ts';
import { BASELINE, columnNumbers, exact, exactSum, model, NORTH, REWARDS, run } from './support.ts';

function allTables(m: ReportModel): Table[] {
  return [...m.sections.flatMap((s) => s.tables), ...(m.comparison ? [m.comparison] : []), ...(m.comparisonByYear ? [m.comparisonByYear] : [])];
}

function expectFoots(t: Table): void {
  t.columns.forEach((c, i) => {
    if (c.total) expect(exact(t.total?.[i] as number), `${t.id}.${c.key} total`).toBe(exactSum(columnNumbers(t, i)));
    if (c.sumOf) {
      const parts = c.sumOf.map((k) => t.columns.findIndex((x) => x.key === k));
      for (const r of t.rows) {
        const nums = parts.map((j) => r.cells[j]).filter((v): v is number => typeof v === 'number');
        expect(exact(r.cells[i] as number), `${t.id}.${c.key} row total`).toBe(exactSum(nums));
      }
    }
  });
}

describe('report model', () => {
  it('every total row equals the exact sum of its displayed rows, and every row total the sum of its cells', async () => {
    const m = await model([BASELINE, REWARDS]);
    const tables = allTables(m);
    expect(tables.filter((t) => t.total).length).toBeGreaterThanOrEqual(10);
    for (const t of tables) expectFoots(t);
  });

  it.each([0, 1, 2, 4])('foots at %i decimals, and no 万元 figure shows more decimals than asked', async (d) => {
    const m = await model([REWARDS], d);
    for (const t of allTables(m)) {
      expectFoots(t);
      t.columns.forEach((c, i) => {
        if (c.unit !== 'wan') return;
        for (const r of t.rows) {
          const v = r.cells[i];
          if (typeof v === 'number' && r.unit === undefined) expect((exact(v).split('.')[1] ?? '').length).toBeLessThanOrEqual(d);
        }
      });
    }
  });

  it('the reward table has a row per town and program, and its total is the city\'s rewards paid', async () => {
    const m = await model([REWARDS]);
    const s = m.sections[0]!;
    const rewards = s.tables.find((t) => t.id === 'town-rewards')!;
    const city = s.tables.find((t) => t.id === 'city')!;
    expect(rewards.rows.length).toBeGreaterThan(13);
    const total = rewards.total!.at(-1) as number;
    const cityTotal = city.total![city.columns.findIndex((c) => c.key === 'rewardsPaid')] as number;
    expect(Math.abs(total - cityTotal)).toBeLessThanOrEqual(0.01 * rewards.rows.length);
  });

  it('the summary repeats the displayed totals of the city and PPP tables', async () => {
    const s = (await model([BASELINE])).sections[0]!;
    const value = (key: string) => s.tables.find((t) => t.id === 'summary')!.rows.find((r) => r.metric === key)!.cells[1];
    const city = s.tables.find((t) => t.id === 'city')!;
    const ppp = s.tables.find((t) => t.id === 'ppp-obligations')!;
    expect(value('fiscalCostTotal')).toBe(city.total![city.columns.findIndex((c) => c.key === 'fiscalCost')]);
    expect(value('pppObligationsTotal')).toBe(ppp.total!.at(-1));
  });

  it('财承 table: the four 21号 types plus existing projects make the total, with the share and the 10% ceiling', async () => {
    const { result, scenario } = await run(BASELINE);
    const s = (await model([BASELINE])).sections[0]!;
    const t = s.tables.find((x) => x.id === 'caicheng-city')!;
    expect(t.columns.slice(1, 5).map((c) => c.label.zh)).toEqual(['股权投资支出', '运营补贴支出', '风险承担支出', '配套投入支出']);
    const col = (k: string) => t.columns.findIndex((c) => c.key === k);
    t.rows.forEach((r, i) => {
      // 2026: 10,400.31 + 355 + 600,000 existing = 610,755.31, the city's PPP obligations that year
      expect(Math.abs((r.cells[col('obligations')] as number) - (result.city.pppObligations[i] ?? 0))).toBeLessThanOrEqual(0.05);
      expect(r.cells[col('pppShare')]).toBe(Number((result.city.pppShare[i] ?? 0).toFixed(4)));
      // the ceiling's amount is 10% of the displayed budget (one figure, one value)
      expect(r.cells[col('limit10')]).toBe(Number((0.1 * (r.cells[col('budgetExpenditure')] as number)).toFixed(2)));
      expect(r.cells[col('status')]).toEqual({ zh: '正常', en: 'Within' });
    });
    // the city, then each district with PPP obligations (a town project, or existing ones: 南沙区, 海珠区), in scenario order
    expect(s.tables.filter((x) => x.id.startsWith('caicheng-')).map((x) => x.id)).toEqual(
      ['caicheng-city', 'caicheng-conghua', 'caicheng-zengcheng', 'caicheng-huadu', 'caicheng-panyu', 'caicheng-huangpu', 'caicheng-nansha', 'caicheng-haizhu']);
    expect(scenario.ppp.some((p) => p.payer.level === 'city')).toBe(true);
  });

  it('flags a share above 10% in the 财承 table (ppp-overload scenario)', async () => {
    const m = await model(['scenarios/guangzhou-ppp-overload.yaml']);
    const status = m.sections[0]!.tables.filter((t) => t.id.startsWith('caicheng-')).flatMap((t) => t.rows.map((r) => r.cells.at(-1)));
    expect(status).toContainEqual({ zh: '超10%（PPP支出占比10%红线）', en: 'Above 10% (PPP share 10% ceiling)' });
  });

  it('several scenarios: a comparison whose deltas are the displayed differences', async () => {
    const m = await model([BASELINE, NORTH]);
    const c = m.comparison!;
    expect(c.columns.map((x) => x.key)).toEqual(['metric', 'guangzhou-baseline', 'guangzhou-north-growth', 'delta:guangzhou-north-growth', 'deltaPct:guangzhou-north-growth']);
    for (const r of c.rows) {
      const [, a, b, d, pct] = r.cells;
      if (typeof a === 'number' && typeof b === 'number') {
        expect(exact(d as number)).toBe(exactSum([b, -a]));
        // Δ% = Δ / reference, shown as a percent at 4 decimals of the fraction (2 of the percent)
        if (a !== 0) expect(pct).toBe(Number(((d as number) / a).toFixed(4)));
      }
    }
    const fiscal = c.rows.find((r) => r.metric === 'fiscalCostTotal')!;
    const summary = m.sections[0]!.tables.find((t) => t.id === 'summary')!.rows.find((r) => r.metric === 'fiscalCostTotal')!;
    expect(fiscal.cells[1]).toBe(summary.cells[1]);
  });

  it('several scenarios: their city figures side by side by year, footed, repeating each city table', async () => {
    const m = await model([BASELINE, NORTH]);
    const t = m.comparisonByYear!;
    expect(t.columns.map((c) => c.key).slice(0, 3)).toEqual(['year', 'fiscalCost:guangzhou-baseline', 'fiscalCost:guangzhou-north-growth']);
    expectFoots(t);
    const city = m.sections[1]!.tables.find((x) => x.id === 'city')!;
    const fiscal = city.columns.findIndex((c) => c.key === 'fiscalCost');
    expect(t.rows.map((r) => r.cells[2])).toEqual(city.rows.map((r) => r.cells[fiscal]));
    expect((await model([BASELINE])).comparisonByYear).toBeNull();
  });

  it('refuses a non-finite number instead of displaying it', async () => {
    const r = await run(BASELINE);
    const bad = { ...r.result, city: { ...r.result.city, budgetExpenditure: [Number.NaN, ...r.result.city.budgetExpenditure.slice(1)] } };
    expect(() => buildReport([{ scenario: r.scenario, result: bad }], { generatedAt: '2026-11-26' })).toThrow(/non-finite/);
    expect(() => buildReport([r], { generatedAt: '2026-11-26', decimals: 7 })).toThrow(/decimals/);
  });

  it('buildTable(random amounts) foots at the display precision (property)', () => {
    const amount = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 4 }), (rows, d) => {
      const t = buildTable({
        id: 't', title: { zh: 't', en: 't' }, subject: { kind: 'x', id: 'x' },
        columns: [labelCol('k', 'k', 'k'), valueCol('a', 'a', 'a', 'wan', { total: true }), valueCol('b', 'b', 'b', 'wan', { total: true }), valueCol('s', 's', 's', 'wan', { total: true, sumOf: ['a', 'b'] })],
        rows: rows.map(([a, b], i) => ({ cells: [String(i), a, b, null] })),
      }, d);
      expectFoots(t);
      // the grand total foots both ways: Σ row totals = Σ column totals
      expect(exact(t.total![3] as number)).toBe(exactSum([t.total![1] as number, t.total![2] as number]));
    }), { numRuns: 200 });
  });

  it('findings and the per-rule summary name each rule from the rule table (no label kept in the report)', async () => {
    const m = await model(['scenarios/guangzhou-ppp-overload.yaml']);
    const findings = m.sections[0]!.tables.find((t) => t.id === 'findings')!;
    const col = (t: Table, k: string) => t.columns.findIndex((c) => c.key === k);
    const row = findings.rows.find((r) => r.cells[col(findings, 'rule')] === 'ppp.share.10')!;
    expect(row.cells[col(findings, 'ruleName')]).toEqual({ zh: 'PPP支出占比10%红线', en: 'PPP share 10% ceiling' });
    const summary = m.sections[0]!.tables.find((t) => t.id === 'limits-summary')!;
    for (const r of summary.rows) expect(String(r.cells[col(summary, 'ruleName')])).not.toBe('');
  });
});
