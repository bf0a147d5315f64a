import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { simulate } from '../../src/core/simulate.ts';
import { simulateRewards } from '../../src/core/rewards/index.ts';
import { simulatePpp } from '../../src/core/ppp/index.ts';
import { simulateFunds } from '../../src/core/funds/index.ts';
import { roundFen, sumFen } from '../../src/core/ledger/index.ts';
import type { Scenario } from '../../src/core/model/scenario.ts';
import type { RunResult } from '../../src/core/result.ts';

function nonFinitePaths(x: unknown, path = '$', out: string[] = []): string[] {
  if (typeof x === 'number' && !Number.isFinite(x)) out.push(path);
  else if (Array.isArray(x)) x.forEach((v, i) => nonFinitePaths(v, `${path}[${i}]`, out));
  else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) nonFinitePaths(v, `${path}.${k}`, out);
  return out;
}

describe('simulate(baseline)', () => {
  let scenario: Scenario;
  let r: RunResult;
  beforeAll(async () => {
    const loaded = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path}: ${i.en}`).join('\n'));
    scenario = loaded.scenario;
    r = simulate(scenario, { hash: loaded.hash });
  });

  it('aligns every per-year series with the years', () => {
    const n = r.years.length;
    expect(n).toBe(scenario.horizonYears);
    const { rewardPool, ...series } = r.city;
    for (const s of Object.values(series)) expect(s).toHaveLength(n);
    for (const [k, s] of Object.entries(rewardPool)) if (k !== 'dueAfterHorizon') expect(s).toHaveLength(n);
    for (const t of r.towns) {
      expect(t.status).toHaveLength(n);
      for (const s of Object.values(t.exposure)) expect(s).toHaveLength(n);
    }
    for (const d of r.districts) expect(d.broadRatio).toHaveLength(n);
  });

  it('lets no NaN or Infinity reach the result', () => {
    expect(nonFinitePaths(r)).toEqual([]);
  });

  it('is deterministic: the same scenario gives byte-identical JSON', () => {
    expect(JSON.stringify(simulate(scenario, { hash: 'h' }))).toBe(JSON.stringify(simulate(scenario, { hash: 'h' })));
  });

  it('fiscal cost = rewards paid − clawbacks + town PPP obligations + fund calls − distributions (SPEC §1)', () => {
    const rw = simulateRewards(scenario);
    const ppp = simulatePpp(scenario);
    const funds = simulateFunds(scenario);
    r.years.forEach((_, t) => {
      const expected = sumFen([
        rw.city.rewardsPaid[t] ?? 0,
        -(rw.city.clawbackRecovered[t] ?? 0),
        ppp.city.townObligations[t] ?? 0,
        -roundFen(funds.governmentNetCashflow[t] ?? 0),
      ]);
      expect(r.city.fiscalCost[t]).toBe(expected);
    });
  });

  it('summary totals foot with the yearly rows to the fen', () => {
    expect(r.summary.fiscalCostTotal).toBe(sumFen(r.city.fiscalCost));
    expect(r.summary.rewardsTotal).toBe(sumFen(r.city.rewardsPaid));
    expect(r.summary.breaches + r.summary.warnings).toBe(r.findings.length);
  });

  it('carries the pool execution and the clawbacks still receivable at the end (SPEC §10 city.rewardPool, summary.receivableAtEnd)', () => {
    const p = r.city.rewardPool;
    expect(p.paid.every((x, i) => x <= (p.pool[i] ?? Infinity))).toBe(true);
    expect(p.clawbackRecovered).toEqual(r.years.map((_, i) => sumFen(r.towns.map((t) => t.rewards.clawback[i]!))));
    expect(r.summary.receivableAtEnd).toBe(p.receivable.at(-1));
    expect(r.summary.receivableAtEnd).toBe(sumFen(r.towns.map((t) => t.rewards.receivableAtEnd)));
  });

  it('lists every finding among the evaluated limits', () => {
    const key = (x: { rule: string; subject: { kind: string; id: string }; year: number }) => `${x.rule}|${x.subject.kind}|${x.subject.id}|${x.year}`;
    const limitKeys = new Set(r.limits.filter((l) => l.level !== 'ok').map(key));
    for (const f of r.findings) expect(limitKeys.has(key(f))).toBe(true);
  });
});
