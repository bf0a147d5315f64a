import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/simulate.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { applyPreset, drawShocks, pathRng, RATE_SHOCK, resolveStochastic, shockDriver, shockedScenario } from '../../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}
const spec = resolveStochastic(undefined);
const ID = 'huadu-jewelry-expo';
/** The baseline with one project flagged `rateIndexed`. */
function flagged(s: Scenario): Scenario {
  return { ...s, ppp: s.ppp.map((p) => (p.id === ID ? { ...p, rateIndexed: true } : p)) };
}
const total = (r: ReturnType<typeof simulate>, t: number): number => r.ppp.find((p) => p.id === ID)!.obligations.total[t]!;

describe('rate shocks move PPP contracts flagged rateIndexed (SPEC §8)', () => {
  it('the flag alone does not change the deterministic run', async () => {
    const s = await baseline();
    expect(simulate(flagged(s))).toEqual(simulate(s));
  });

  it('rates+200bp: huadu-jewelry-expo (annuity, operation year 1 = 2022) re-spreads its balance at π + 2% from 2026', async () => {
    const s = flagged(await baseline());
    const base = simulate(s);
    const shocked = simulate(applyPreset(s, 'rates+200bp', { spec }));
    // C = 45,000 − 45,000·0.2·0.1 = 44,100; π = 6%, N = 12: K = 44,100·0.06·1.06¹²/(1.06¹² − 1) = 44,100·0.06·2.0121965/1.0121965 = 5,260.117
    // 4 payments 2022–2025 at K: B = 32,664.242; from 2026 K' = 32,664.242·0.08·1.08⁸/(1.08⁸ − 1) = 5,684.060
    // government-pay, score 1: S = K·(0.7 + 0.3) + M, so the 2026 obligation rises by K' − K = 423.943
    expect(total(shocked, 0) - total(base, 0)).toBeCloseTo(423.943, 2);
    // the same project unflagged does not move
    const plain = await baseline();
    expect(total(simulate(applyPreset(plain, 'rates+200bp', { spec })), 0)).toBe(total(simulate(plain), 0));
  });

  it('a Monte Carlo path moves the flagged contract by its own rate draw, and the preset and the draw add up', async () => {
    const s = flagged(await baseline());
    const k = { ...drawShocks(s, spec, pathRng(9, 0)), rateShift: 0.02 };
    const path = shockedScenario(s, k).ppp.find((p) => p.id === ID)!;
    expect(path.rateShift).toEqual({ delta: 0.02, fromYear: 2026 });
    const both = shockedScenario(applyPreset(s, 'rates+200bp', { spec }), { ...k, rateShift: -0.005 }).ppp.find((p) => p.id === ID)!;
    expect(both.rateShift!.delta).toBeCloseTo(0.015, 15);
    expect(shockedScenario(s, { ...k, rateShift: 0 }).ppp.find((p) => p.id === ID)!.rateShift).toBeUndefined();
  });

  it('the sensitivity rates driver (±100 bp) moves the flagged contract too', async () => {
    const s = flagged(await baseline());
    const hi = shockDriver(s, spec, 'rates', 1).scenario.ppp.find((p) => p.id === ID)!;
    const lo = shockDriver(s, spec, 'rates', -1).scenario.ppp.find((p) => p.id === ID)!;
    expect(hi.rateShift).toEqual({ delta: RATE_SHOCK, fromYear: 2026 });
    expect(lo.rateShift).toEqual({ delta: -RATE_SHOCK, fromYear: 2026 });
  });
});
