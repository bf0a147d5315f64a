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

/** Debt ratios are shown in percent, as the summary shows them (issue #18: 债务率 113.5%, not 1.13). */
const SHOWN_AS_SHARE: ReadonlySet<string> = new Set(['peakBroadRatio', 'peakLegalRatio']);

/**
 * What a total covers (issue #18 "labels that say whether a total covers town projects
 * only or the whole city"), appended to the metric's name.
 */
export const METRIC_SCOPE: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  fiscalCostTotal: { zh: '（全市各级，小镇相关支出）', en: '(whole city, town-related spending)' },
  fiscalCostNpv: { zh: '（全市各级，小镇相关支出）', en: '(whole city, town-related spending)' },
  rewardsTotal: { zh: '（全市，全部小镇）', en: '(whole city, every town)' },
  wastedOnRemoved: { zh: '（全市，被淘汰小镇）', en: '(whole city, removed towns)' },
  pppObligationsTotal: { zh: '（仅小镇项目，各级支付）', en: '(town projects only, every paying level)' },
  peakPppShare: { zh: '（市级及各区，含存量非小镇项目）', en: '(city and districts, existing non-town projects included)' },
  investmentMobilised: { zh: '（全部小镇）', en: '(every town)' },
  investmentPerFiscal: { zh: '（全市，截至期末）', en: '(whole city, to the end)' },
  peakBroadRatio: { zh: '（各区最高）', en: '(highest district)' },
  worstTier: { zh: '（各区最差）', en: '(worst district)' },
  breaches: { zh: '（全部规则与对象）', en: '(every rule and subject)' },
  warnings: { zh: '（全部规则与对象）', en: '(every rule and subject)' },
};

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
    const unit = SHOWN_AS_SHARE.has(m.key) ? 'share' : UNIT[m.unit];
    const values = m.values.map((v, i) => {
      const fromSummary = m.unit === 'tier' ? undefined : shownSummary(sections[i], m.key);
      return fromSummary !== undefined ? fromSummary : roundDisplay(v, unitDecimals(unit, decimals));
    });
    return {
      metric: m.key,
      unit,
      cells: [{ zh: `${m.zh}${METRIC_SCOPE[m.key]?.zh ?? ''}`, en: `${m.en}${METRIC_SCOPE[m.key] ? ` ${METRIC_SCOPE[m.key]?.en}` : ''}` }, ...values.flatMap((v, i): Cell[] => {
        if (m.unit === 'tier') return i === 0 ? [tierName(v)] : [tierName(v), tierDelta(m.delta[i] ?? null), null];
        return i === 0 ? [v] : [v, null, null];
      })],
    };
  });
  return buildTable({
    id: 'comparison',
    title: { zh: `情景对比（参照：${cmp.scenarios[0]?.name ?? first}）`, en: `Scenario comparison (reference: ${first})` },
    subject: { kind: 'comparison', id: cmp.scenarios.map((s) => s.id).join('|') },
    columns,
    rows,
    note: { zh: `差额相对于参照情景（第一个情景 ${first}）；比率的差额以百分点计。`, en: `Deltas against the reference, the first scenario (${first}); deltas of ratios in percentage points.` },
  }, decimals);
}
