/**
 * 主要结论 (issue #18 "Say what it means"): the peaks with where and when against the lines
 * in force, breaches and warnings by rule with the subjects they concern, and uncertainty
 * figures only when the report includes a stress run — each figure as the tables show it.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { ruleDef } from '../../src/core/rules/inForce.ts';
import { simulate } from '../../src/core/simulate.ts';
import { resolveStochastic, runStress } from '../../src/core/stress/index.ts';
import { cellText } from '../../src/report/format/cellText.ts';
import { buildReport } from '../../src/report/model/buildReport.ts';
import type { Table } from '../../src/report/model/types.ts';
import { BASELINE, model, run } from './support.ts';

const shown = (t: Table, key: string) => t.rows.find((r) => r.metric === key)?.cells[1] as number;

describe('主要结论', () => {
  it('names the PPP-share peak with where, when and the ceiling in force, as the summary shows it (3.80%, 从化区, 2026)', async () => {
    const m = await model([BASELINE]);
    const { result } = await run(BASELINE);
    const s = m.sections[0]!;
    const summary = s.tables.find((t) => t.id === 'summary')!;
    const text = s.conclusions.map((c) => c.zh).join('\n');
    // the peak over the city and every district, found independently
    let best = { v: -1, who: '', year: 0 };
    for (const d of result.districts) d.pppShare.forEach((v, i) => { if (v !== null && v > best.v) best = { v, who: d.id, year: result.years[i]! }; });
    expect(best).toMatchObject({ who: 'conghua', year: 2026 });
    expect(cellText(shown(summary, 'peakPppShare'), 'share', 2)).toBe('3.80%');
    expect(text).toContain('PPP支出占一般公共预算支出比例峰值 3.80%，出现在从化区2026年，低于PPP支出占比10%红线（10%）。');
    // both debt ratios with where, when and tier; the values are the summary's
    expect(text).toContain(`法定债务率（官方）峰值 ${cellText(shown(summary, 'peakLegalRatio'), 'share', 2)}，出现在`);
    expect(text).toContain(`宽口径债务率（实践口径）峰值 ${cellText(shown(summary, 'peakBroadRatio'), 'share', 2)}，出现在从化区2026年，处于绿档（黄档起点 120%）。`);
    // the year of the highest fiscal cost is the city table's
    const city = s.tables.find((t) => t.id === 'city')!;
    const k = city.columns.findIndex((c) => c.key === 'fiscalCost');
    const top = city.rows.reduce((a, r) => ((r.cells[k] as number) > (a.cells[k] as number) ? r : a));
    expect(text).toContain(`最高为${top.year}年 ${cellText(top.cells[k] as number, 'wan', 2)} 万元`);
  });

  it('states breaches and warnings by rule, with counts from the findings and the subjects by name', async () => {
    const m = await model([BASELINE]);
    const { result, scenario } = await run(BASELINE);
    const text = m.sections[0]!.conclusions.map((c) => c.zh);
    const rules = [...new Set(result.findings.map((f) => f.rule))];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const fs = result.findings.filter((f) => f.rule === rule);
      const line = text.find((t) => t.startsWith(`${ruleDef(rule).label.zh}：`));
      expect(line, rule).toBeDefined();
      const w = fs.filter((f) => f.level === 'warning').length;
      if (w > 0) expect(line).toContain(`预警 ${w} 条`);
      const first = fs[0]!;
      const name = scenario.towns.find((t) => t.id === first.subject.id)?.name ?? scenario.districts.find((d) => d.id === first.subject.id)?.name ?? first.subject.id;
      expect(line).toContain(name);
    }
    expect(text.join('')).not.toMatch(/压力测试|或有负债/);
  });

  it('adds the uncertainty figures only with a stress run: the likeliest crossing and the contingent total as the tables show them', async () => {
    const { scenario: s0 } = await run(BASELINE);
    const p0 = s0.ppp[0]!;
    // a buy-back of 10,000 万元 in 2030 is paid on every path: expected contingent total 10,000.00
    const scenario: Scenario = { ...s0, ppp: [{ ...p0, guarantees: [{ kind: 'buy-back', year: 2030, amount: 10_000 }] }, ...s0.ppp.slice(1)] };
    const result = simulate(scenario, { hash: 'abcdef0123456789' });
    const stress = runStress(scenario, resolveStochastic(undefined), { paths: 4, seed: 11, hash: 'abcdef0123456789' });
    const withStress = buildReport([{ scenario, result, stress }], { generatedAt: '2026-01-01' }).sections[0]!.conclusions.map((c) => c.zh);
    expect(withStress).toContain('PPP或有负债（保底、回购）期望支付合计 10,000.00 万元。');
    expect(withStress.some((c) => c.startsWith('压力测试：'))).toBe(true);
    const plain = buildReport([{ scenario, result }], { generatedAt: '2026-01-01' }).sections[0]!.conclusions.map((c) => c.zh);
    expect(plain.join('')).not.toMatch(/压力测试|或有负债/);
  });
});
