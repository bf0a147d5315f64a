/**
 * A national-scale scenario for robustness tests (issue #12): the Guangzhou baseline's towns
 * replicated to `towns` (ids suffixed, bonds renamed) over `years`, each town's investment
 * scaled by `investmentScale` (1.5: 9亿元 a year for the largest town — the size of a real
 * national programme's towns). At 4,300 towns × 30 years the investment mobilised passes
 * 2^53 fen, which the ledger's totals must carry. Returned as a plain document.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Doc = Record<string, unknown>;

function scaleSeries(s: unknown, k: number): unknown {
  if (typeof s === 'number') return s * k;
  if (typeof s === 'object' && s !== null && 'base' in s) return { ...(s as Doc), base: ((s as Doc).base as number) * k };
  return s;
}

export function nationalDoc(towns = 4300, years = 30, investmentScale = 1.5): Doc {
  const base = parse(readFileSync('scenarios/guangzhou-baseline.yaml', 'utf8')) as Doc;
  const list = base.towns as Doc[];
  const out = Array.from({ length: towns }, (_, i) => {
    const t = structuredClone(list[i % list.length]!);
    const copy = Math.floor(i / list.length);
    if (copy > 0) {
      t.id = `${String(t.id)}-${copy}`;
      for (const b of (t.bonds as Doc[] | undefined) ?? []) b.id = `${String(b.id)}-${copy}`;
    }
    const inv = t.investment as Doc;
    for (const k of Object.keys(inv)) inv[k] = scaleSeries(inv[k], investmentScale);
    const kpi = (t.kpis as Doc | undefined)?.investment as Doc | undefined;
    if (kpi) kpi.target = scaleSeries(kpi.target, investmentScale); // investment completed = target × achievement
    return t;
  });
  return { ...base, id: 'national', name: '全国特色小镇（规模测试）', horizonYears: years, towns: out };
}
