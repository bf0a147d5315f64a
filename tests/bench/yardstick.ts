/**
 * The lean in-process yardstick of the engine bench (issue #12 "Engine"): one loop over
 * towns and years doing the engine's core arithmetic on plain numbers and typed arrays and
 * building the same number of limit rows and findings a full run builds, with nothing else
 * (no modules, no rule table, no dated versions). The engine's time over the yardstick's is
 * the ratio the bench reports: it measures the engine's overhead, not the machine's speed.
 *
 * Per town: every input series (revenue, four investment series, each KPI's target and
 * expected) expanded once with `base·(1+g)^(y−y0)`; per year: KPI achievement (the least
 * expected/target ratio), a reward on revenue growth, cumulative exposure, fen rounding of
 * the output series; `rows` limit rows of 7 fields (value, limit, headroom, level by the
 * comparison) with one shared subject per town, spread over the town-years; every
 * (rows/findings)-th row also a finding with a two-language message.
 */
import type { Scenario } from '../../src/core/model/scenario.ts';
import type { SeriesSpec } from '../../src/core/model/series.ts';

interface Row {
  readonly rule: string;
  readonly subject: { readonly kind: string; readonly id: string };
  readonly year: number;
  readonly value: number | null;
  readonly limit: number | null;
  readonly headroom: number | null;
  readonly level: 'ok' | 'warning' | 'breach';
}

const RULES = ['town.residential-share', 'town.specialty-share', 'town.investment-per-mu', 'town.tax-per-mu', 'town.jobs', 'town.visitors', 'town.exposure-cap'];

function expand(spec: SeriesSpec, first: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (spec.kind === 'growth') {
    const y0 = spec.y0 ?? first;
    for (let i = 0; i < n; i++) out[i] = spec.base * Math.pow(1 + spec.growth, first + i - y0);
  } else {
    for (let i = 0; i < n; i++) out[i] = spec.byYear[String(first + i)] ?? 0;
  }
  return out;
}

const fen = (x: number): number => Math.round(x * 100) / 100;

/** Runs the yardstick once; returns what it built (so nothing is optimised away). */
export function yardstick(s: Scenario, rows: number, findings: number): { rows: Row[]; findings: string[]; towns: number[][][] } {
  const n = s.horizonYears;
  const first = s.startYear;
  const towns = s.towns.length;
  const perTownYear = Math.ceil(rows / Math.max(1, towns * n));
  const every = Math.max(1, Math.floor(rows / Math.max(1, findings)));
  const out: Row[] = [];
  const msgs: string[] = [];
  const shaped: number[][][] = [];
  for (const town of s.towns) {
    const subject = { kind: 'town', id: town.id };
    const revenue = expand(town.revenue, first, n);
    const total = expand(town.investment.total, first, n);
    const gov = expand(town.investment.government, first, n);
    const realEstate = expand(town.investment.realEstate, first, n);
    const specialty = expand(town.investment.specialtyIndustry, first, n);
    const kpis = Object.values(town.kpis).map((k) => [expand(k.target, first, n), expand(k.expected, first, n)] as const);
    const reward: number[] = new Array<number>(n);
    const exposure: number[] = new Array<number>(n);
    const achievement: (number | null)[] = new Array<number | null>(n);
    let cumulative = 0;
    let cumInvest = 0;
    for (let t = 0; t < n; t++) {
      let ach = Infinity;
      for (const [target, expected] of kpis) {
        const tg = target[t] ?? 0;
        if (tg > 0) ach = Math.min(ach, (expected[t] ?? 0) / tg);
      }
      const a = Number.isFinite(ach) ? ach : null;
      achievement[t] = a;
      const growth = (revenue[t] ?? 0) - (t > 0 ? (revenue[t - 1] ?? 0) : 0);
      const r = a !== null && a >= 1 ? Math.max(0, growth) * 0.5 : 0;
      reward[t] = fen(r);
      cumulative += r + (gov[t] ?? 0) * 0.1;
      exposure[t] = fen(cumulative);
      cumInvest += total[t] ?? 0;
      for (let k = 0; k < perTownYear && out.length < rows; k++) {
        const value = k % 2 === 0 ? ((total[t] ?? 0) > 0 ? (realEstate[t] ?? 0) / (total[t] ?? 1) : null) : (specialty[t] ?? 0) / Math.max(1e-9, cumInvest);
        const limit = 0.3 + k * 0.05;
        const headroom = value === null ? null : limit - value;
        const level = headroom !== null && headroom < 0 ? 'breach' : 'ok';
        const row: Row = { rule: RULES[k % RULES.length] ?? '', subject, year: first + t, value, limit, headroom, level };
        out.push(row);
        if (out.length % every === 0 && msgs.length < findings) {
          msgs.push(`${row.rule}：小镇 ${town.id}，${row.year}年 ${(value ?? 0).toFixed(2)}，超过 ${limit.toFixed(2)} / ${row.rule}: town ${town.id}, ${row.year}: ${(value ?? 0).toFixed(2)}, above ${limit.toFixed(2)}`);
        }
      }
    }
    shaped.push([reward, exposure, achievement.map((x) => x ?? 0)]);
  }
  return { rows: out, findings: msgs, towns: shaped };
}
