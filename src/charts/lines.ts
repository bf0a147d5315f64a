/**
 * Rule lines and tier bands of the charts, read from a result's `thresholds` (SPEC §10
 * `thresholds`, §11): the line in force for each year, its label from the rule table
 * (`ruleDef(id).label`) and the number in force after the scenario's overrides. No chart
 * draws a threshold from a literal (issue #11 "One home for rules").
 */
import { ruleDef } from '../core/rules/inForce.ts';
import { thresholdAt } from '../core/rules/thresholds.ts';
import type { Level, RuleId, RuleUnit, SubjectKind, ThresholdRow } from '../core/rules/types.ts';
import type { Band, Dataset, Label, Lang } from './types.ts';
import { inLang } from './types.ts';

/** Per year, the value of `rule`'s line (or its parameter `param`) for a kind of subject; null where none is in force. */
export function lineSeries(
  rows: readonly ThresholdRow[], years: readonly number[], rule: RuleId, subjectKind: SubjectKind, param?: string,
): (number | null)[] {
  return years.map((y) => {
    const v = thresholdAt(rows, rule, subjectKind, y, param)?.value;
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  });
}

/** A line's number as text in its rule's unit: shares as percent (`7%`, `2.5%`), others plain (`1.2`, `200`). */
export function formatLineValue(v: number, unit: RuleUnit): string {
  const trim = (x: number, digits: number) => String(Number(x.toFixed(digits)));
  switch (unit) {
    case 'share': return `${trim(v * 100, 4)}%`;
    case 'wanPerMu': return `${trim(v, 4)} 万元/亩`;
    case 'wan': return `${trim(v, 2)} 万元`;
    case 'km2': return `${trim(v, 4)} km²`;
    default: return trim(v, 4);
  }
}

/** The distinct values of a series in year order (`7% → 3%` when a dated version tightens the line). */
function valuesText(values: readonly (number | null)[], unit: RuleUnit): string {
  const out: string[] = [];
  for (const v of values) {
    if (v === null) continue;
    const text = formatLineValue(v, unit);
    if (out.at(-1) !== text) out.push(text);
  }
  return out.join(' → ');
}

/**
 * `<rule label>：<values in force>` (Chinese) / `<rule label>: <values>` (English); `shown`
 * overrides the rule's unit (`share` shows a debt-ratio line 1.2 as 120%, as the chart does).
 */
export function lineLabel(rule: RuleId, values: readonly (number | null)[], prefix: Label = { zh: '', en: '' }, shown?: RuleUnit): Label {
  const def = ruleDef(rule);
  const v = valuesText(values, shown ?? def.unit);
  return { zh: `${prefix.zh}${def.label.zh}：${v}`, en: `${prefix.en}${def.label.en}: ${v}` };
}

/** Line colour by the level crossing it gives (warning amber, breach red). */
export const LEVEL_COLOUR: Readonly<Record<Exclude<Level, 'ok'>, string>> = { warning: '#E69F00', breach: '#B00020' };

/** Dash patterns of successive rule lines in one chart (the second line of a level stays distinguishable). */
const LINE_DASH: readonly (readonly number[])[] = [[6, 4], [2, 3], [10, 3, 2, 3]];

/**
 * Dashed datasets for rule lines: one per rule (in the order given) with a value in some
 * year, coloured by its level in force, labelled from the rule table with the number in
 * force. Rules with no line in force in any year are left out.
 */
export function ruleLineDatasets(
  rows: readonly ThresholdRow[], years: readonly number[], lines: readonly { readonly rule: RuleId; readonly subjectKind: SubjectKind; readonly param?: string }[], lang: Lang,
  shown?: RuleUnit,
): Dataset[] {
  const out: Dataset[] = [];
  for (const l of lines) {
    const values = lineSeries(rows, years, l.rule, l.subjectKind, l.param);
    if (values.every((v) => v === null)) continue;
    const level = years.map((y) => thresholdAt(rows, l.rule, l.subjectKind, y, l.param)?.level).find((x) => x !== undefined) ?? 'warning';
    out.push({ label: inLang(lang, lineLabel(l.rule, values, undefined, shown)), data: values, colour: LEVEL_COLOUR[level], type: 'line', dashed: true, stepped: true, dash: LINE_DASH[out.length % LINE_DASH.length] ?? [6, 4] });
  }
  return out;
}

/** The tier names of `district.tier` in band order, with their words and band colours (SPEC §6). */
export const TIERS = [
  { tier: 'green', zh: '绿', en: 'green', colour: 'rgba(0,158,115,0.12)' },
  { tier: 'yellow', zh: '黄', en: 'yellow', colour: 'rgba(240,228,66,0.22)' },
  { tier: 'orange', zh: '橙', en: 'orange', colour: 'rgba(230,159,0,0.20)' },
  { tier: 'red', zh: '红', en: 'red', colour: 'rgba(213,94,0,0.18)' },
] as const;

