/**
 * The compare table as CSV rows (issue #15): numbers rounded as the table shows them
 * (money to 2 decimals of 万元, shares in percent to 2 decimals, deltas of shares in
 * percentage points), tiers as words, the unit in the metric's name.
 */
import type { Comparison, MetricUnit } from '../../core/compare.ts';
import { tierLabel } from '../format.ts';
import type { Lang } from '../i18n.ts';
import type { CsvCell } from './csv.ts';

const TIERS = ['green', 'yellow', 'orange', 'red'] as const;
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function unitWord(unit: MetricUnit, lang: Lang): string {
  switch (unit) {
    case 'wan': return '万元';
    case 'share': return lang === 'zh' ? '%；差值为百分点' : '%; differences in percentage points';
    case 'wanPerJob': return lang === 'zh' ? '万元/人' : '万元 per job';
    default: return '';
  }
}

/** One value (`delta`: a difference, where a tier reads as steps) as the CSV carries it. */
export function compareCell(v: number | null, unit: MetricUnit, lang: Lang, delta = false): CsvCell {
  if (v === null || !Number.isFinite(v)) return null;
  switch (unit) {
    case 'share': return round(v * 100, 2);
    case 'tier': return delta ? round(v, 0) : tierLabel(TIERS[Math.round(v)] ?? null, lang);
    case 'count': return round(v, 0);
    default: return round(v, 2);
  }
}

/** Header and rows of the comparison's CSV. */
export function compareCsv(cmp: Comparison, lang: Lang): { header: string[]; rows: CsvCell[][] } {
  const letter = (i: number) => String.fromCharCode(65 + i);
  const header = [lang === 'zh' ? '指标' : 'Metric', ...cmp.scenarios.flatMap((s, i) => (i === 0 ? [`${letter(i)} ${s.name}`] : [`${letter(i)} ${s.name}`, `${letter(i)} − A`]))];
  const rows = cmp.metrics.map((m): CsvCell[] => {
    const u = unitWord(m.unit, lang);
    const name = `${lang === 'zh' ? m.zh : m.en}${u ? (lang === 'zh' ? `（${u}）` : ` (${u})`) : ''}`;
    return [name, ...m.values.flatMap((v, i) => (i === 0 ? [compareCell(v, m.unit, lang)] : [compareCell(v, m.unit, lang), compareCell(m.delta[i] ?? null, m.unit, lang, true)]))];
  });
  return { header, rows };
}
