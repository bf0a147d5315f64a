/**
 * Side by side by year (issue #18 "Side by side"): the ratio series a budget office compares
 * between scenarios — the PPP share of each paying level and each district's broad debt
 * ratio — one row per series and year, each scenario's value, then Δ and Δ% against the
 * reference (the first scenario). Values are the scenarios' own displayed figures: the PPP
 * share from each level's 财承 table, the broad ratio recomputed from the district table's
 * displayed legal debt, hidden debt and 综合财力 (as that table's formula does), in percent.
 * Years are the union of the scenarios' years; a year a scenario does not simulate is blank.
 */
import { roundDisplay, unitDecimals } from './round.ts';
import { buildTable, evaluate, labelCol, valueCol } from './table.ts';
import type { Cell, Column, Label, Row, ScenarioSection, Table } from './types.ts';

/** The displayed number of column `key` in the row of `t` that `pick` selects (null when absent). */
function cellOf(t: Table | undefined, pick: (r: Row) => boolean, key: string): number | null {
  if (!t) return null;
  const i = t.columns.findIndex((c) => c.key === key);
  const v = t.rows.find(pick)?.cells[i];
  return typeof v === 'number' ? v : null;
}

/** A level's PPP share in `year`, from its 财承 table (`caicheng-<level>`). */
function pppShareOf(s: ScenarioSection, level: string, year: number): number | null {
  return cellOf(s.tables.find((t) => t.id === `caicheng-${level}`), (r) => r.year === year, 'pppShare');
}

/** A district's broad ratio in `year`: (displayed legal + hidden debt) / displayed 综合财力, rounded as a percent. */
function broadRatioOf(s: ScenarioSection, district: string, year: number, decimals: number): number | null {
  const t = s.tables.find((x) => x.id === 'districts');
  const pick = (r: Row) => r.subject?.id === district && r.year === year;
  const v = evaluate({ kind: 'ratio', num: ['legalDebt', 'hiddenDebt'], den: ['capacity'] }, (k) => cellOf(t, pick, k));
  return roundDisplay(v, unitDecimals('share', decimals));
}

/** A compared series: what it is, about whom, and its value in a scenario's section and year. */
export interface ComparedSeries {
  readonly metric: string;
  readonly label: Label;
  readonly subject: { readonly kind: string; readonly id: string };
  readonly value: (s: ScenarioSection, year: number) => number | null;
}

/** The columns of a series-by-year comparison: series, year, each scenario, and Δ, Δ% for each after the first. */
function columns(sections: readonly ScenarioSection[]): Column[] {
  const first = sections[0]?.scenario.id ?? '';
  return [
    labelCol('series', '指标', 'Series', 'text', true),
    labelCol('year', '年份', 'Year', 'year'),
    ...sections.flatMap((s, i) => {
      const own = valueCol(s.scenario.id, s.scenario.name, s.scenario.id, 'share', { userText: true });
      if (i === 0) return [own];
      const d = `delta:${s.scenario.id}`;
      return [
        own,
        valueCol(d, `差额 Δ（较${first}，百分点）`, `Δ vs ${first} (points)`, 'share', { formula: { kind: 'difference', a: s.scenario.id, b: first } }),
        valueCol(`deltaPct:${s.scenario.id}`, `变动 Δ%（较${first}）`, `Δ% vs ${first}`, 'share', { fixedUnit: true, formula: { kind: 'ratio', num: [d], den: [first] } }),
      ];
    }),
  ];
}

