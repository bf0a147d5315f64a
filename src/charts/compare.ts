/**
 * Overlaid chart data for 2–4 scenarios side by side (issue #8 "Compare"), shared by the
 * dashboard and the HTML report. Scenarios may cover different years: the labels are the
 * union of their years and each line has a gap where its scenario has no such year. Share
 * and ratio series carry their rule lines, read from each scenario's `thresholds` (SPEC
 * §10): one line when the scenarios agree, one per group of scenarios when they differ.
 */
import type { RunResult } from '../core/result.ts';
import type { RuleId, SubjectKind } from '../core/rules/types.ts';
import { LEVEL_COLOUR, lineLabel, lineSeries } from './lines.ts';
import { thresholdAt } from '../core/rules/thresholds.ts';
import type { ChartData, ChartUnit, Dataset, Lang } from './types.ts';
import { clean, colourAt, inLang } from './types.ts';
import { greyscaleReadable, SERIES_DASH } from './style.ts';

/** A rule line drawn over an overlay: rule, the kind of subject it is read for, and a tier edge (`param`). */
export interface OverlayLine {
  readonly rule: RuleId;
  readonly subjectKind: SubjectKind;
  readonly param?: string;
}

export interface OverlaySeries {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: ChartUnit;
  readonly pick: (r: RunResult) => readonly (number | null)[];
  /** The rule lines the series is judged against (none for money). */
  readonly lines?: readonly OverlayLine[];
}

const SHARE_LINES = (subjectKind: SubjectKind): OverlayLine[] => [{ rule: 'ppp.share.7', subjectKind }, { rule: 'ppp.share.10', subjectKind }];
/** The broad ratio's own tier edges (`district.tier-broad`, SPEC §6 practice line): `district.tier` is on the legal ratio since issue #13. */
const TIER_LINES: readonly OverlayLine[] = ['yellow', 'orange', 'red'].map((param): OverlayLine => ({ rule: 'district.tier-broad', subjectKind: 'district', param }));

/** The city series compared by default. */
export const OVERLAY_SERIES: readonly OverlaySeries[] = [
  { key: 'fiscalCost', zh: '财政成本（年）', en: 'Fiscal cost per year', unit: 'wan', pick: (r) => r.city.fiscalCost },
  { key: 'rewardsPaid', zh: '奖补支付（年）', en: 'Rewards paid per year', unit: 'wan', pick: (r) => r.city.rewardsPaid },
  { key: 'pppShare', zh: '全市PPP支出占比', en: 'City PPP share', unit: 'share', pick: (r) => r.city.pppShare, lines: SHARE_LINES('city') },
  { key: 'peakDistrictPppShare', zh: '各区PPP支出占比最高值', en: 'Highest district PPP share', unit: 'share', pick: (r) => maxAcross(r.years.length, r.districts.map((d) => d.pppShare)), lines: SHARE_LINES('district') },
  { key: 'peakBroadRatio', zh: '各区宽口径债务率最高值', en: 'Highest district broad debt ratio', unit: 'share', pick: (r) => maxAcross(r.years.length, r.districts.map((d) => d.broadRatio)), lines: TIER_LINES },
  { key: 'investmentPerFiscal', zh: '每财政万元撬动投资', en: 'Investment per fiscal 万元', unit: 'ratio', pick: (r) => r.city.investmentPerFiscal },
];

/** Per year, the largest non-null value across several series; null when all are null. */
export function maxAcross(length: number, series: readonly (readonly (number | null)[])[]): (number | null)[] {
  return Array.from({ length }, (_, t) => {
    let best: number | null = null;
    for (const s of series) {
      const v = s[t];
      if (typeof v === 'number' && Number.isFinite(v) && (best === null || v > best)) best = v;
    }
    return best;
  });
}

/** Dash patterns of scenarios B, C, D (A is solid): the shared series dashes (`style.ts`). */
export const OVERLAY_DASH: readonly (readonly number[])[] = SERIES_DASH.slice(1, 4);

const letter = (i: number): string => String.fromCharCode(65 + i);

