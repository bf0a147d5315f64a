import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { resolveStochastic, runStress } from '../../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

/** The baseline with a minimum-revenue guarantee on 从化's spa road and a 10,000 buy-back in 2028 on 花都's expo centre. */
function guaranteed(s: Scenario): Scenario {
  return {
    ...s,
    ppp: s.ppp.map((p) => {
      if (p.id === 'conghua-spa-road') return { ...p, guarantees: [{ kind: 'minimum-revenue', expectedCostPerYear: 0 }] };
      if (p.id === 'huadu-jewelry-expo') return { ...p, guarantees: [{ kind: 'buy-back', year: 2028, amount: 10_000 }] };
      return p;
    }),
  };
}

describe('contingent liabilities against the 财承 room of the paying level (issue #14, SPEC §4.5)', () => {
  it('per level and year: the ppp.share.10 room of the deterministic run beside the expected and P95 payout', async () => {
    const s = guaranteed(await baseline());
    // demand fixed at 0.5 on every path (σ 0): the floor 0.8 is short by 0.3 of forecast user revenue
    const r = runStress(s, resolveStochastic({ ppp: { sd: 0, mean: 0.5 } }), { paths: 3, seed: 1 });
    const rows = r.contingentRoom!;
    expect(rows.map((x) => x.level).filter((l, i, a) => a.indexOf(l) === i)).toEqual(['conghua', 'huadu']);
    const at = (level: string, year: number) => rows.find((x) => x.level === level && x.year === year)!;
    // 从化 2026: room = 10% × 1,350,000 − (existing 45,000 + the spa road's 6,282.320451) = 135,000 − 51,282.320451 = 83,717.679549
    // payout: user revenue 1,800·1.03⁶ (operation year 1 = 2020) = 2,149.294134 × 0.3 = 644.788240 (to the fen) on every path
    expect(at('conghua', 2026)).toEqual({
      level: 'conghua', year: 2026, line: 0.1, room: expect.closeTo(83_717.679549, 5) as number, expected: 644.78824, p95: 644.78824, probabilityAboveRoom: 0,
    });
    // 2028: room 10% × 1,350,000·1.03² − obligations (from the run); payout 1,800·1.03⁸ × 0.3 = 684.055844
    expect(at('conghua', 2028).expected).toBeCloseTo(684.055844, 6);
    // 花都: the buy-back of 10,000 in 2028 on every path, nothing in the other years
    expect(at('huadu', 2028)).toMatchObject({ expected: 10_000, p95: 10_000 });
    expect(at('huadu', 2027)).toMatchObject({ expected: 0, p95: 0 });
    expect(at('huadu', 2028).room).not.toBeNull();
    expect(rows).toHaveLength(2 * s.horizonYears);
  });

  it('the share of paths whose payout exceeds the room: a buy-back larger than the room on every path, one equal to it fits', async () => {
    const s = guaranteed(await baseline());
    const probe = runStress(s, resolveStochastic({ ppp: { sd: 0, mean: 0.5 } }), { paths: 2, seed: 1 }).contingentRoom!.find((x) => x.level === 'huadu' && x.year === 2028)!;
    const room = probe.room!;
    const withBuyBack = (amount: number): Scenario => ({
      ...s, ppp: s.ppp.map((p) => (p.id === 'huadu-jewelry-expo' ? { ...p, guarantees: [{ kind: 'buy-back' as const, year: 2028, amount }] } : p)),
    });
    const row = (amount: number) => runStress(withBuyBack(amount), resolveStochastic(undefined), { paths: 2, seed: 1 }).contingentRoom!.find((x) => x.level === 'huadu' && x.year === 2028)!;
    // the room does not depend on the buy-back (payouts are not obligations): room + 1 万元 exceeds it on both paths; the room itself is at the line
    expect(row(room + 1)).toMatchObject({ room, probabilityAboveRoom: 1 });
    expect(row(room).probabilityAboveRoom).toBe(0);
    expect(probe.probabilityAboveRoom).toBe(0);
  });

  it('a scenario without contingent terms has no rows, and the field is plain JSON', async () => {
    const r = runStress(await baseline(), resolveStochastic(undefined), { paths: 2, seed: 3 });
    expect(r.contingentRoom).toEqual([]);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });
});