/** One row per series and year: each scenario's value; Δ and Δ% are the table's formulas on the displayed values. */
export function seriesByYearTable(
  id: string, title: Label, note: Label, series: readonly ComparedSeries[], sections: readonly ScenarioSection[], decimals: number,
): Table {
  const years = [...new Set(sections.flatMap((s) => s.years))].sort((a, b) => a - b);
  const rows = series.flatMap((x) => years.map((y): Row => ({
    metric: x.metric,
    year: y,
    subject: x.subject,
    cells: [x.label, y, ...sections.flatMap((s, i): Cell[] => {
      const v = s.years.includes(y) ? x.value(s, y) : null;
      return i === 0 ? [v] : [v, null, null];
    })],
  })));
  return buildTable({ id, title, note, subject: { kind: 'comparison', id: sections.map((s) => s.scenario.id).join('|') }, columns: columns(sections), rows }, decimals);
}

/** The levels (city, then districts by first appearance) of every scenario, with their names from the first that has them. */
function levels(sections: readonly ScenarioSection[], names: ReadonlyMap<string, string>): Array<{ id: string; name: string }> {
  const ids = new Set<string>();
  for (const s of sections) for (const t of s.tables) if (t.id.startsWith('caicheng-')) ids.add(t.id.slice('caicheng-'.length));
  return [...ids].map((id) => ({ id, name: names.get(id) ?? id }));
}

/** The districts of every scenario's district table, by first appearance, with their displayed names. */
function districts(sections: readonly ScenarioSection[]): Array<{ id: string; name: string }> {
  const out = new Map<string, string>();
  for (const s of sections) {
    const t = s.tables.find((x) => x.id === 'districts');
    for (const r of t?.rows ?? []) if (r.subject && !out.has(r.subject.id)) out.set(r.subject.id, String(r.cells[0] ?? r.subject.id));
  }
  return [...out].map(([id, name]) => ({ id, name }));
}

/**
 * The ratio tables side by side: PPP share of each paying level, and each district's broad
 * debt ratio, by year, with Δ (percentage points) and Δ% against the reference scenario.
 */
export function comparisonRatioTables(sections: readonly ScenarioSection[], decimals: number): Table[] {
  const ref = sections[0]?.scenario.name ?? '';
  const ds = districts(sections);
  const names = new Map<string, string>([['city', '市级'], ...ds.map((d) => [d.id, d.name] as const)]);
  const share = seriesByYearTable(
    'comparison-ppp-share',
    { zh: `情景逐年对比：PPP支出占比（各支付层级；参照：${ref}）`, en: `Scenarios by year: PPP share of each paying level (reference: ${sections[0]?.scenario.id ?? ''})` },
    { zh: '本级一般公共预算安排的PPP支出责任（小镇项目与存量非小镇项目）÷ 本级一般公共预算支出，取自各层级财承表；差额以百分点计。', en: 'The level\'s general-budget PPP obligations (town and existing non-town projects) ÷ its general budget expenditure, as in each level\'s 财承 table; Δ in percentage points.' },
    levels(sections, names).map((l): ComparedSeries => ({
      metric: 'pppShare', label: { zh: `PPP支出占比·${l.name}`, en: `PPP share, ${l.id}` }, subject: { kind: l.id === 'city' ? 'city' : 'district', id: l.id },
      value: (s, y) => pppShareOf(s, l.id, y),
    })),
    sections, decimals,
  );
  const broad = seriesByYearTable(
    'comparison-broad-ratio',
    { zh: `情景逐年对比：各区宽口径债务率（参照：${ref}）`, en: `Scenarios by year: district broad debt ratios (reference: ${sections[0]?.scenario.id ?? ''})` },
    { zh: '（法定债务 + 隐性债务）÷ 综合财力，由各区债务表的列示数计算，以百分数列示；差额以百分点计。', en: '(Legal + hidden debt) ÷ 综合财力, from the district table\'s displayed figures, in percent; Δ in percentage points.' },
    ds.map((d): ComparedSeries => ({
      metric: 'broadRatio', label: { zh: `宽口径债务率·${d.name}`, en: `Broad debt ratio, ${d.id}` }, subject: { kind: 'district', id: d.id },
      value: (s, y) => broadRatioOf(s, d.id, y, decimals),
    })),
    sections, decimals,
  );
  return [share, broad];
}