/** A scenario's values on the union of years (gaps where it has no such year). */
function aligned(r: RunResult, values: readonly (number | null)[], years: readonly number[]): (number | null)[] {
  const at = new Map(r.years.map((y, k) => [y, values[k] ?? null] as const));
  return years.map((y) => at.get(y) ?? null);
}

const TIER_WORD: Readonly<Record<string, { zh: string; en: string }>> = { yellow: { zh: '黄 · ', en: 'yellow · ' }, orange: { zh: '橙 · ', en: 'orange · ' }, red: { zh: '红 · ', en: 'red · ' } };

/**
 * The dashed rule lines of an overlay: for each line, the scenarios grouped by the values
 * in force (each scenario's own `thresholds`); one dataset per group, named after the
 * scenarios (`B/C · …`) when they do not all agree.
 */
function overlayLines(results: readonly RunResult[], lines: readonly OverlayLine[], years: readonly number[], lang: Lang, unit: ChartUnit): Dataset[] {
  const out: Dataset[] = [];
  for (const l of lines) {
    // Scenarios agreeing wherever both have a line (years one lacks do not split them) share one dataset.
    const groups: { values: (number | null)[]; who: number[]; level: 'warning' | 'breach' }[] = [];
    results.forEach((r, i) => {
      const values = aligned(r, lineSeries(r.thresholds, r.years, l.rule, l.subjectKind, l.param), years);
      if (values.every((v) => v === null)) return;
      const level = r.years.map((y) => thresholdAt(r.thresholds, l.rule, l.subjectKind, y, l.param)?.level).find((x) => x !== undefined) ?? 'warning';
      const g = groups.find((x) => x.level === level && x.values.every((v, k) => v === null || values[k] === null || v === values[k]));
      if (!g) { groups.push({ values, who: [i], level }); return; }
      g.who.push(i);
      g.values = g.values.map((v, k) => v ?? values[k] ?? null);
    });
    const tier = l.param ? TIER_WORD[l.param] : undefined;
    for (const g of groups) {
      const who = groups.length > 1 ? `${g.who.map(letter).join('/')} · ` : '';
      // a ratio line over a series shown in percent is labelled in percent too (1.2 → 120%)
      const label = lineLabel(l.rule, g.values, { zh: `${who}${tier?.zh ?? ''}`, en: `${who}${tier?.en ?? ''}` }, unit === 'share' ? 'share' : undefined);
      out.push({ label: inLang(lang, label), data: g.values, colour: LEVEL_COLOUR[g.level], type: 'line', dashed: true, stepped: true });
    }
  }
  return out;
}

/** One line per scenario of the chosen series, aligned on the union of their years, with the series' rule lines. */
export function overlay(results: readonly RunResult[], series: OverlaySeries, lang: Lang): ChartData {
  const years = [...new Set(results.flatMap((r) => r.years))].sort((a, b) => a - b);
  const datasets: Dataset[] = results.map((r, i) => ({
    label: `${letter(i)} · ${r.scenario.name}`,
    data: aligned(r, clean(series.pick(r)), years),
    colour: colourAt(i),
    type: 'line',
  }));
  return { labels: years.map(String), datasets: greyscaleReadable([...datasets, ...overlayLines(results, series.lines ?? [], years, lang, series.unit)]), unit: series.unit };
}

/**
 * Year-by-year differences against A (issue #15 question 2): one line per scenario B, C, D of
 * `value − A's value` on the union of years, a gap where either has no value. A share series'
 * differences are shares too (shown in percent: percentage points).
 */
export function difference(results: readonly RunResult[], series: OverlaySeries): ChartData {
  const years = [...new Set(results.flatMap((r) => r.years))].sort((a, b) => a - b);
  const a = results[0];
  const base = a ? aligned(a, clean(series.pick(a)), years) : years.map(() => null);
  const datasets: Dataset[] = results.slice(1).map((r, k) => {
    const values = aligned(r, clean(series.pick(r)), years);
    return {
      label: `${letter(k + 1)} − A · ${r.scenario.name}`,
      data: values.map((v, t) => {
        const b = base[t];
        return v === null || b === null || b === undefined ? null : v - b;
      }),
      colour: colourAt(k + 1),
      type: 'bar' as const,
    };
  });
  return { labels: years.map(String), datasets: greyscaleReadable(datasets), unit: series.unit };
}
