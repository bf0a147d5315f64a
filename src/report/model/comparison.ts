/**
 * Several scenarios in one report: key metrics side by side with deltas against the first
 * (the `compare` command's figures, `compareResults`), at display precision.
 */
import { compareResults, TIER_OF_RANK, type MetricUnit } from '../../core/compare.ts';
import type { RunResult } from '../../core/result.ts';
import { buildTable, labelCol, valueCol } from './table.ts';
import { roundDisplay, unitDecimals } from './round.ts';
import type { Cell, Column, Label, Row, ScenarioSection, Table, Unit } from './types.ts';
import { TIER_LABELS } from '../../core/labels/enumLabels.ts';

const UNIT: Readonly<Record<MetricUnit, Unit>> = { wan: 'wan', ratio: 'ratio', share: 'share', count: 'count', tier: 'text', wanPerJob: 'perJob' };

function tierName(rank: number | null): Label | null {
  const tier = rank === null ? undefined : TIER_OF_RANK[rank];
  return tier === undefined ? null : TIER_LABELS[tier];
}

/** A tier delta in words (a leading sign would read as a formula in a spreadsheet). */
function tierDelta(d: number | null): Label | null {
  if (d === null) return null;
  return d === 0 ? { zh: '持平', en: 'same' } : d > 0 ? { zh: `升${d}级`, en: `worse by ${d}` } : { zh: `降${-d}级`, en: `better by ${-d}` };
}

/** The displayed value of a summary metric of a section, when its summary table shows it. */
function shownSummary(section: ScenarioSection | undefined, key: string): number | null | undefined {
  const row = section?.tables.find((t) => t.id === 'summary')?.rows.find((r) => r.metric === key);
  const v = row?.cells[1];
  return row === undefined ? undefined : typeof v === 'number' ? v : null;
}

/**
 * Metrics of `compareResults`, each value as the scenario's own summary shows it (so the
 * comparison repeats the footed totals), deltas computed exactly from displayed values.
 */
export function comparisonTable(results: readonly RunResult[], sections: readonly ScenarioSection[], decimals: number): Table {
  const cmp = compareResults(results);
  const first = cmp.scenarios[0]?.id ?? 'A';
  const columns: Column[] = [
    labelCol('metric', '指标', 'Metric'),
    ...cmp.scenarios.flatMap((s, i) => [
      valueCol(s.id, s.name, s.id, 'wan', { userText: true }),
      ...(i === 0 ? [] : [
        valueCol(`delta:${s.id}`, `较${first}差额 Δ`, `Δ vs ${first}`, 'wan', { delta: true, formula: { kind: 'difference', a: s.id, b: first } }),
        valueCol(`deltaPct:${s.id}`, `较${first}变动 Δ%`, `Δ% vs ${first}`, 'share', { fixedUnit: true, formula: { kind: 'ratio', num: [`delta:${s.id}`], den: [first] } }),
      ]),
    ]),
  ];
  const rows = cmp.metrics.map((m): Row => {
    const unit = UNIT[m.unit];
    const values = m.values.map((v, i) => {
      const fromSummary = m.unit === 'tier' ? undefined : shownSummary(sections[i], m.key);
      return fromSummary !== undefined ? fromSummary : roundDisplay(v, unitDecimals(unit, decimals));
    });
    return {
      metric: m.key,
      unit,
      cells: [{ zh: m.zh, en: m.en }, ...values.flatMap((v, i): Cell[] => {
        if (m.unit === 'tier') return i === 0 ? [tierName(v)] : [tierName(v), tierDelta(m.delta[i] ?? null), null];
        return i === 0 ? [v] : [v, null, null];
      })],
    };
  });
  return buildTable({
    id: 'comparison',
    title: { zh: '情景对比', en: 'Scenario comparison' },
    subject: { kind: 'comparison', id: cmp.scenarios.map((s) => s.id).join('|') },
    columns,
    rows,
    note: { zh: `差额相对于第一个情景（${first}）。`, en: `Deltas against the first scenario (${first}).` },
  }, decimals);
}
