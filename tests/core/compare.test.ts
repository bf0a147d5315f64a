/** compareResults in the core (SPEC §10 `compare`; issue #11): values, deltas and relative deltas against the first run. */
import { describe, expect, it } from 'vitest';
import { COMPARE_METRICS, compareResults } from '../../src/core/compare.ts';
import type { RunResult } from '../../src/core/result.ts';
import { result } from '../app/fixtures/result.ts';

const other: RunResult = {
  ...result,
  scenario: { id: 'b', name: '乙', hash: 'h2' },
  summary: { ...result.summary, fiscalCostTotal: 400, rewardCostPerJob: 2, peakPppShare: 0.05, worstTier: 'yellow', breaches: 0 },
};

describe('compareResults', () => {
  const c = compareResults([result, other]);
  const metric = (key: string) => c.metrics.find((m) => m.key === key)!;

  it('lists every metric of COMPARE_METRICS for the scenarios in order', () => {
    expect(c.scenarios.map((s) => s.id)).toEqual(['fixture', 'b']);
    expect(c.metrics.map((m) => m.key)).toEqual(COMPARE_METRICS.map((m) => m.key));
  });

  it('delta = value − first, relative to |first|', () => {
    // fiscal cost 500 → 400: delta −100, −100 / 500 = −20%
    expect(metric('fiscalCostTotal')).toMatchObject({ values: [500, 400], delta: [0, -100], deltaPct: [0, -0.2] });
    // peak share 0.04 → 0.05: +0.01 (float), +25%
    expect(metric('peakPppShare').delta[1]).toBeCloseTo(0.01, 12);
    expect(metric('peakPppShare').deltaPct[1]).toBeCloseTo(0.25, 12);
  });

  it('a null on either side gives a null delta; a zero first value a null relative delta; tiers compare by rank', () => {
    expect(metric('rewardCostPerJob')).toMatchObject({ values: [null, 2], delta: [null, null], deltaPct: [null, null] });
    expect(metric('wastedOnRemoved')).toMatchObject({ values: [0, 0], delta: [0, 0], deltaPct: [null, null] });
    // red (rank 3) → yellow (rank 1): two tiers better
    expect(metric('worstTier')).toMatchObject({ values: [3, 1], delta: [0, -2] });
  });
});
