/**
 * The dashboard's fan chart of a key series (SPEC §8, issue #14 "fan charts with the
 * thresholds in force"): `fanChart` from src/charts/stress.ts (P5…P95, the PPP share lines),
 * and for a district's debt ratio the tier edges of its own rule drawn as lines — the legal
 * ratio against `district.tier` (official), the broad ratio against `district.tier-broad`
 * (practice line) — read from the thresholds in force, never written here.
 */
import { ruleLineDatasets, TIERS } from '../../charts/lines.ts';
import { fanChart } from '../../charts/stress.ts';
import type { ChartData, Lang } from '../../charts/types.ts';
import type { ThresholdRow } from '../../core/rules/types.ts';
import type { StressResult } from '../../core/stress/index.ts';

const TIER_RULE: Readonly<Record<string, 'district.tier' | 'district.tier-broad'>> = {
  legalRatio: 'district.tier',
  broadRatio: 'district.tier-broad',
};

/** The fan chart of `key` with the lines in force. */
export function stressFan(s: StressResult, key: string, thresholds: readonly ThresholdRow[], lang: Lang): ChartData {
  const base = fanChart(s, key, thresholds, lang);
  const m = /^district\.[^.]+\.(legalRatio|broadRatio)$/.exec(key);
  const rule = m ? TIER_RULE[m[1] ?? ''] : undefined;
  if (!rule) return base;
  // each edge a line, named by the tier it opens (黄档起点 / yellow from); an edge not in force draws nothing
  const lines = (['yellow', 'orange', 'red'] as const).flatMap((param) => ruleLineDatasets(thresholds, s.years, [{ rule, subjectKind: 'district', param }], lang).map((d) => {
    const tier = TIERS.find((x) => x.tier === param);
    return { ...d, label: `${lang === 'zh' ? `${tier?.zh ?? param}档起点 ` : `${tier?.en ?? param} from: `}${d.label}` };
  }));
  const { bands: _bands, yMax: _yMax, ...rest } = base;
  return { ...rest, datasets: [...base.datasets.filter((d) => /^P\d+$/.test(d.label)), ...lines] };
}
