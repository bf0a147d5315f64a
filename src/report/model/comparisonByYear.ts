/**
 * Several scenarios side by side, year by year: each scenario's fiscal cost, rewards paid
 * and PPP obligations (the city table's displayed figures) in adjacent columns, with a
 * total row. Years are the union of the scenarios' years; a year a scenario does not
 * simulate is blank.
 */
import { buildTable, labelCol, valueCol } from './table.ts';
import type { Column, Row, ScenarioSection, Table } from './types.ts';

/** The money series compared, each named with what it covers (issue #18: town projects only or the whole city). */
const METRICS = [
  { key: 'fiscalCost', zh: '财政成本（全市各级，小镇相关）', en: 'Fiscal cost (whole city, town-related)' },
  { key: 'rewardsPaid', zh: '奖补支付（全市，全部小镇）', en: 'Rewards paid (whole city, every town)' },
  { key: 'pppObligations', zh: '市级PPP支出责任（市级，含存量非小镇项目）', en: 'City-level PPP obligations (incl. existing non-town)' },
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
      const delta = valueCol(`${m.key}:delta:${s.scenario.id}`, `${m.zh}差额 Δ（较${first}）`, `${m.en} Δ vs ${first}`, 'wan', { total: true, formula: { kind: 'difference', a: own.key, b: ref } });
      return [own, delta, valueCol(`${m.key}:deltaPct:${s.scenario.id}`, `${m.zh}变动 Δ%（较${first}）`, `${m.en} Δ% vs ${first}`, 'share', { fixedUnit: true, formula: { kind: 'ratio', num: [delta.key], den: [ref] } })];
    })),
  ];
  const value = (i: number, key: string, year: number) => {
    const t = cityOf[i];
    const row = t?.rows.find((r) => r.year === year);
    const v = row?.cells[t?.columns.findIndex((c) => c.key === key) ?? -1];
    return typeof v === 'number' ? v : null;
  };
  const rows = years.map((y): Row => ({ year: y, cells: [y, ...METRICS.flatMap((m) => sections.flatMap((_, i) => (i === 0 ? [value(i, m.key, y)] : [value(i, m.key, y), null, null])))] }));
  return buildTable({
    id: 'comparison-by-year',
    title: { zh: `情景逐年对比（参照：${sections[0]?.scenario.name ?? ''}）`, en: `Scenarios by year, side by side (reference: ${sections[0]?.scenario.name ?? first})` },
    note: { zh: '财政成本、奖补支付为全市口径（仅小镇相关支出，各级合计）；市级PPP支出责任为市级口径（小镇项目与存量非小镇项目），不含区级。合计行为各年之和；差额与变动均相对于参照情景。', en: 'Fiscal cost and rewards cover the whole city (town-related spending only, every level); city-level PPP obligations are the city level\'s (town and existing non-town projects), not the districts\'. Totals are sums over the years; deltas are against the reference scenario.' },
    subject: { kind: 'comparison', id: sections.map((s) => s.scenario.id).join('|') },
    columns,
    rows,
  }, decimals);
}