/** The three tier edges of `district.tier` in force in a year (yellow, orange, red), or null. */
export interface TierEdges {
  readonly yellow: number;
  readonly orange: number;
  readonly red: number;
}

/** The two tier rules of SPEC §6: `district.tier` on the legal ratio (official), `district.tier-broad` on the broad ratio (practice). */
export type TierRuleId = 'district.tier' | 'district.tier-broad';

/** Per year, the edges of tier rule `rule` in force (SPEC §6 tiers, §10 `thresholds`); null where the rule is not in force. */
export function tierEdges(rows: readonly ThresholdRow[], years: readonly number[], rule: TierRuleId = 'district.tier'): (TierEdges | null)[] {
  const [yellow, orange, red] = (['yellow', 'orange', 'red'] as const).map((p) => lineSeries(rows, years, rule, 'district', p));
  return years.map((_, i) => {
    const y = yellow?.[i] ?? null, o = orange?.[i] ?? null, r = red?.[i] ?? null;
    return y === null || o === null || r === null ? null : { yellow: y, orange: o, red: r };
  });
}

/** The edges when they are the same in every year (and in force in each); else null. */
export function constantEdges(edges: readonly (TierEdges | null)[]): TierEdges | null {
  const first = edges[0] ?? null;
  if (first === null) return null;
  return edges.every((e) => e !== null && e.yellow === first.yellow && e.orange === first.orange && e.red === first.red) ? first : null;
}

/**
 * Half-open tier bands `[0, yellow)`, `[yellow, orange)`, `[orange, red)`, `[red, yMax]`
 * (SPEC §1 "Intervals") for the edges in force, clipped to the axis top; labelled with the
 * tier's word and its edges (`黄档 [1.2, 2)`).
 */
export function tierBands(e: TierEdges, yMax: number, lang: Lang, shown: 'ratio' | 'share' = 'ratio'): Band[] {
  const bounds = [0, e.yellow, e.orange, e.red, Number.POSITIVE_INFINITY];
  return TIERS.flatMap((t, i) => {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? Number.POSITIVE_INFINITY;
    if (from >= yMax) return [];
    const span = to === Number.POSITIVE_INFINITY ? `≥${formatLineValue(from, shown)}` : `[${formatLineValue(from, shown)}, ${formatLineValue(to, shown)})`;
    return [{ from, to: Math.min(to, yMax), colour: t.colour, label: lang === 'zh' ? `${t.zh}档 ${span}` : `${t.en} tier ${span}` }];
  });
}

/** Text of the tier edges in force, for notes: `绿 [0, 1.2)、黄 [1.2, 2)、橙 [2, 3)、红 ≥3`. */
export function tierEdgesText(e: TierEdges, lang: Lang): string {
  const b = [0, e.yellow, e.orange, e.red];
  const f = (x: number) => formatLineValue(x, 'ratio');
  const parts = TIERS.map((t, i) => {
    const from = b[i] ?? 0;
    const to = b[i + 1];
    const span = to === undefined ? `≥${f(from)}` : `[${f(from)}, ${f(to)})`;
    return `${lang === 'zh' ? t.zh : t.en} ${span}`;
  });
  return parts.join(lang === 'zh' ? '、' : ', ');
}

/**
 * The tier edges in force over the simulated years as text, by span of years when a dated
 * version changes them (`2026–2027：绿 [0, 1.2)…；2028–2040：…`); null when the tier rule is
 * in force in no simulated year.
 */
export function tierEdgesSpansText(rows: readonly ThresholdRow[], years: readonly number[], lang: Lang, rule: TierRuleId = 'district.tier'): string | null {
  const spans: { from: number; to: number; e: TierEdges }[] = [];
  tierEdges(rows, years, rule).forEach((e, i) => {
    const y = years[i] ?? 0;
    const last = spans.at(-1);
    if (e === null) return;
    if (last && last.to === y - 1 && last.e.yellow === e.yellow && last.e.orange === e.orange && last.e.red === e.red) last.to = y;
    else spans.push({ from: y, to: y, e });
  });
  if (spans.length === 0) return null;
  const whole = spans.length === 1 && spans[0]?.from === years[0] && spans[0]?.to === years.at(-1);
  return spans.map((s) => `${whole ? '' : `${s.from}–${s.to}${lang === 'zh' ? '：' : ': '}`}${tierEdgesText(s.e, lang)}`).join(lang === 'zh' ? '；' : '; ');
}
