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
  const cityOf = sections.map((s) => s.tables.find((t) => t.id === 'city'));
  const columns: Column[] = [
    labelCol('year', '年份', 'Year', 'year'),
    ...METRICS.flatMap((m) => sections.map((s) => valueCol(`${m.key}:${s.scenario.id}`, `${m.zh}（${s.scenario.name}）`, `${m.en} (${s.scenario.id})`, 'wan', { total: true, userText: true }))),
  ];
  const value = (i: number, key: string, year: number) => {
    const t = cityOf[i];
    const row = t?.rows.find((r) => r.year === year);
    const v = row?.cells[t?.columns.findIndex((c) => c.key === key) ?? -1];
    return typeof v === 'number' ? v : null;
  };
  const rows = years.map((y): Row => ({ year: y, cells: [y, ...METRICS.flatMap((m) => sections.map((_, i) => value(i, m.key, y)))] }));
  return buildTable({
    id: 'comparison-by-year',
    title: { zh: '情景逐年对比', en: 'Scenarios by year, side by side' },
    subject: { kind: 'comparison', id: sections.map((s) => s.scenario.id).join('|') },
    columns,
    rows,
  }, decimals);
}
