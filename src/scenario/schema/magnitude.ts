/**
 * Every year of every series within ±MAX_AMOUNT (issue #12): a number is bounded where it is
 * written (`primitives.ts`), but `{ base, growth }` compounds — 19,000,000 万元 growing 100%
 * a year for 60 years, or a `y0` far from the horizon, reaches 10^25 — and the fen ledger is
 * exact only to 2^53 fen (SPEC §1 "Money"). Runs on the validated scenario, so it sees
 * normalised `SeriesSpec`s; the walk is iterative (the depth is already bounded).
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { ScenarioIssue } from '../issues.ts';
import { formatPath } from '../issues.ts';
import { MAX_AMOUNT } from './primitives.ts';

type Seg = string | number;

/** Largest |base·(1+g)^(y − y0)| over the horizon; without `y0` any year of the horizon may be the base year. */
function largestGrowth(base: number, growth: number, y0: number | undefined, first: number, count: number): { value: number; year: number } {
  const last = first + count - 1;
  // (1+g)^e is monotone in e: the extremes are at the horizon's ends (or ±(count−1) years from an unknown y0).
  const exps = y0 === undefined ? [-(count - 1), count - 1] : [first - y0, last - y0];
  let best = { value: 0, year: first };
  for (const e of exps) {
    const v = Math.abs(base * Math.pow(1 + growth, e));
    if (!(v <= best.value)) best = { value: v, year: y0 === undefined ? (e > 0 ? last : first) : y0 + e };
  }
  return best;
}

/** Series whose value leaves ±MAX_AMOUNT in some year of the horizon, each at its path. */
export function magnitudeIssues(s: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const stack: Array<{ v: unknown; path: Seg[] }> = [{ v: s, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
      continue;
    }
    const r = v as Record<string, unknown>;
    if (r.kind === 'growth' && typeof r.base === 'number' && typeof r.growth === 'number' && r.base !== 0) {
      const y0 = typeof r.y0 === 'number' ? r.y0 : undefined;
      const { value, year } = largestGrowth(r.base, r.growth, y0, s.startYear, s.horizonYears);
      if (!(value <= MAX_AMOUNT)) {
        const shown = Number.isFinite(value) ? value.toExponential(2) : '∞';
        out.push({
          path: formatPath(path), value: { base: r.base, growth: r.growth, ...(y0 === undefined ? {} : { y0 }) },
          zh: `按增长率推算，${year} 年的值约为 ${shown}，超出数值上限 ±1,000,000,000（金额 10 万亿元）：请降低 base 或 growth，或改用 { byYear }`,
          en: `growing at this rate the value reaches about ${shown} in ${year}, beyond the limit of ±1,000,000,000 (10 trillion yuan): lower base or growth, or give { byYear }`,
        });
      }
      continue;
    }
    for (const [k, x] of Object.entries(r)) stack.push({ v: x, path: [...path, k] });
  }
  return out.reverse();
}
