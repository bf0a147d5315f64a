import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/simulate.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { keySeriesNames, resolveStochastic, runStress, zeroVariance } from '../../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

describe('key series of a stress run (issue #14 "Outputs", SPEC §10 "Series keys")', () => {
  it('cover the issue\'s list: city fiscal cost, rewards paid, pool shortfall, PPP share per paying level, each district\'s legal and broad ratios and debt headroom', async () => {
    const s = await baseline();
    const names = keySeriesNames(s);
    expect(names.slice(0, 4)).toEqual(['city.fiscalCost', 'city.rewardsPaid', 'city.pppShare', 'city.rewardPool.lapsed']);
    for (const d of s.districts) {
      for (const f of ['legalRatio', 'broadRatio', 'debtHeadroom', 'pppShare']) expect(names).toContain(`district.${d.id}.${f}`);
    }
    expect(names).toHaveLength(4 + 4 * s.districts.length);
  });

  it('a zero-variance run gives every key series its deterministic value at every percentile', async () => {
    const s = await baseline();
    const det = simulate(s);
    const r = runStress(s, zeroVariance(resolveStochastic(undefined)), { paths: 2, seed: 4 });
    const expected: Record<string, readonly (number | null)[]> = {
      'city.fiscalCost': det.city.fiscalCost, 'city.rewardsPaid': det.city.rewardsPaid, 'city.pppShare': det.city.pppShare,
      'city.rewardPool.lapsed': det.city.rewardPool.lapsed,
    };
    for (const d of det.districts) {
      Object.assign(expected, {
        [`district.${d.id}.legalRatio`]: d.legalRatio, [`district.${d.id}.broadRatio`]: d.broadRatio,
        [`district.${d.id}.debtHeadroom`]: d.debtHeadroom, [`district.${d.id}.pppShare`]: d.pppShare,
      });
    }
    expect(Object.keys(r.series).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) v.forEach((x, t) => expect(r.series[k]![t], `${k} ${t}`).toEqual([x, x, x, x, x]));
  });
});
