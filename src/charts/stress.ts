/**
 * Chart data of the uncertainty analyses (SPEC §8, issue #14), pure and browser-safe: the
 * fan chart of a key series (P5…P95 by year, with the rule lines or tier bands in force read
 * from the result's `thresholds`), the breach-probability matrix (subjects × years) and the
 * tornado of a sensitivity run.
 */
import type { ThresholdRow } from '../core/rules/types.ts';
import type { StressResult } from '../core/stress/reduce.ts';
import type { SensitivityResult } from '../core/stress/sensitivity.ts';
import { constantEdges, ruleLineDatasets, tierBands, tierEdges } from './lines.ts';
import type { ChartData, ChartUnit, Dataset, Lang } from './types.ts';
import { clean } from './types.ts';

const FAN_COLOUR = '#0072B2';

/**
 * The unit of a key series (SPEC §10 series keys). Debt ratios are shown in percent (债务率
 * 113.5%), as in every table: the values stay decimals, the unit `share` prints them ×100.
 */
export function keyUnit(key: string): ChartUnit {
  if (key.endsWith('Ratio') || key.endsWith('pppShare')) return 'share';
  return 'wan';
}

/** Fan chart of series `key`: the five percentiles as lines (median solid), the lines in force behind. */
export function fanChart(s: StressResult, key: string, thresholds: readonly ThresholdRow[], lang: Lang): ChartData {
  const byYear = s.series[key] ?? [];
  const unit = keyUnit(key);
  const datasets: Dataset[] = s.percentiles.map((p, q) => ({
    label: `P${p}`,
    data: clean(byYear.map((v) => v[q] ?? null)),
    colour: FAN_COLOUR,
    type: 'line',
    ...(p === 50 ? {} : { dash: p === 25 || p === 75 ? [4, 3] : [1, 3] }),
  }));
  const labels = s.years.map(String);
  if (key.endsWith('.pppShare')) {
    const kind = key.startsWith('city.') ? 'city' : 'district';
    datasets.push(...ruleLineDatasets(thresholds, s.years, [{ rule: 'ppp.share.10', subjectKind: kind }, { rule: 'ppp.share.7', subjectKind: kind }], lang));
  }
  // Each ratio is banded by its own tier rule: the broad ratio by the commission's practice
  // line (district.tier-broad), the legal ratio by the official tiers (district.tier).
  const tierRule = key.endsWith('.broadRatio') ? 'district.tier-broad' : key.endsWith('.legalRatio') ? 'district.tier' : null;
  if (tierRule !== null) {
    const edges = constantEdges(tierEdges(thresholds, s.years, tierRule));
    if (edges) {
      const top = Math.max(edges.red * 1.1, ...datasets.flatMap((d) => d.data.filter((v): v is number => v !== null)));
      return { labels, datasets, unit, bands: tierBands(edges, top, lang, 'share'), yMax: top };
    }
  }
  return { labels, datasets, unit };
}

/** Probabilities of crossing a rule by subject (rows) and year (columns); null where the rule has no row. */
export interface BreachMatrix {
  readonly rule: string;
  readonly years: readonly number[];
  readonly rows: readonly { readonly subject: string; readonly probability: readonly (number | null)[]; readonly ever: number }[];
}

/** The matrix of `rule` for subjects of `kind` (e.g. `district.tier` × districts, `town.exposure-cap` × towns), subjects in result order. */
export function breachMatrix(s: StressResult, rule: string, kind: string): BreachMatrix {
  const subjects: string[] = [];
  for (const b of s.breaches) if (b.rule === rule && b.subject.kind === kind && !subjects.includes(b.subject.id)) subjects.push(b.subject.id);
  const rows = subjects.map((id) => ({
    subject: id,
    probability: s.years.map((y) => s.breaches.find((b) => b.rule === rule && b.subject.kind === kind && b.subject.id === id && b.year === y)?.probability ?? null),
    ever: s.breachesEver.find((b) => b.rule === rule && b.subject.kind === kind && b.subject.id === id)?.probability ?? 0,
  }));
  return { rule, years: s.years, rows };
}

/** Tornado of a sensitivity run: per driver (largest swing first) the change from the base when shocked down and up. */
export function tornado(r: SensitivityResult, lang: Lang): ChartData {
  const base = r.base ?? 0;
  const delta = (v: number | null): number | null => (v === null || r.base === null ? null : v - base);
  return {
    labels: r.drivers.map((d) => d.driver),
    datasets: [
      { label: lang === 'zh' ? '下行冲击' : 'shock down', data: clean(r.drivers.map((d) => delta(d.low))), colour: '#D55E00', type: 'bar', stack: 'swing' },
      { label: lang === 'zh' ? '上行冲击' : 'shock up', data: clean(r.drivers.map((d) => delta(d.high))), colour: '#009E73', type: 'bar', stack: 'swing' },
    ],
    unit: keyUnit(r.output),
    stacked: true,
  };
}
