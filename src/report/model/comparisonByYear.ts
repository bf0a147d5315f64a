/**
 * Several scenarios side by side, year by year: each scenario's fiscal cost, rewards paid
 * and PPP obligations (the city table's displayed figures) in adjacent columns, with a
 * total row. Years are the union of the scenarios' years; a year a scenario does not
 * simulate is blank.
 */
import { buildTable, labelCol, valueCol } from './table.ts';
import type { Column, Row, ScenarioSection, Table } from './types.ts';

const METRICS = [
  { key: 'fiscalCost', zh: '财政成本', en: 'Fiscal cost' },
  { key: 'rewardsPaid', zh: '奖补支付', en: 'Rewards paid' },
  { key: 'pppObligations', zh: 'PPP支出责任', en: 'PPP obligations' },
] as const;

/** The side-by-side table of `sections` (at least two), built from their city tables. */
export function comparisonByYearTable(sections: readonly ScenarioSection[], decimals: number): Table {
  const years = [...new Set(sections.flatMap((s) => s.years))].sort((a, b) => a - b);
  const first = sections[0]?.scenario.id ?? '';
  const cityOf = sections.map((s) => s.tables.find((t) => t.id === 'city'));
  const columns: Column[] = [
    labelCol('year', '年份', 'Year', 'year'),
    ...METRICS.flatMap((m) => sections.flatMap((s, i) => {
      const own = valueCol(`${m.key}:${s.scenario.id}`, `${m.zh}（${s.scenario.name}）`, `${m.en} (${s.scenario.name})`, 'wan', { total: true, userText: true });
      if (i === 0) return [own];
      const ref = `${m.key}:${first}`;
      return [own, valueCol(`${m.key}:delta:${s.scenario.id}`, `${m.zh}差额 Δ（较${first}）`, `${m.en} Δ vs ${first}`, 'wan', { total: true, formula: { kind: 'difference', a: own.key, b: ref } })];
    })),
  ];
  const value = (i: number, key: string, year: number) => {
    const t = cityOf[i];
    const row = t?.rows.find((r) => r.year === year);
    const v = row?.cells[t?.columns.findIndex((c) => c.key === key) ?? -1];
    return typeof v === 'number' ? v : null;
  };
  const rows = years.map((y): Row => ({ year: y, cells: [y, ...METRICS.flatMap((m) => sections.flatMap((_, i) => (i === 0 ? [value(i, m.key, y)] : [value(i, m.key, y), null])))] }));
  return buildTable({
    id: 'comparison-by-year',
    title: { zh: `情景逐年对比（参照：${sections[0]?.scenario.name ?? ''}）`, en: `Scenarios by year, side by side (reference: ${sections[0]?.scenario.name ?? first})` },
    note: { zh: '财政成本、奖补支付为全市口径；PPP支出责任为市级口径（含存量），不含区级。', en: 'Fiscal cost and rewards cover the whole city; PPP obligations are the city level\'s (incl. existing), not the districts\'.' },
    subject: { kind: 'comparison', id: sections.map((s) => s.scenario.id).join('|') },
    columns,
    rows,
  }, decimals);
}
