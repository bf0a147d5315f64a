import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../src/core/simulate.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { failureProbability, getParam, goalSeek, reduceStress, resolveStochastic, ruleHolds, runBlock, setParam, zeroVariance } from '../../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}
const BOND = 'towns[conghua-hot-spring].bonds[0].amount';

describe('goal seek (SPEC §8)', () => {
  it('parameter paths address array items by id or index, and a growth series by its base', async () => {
    const s = await baseline();
    expect(getParam(s, BOND)).toBe(50_000);
    expect(getParam(s, 'towns[0].bonds[0].amount')).toBe(50_000);
    expect(getParam(s, 'rewards.pool')).toBe(100_000);
    expect(getParam(s, 'towns[no-such].bonds[0].amount')).toBeNull();
    expect(getParam(s, 'constructor.prototype')).toBeNull();
    const t = setParam(s, BOND, 123);
    expect(getParam(t, BOND)).toBe(123);
    expect(getParam(s, BOND)).toBe(50_000); // the input is not modified
    expect(getParam(setParam(s, 'rewards.pool', 7), 'rewards.pool')).toBe(7);
  });

  it('bisection finds the edge of a monotone rule within the tolerance, and reports it', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 99, noNaN: true }), (edge) => {
      const r = goalSeek((v) => v < edge, 0, 100, 1e-6, 'max');
      expect(r.holds).toBe(true);
      expect(r.value!).toBeLessThan(edge);
      expect(edge - r.value!).toBeLessThanOrEqual(1e-6);
      const m = goalSeek((v) => v >= edge, 0, 100, 1e-6, 'min');
      expect(m.value! - edge).toBeLessThanOrEqual(1e-6);
      expect(m.value!).toBeGreaterThanOrEqual(edge);
    }));
  });

  it('says so when no value in the bracket works, or when the whole bracket does', () => {
    const none = goalSeek(() => false, 0, 10, 1e-3, 'max');
    expect(none).toMatchObject({ value: null, holds: false, iterations: 0 });
    expect(none.message).toMatch(/区间内没有满足规则的取值.*no value in the bracket/);
    const all = goalSeek(() => true, 0, 10, 1e-3, 'max');
    expect(all).toMatchObject({ value: 10, holds: true });
    expect(all.message).toMatch(/whole bracket/);
  });

  it('the largest special bond keeping Conghua below yellow stops just under the edge: a ratio exactly at 1.2 is yellow (SPEC §1)', async () => {
    const s = await baseline();
    const det = simulate(s);
    const d = det.districts.find((x) => x.id === 'conghua')!;
    // district.tier is on the legal ratio L/C (SPEC §6, issue #13). 2026 is the binding year: the
    // bond (issued 2026, annuity, balance = amount at the end of 2026, a falling share of it after)
    // moves L/C by amount/C. Edge: B* = 1.2·C − (L − 50,000) = 1.2 × 1,600,000 − (1,390,000 − 50,000)
    // = 1,920,000 − 1,340,000 = 580,000 with the base run's 2026 figures.
    const B = 1.2 * d.capacity[0]! - (d.legalDebt[0]! - 50_000);
    expect(B).toBeCloseTo(580_000, 6);
    const filter = { rules: ['district.tier'], subject: 'district:conghua' };
    const holds = (v: number): boolean => ruleHolds(simulate(setParam(s, BOND, v)).limits, filter);
    expect(holds(B)).toBe(false); // at the line: yellow
    const r = goalSeek(holds, 0, 1_000_000, 1e-3, 'max');
    expect(r.value!).toBeLessThan(B);
    // SPEC §1: a ratio within a relative 1e−9 of 1.2 is at the line, so the band at the line is
    // 1e−9 × 1.2 × C ≈ 0.0019 万元 of bond wide; the answer is within the tolerance of that band's lower end
    const band = 1e-9 * 1.2 * d.capacity[0]!;
    expect(B - r.value!).toBeLessThanOrEqual(1e-3 + band);
    expect(B - r.value!).toBeGreaterThan(band * 0.5);
    expect(r.bracket).toEqual([0, 1_000_000]);
    expect(r.iterations).toBeGreaterThan(0);
  });

  it('the probabilistic form: P(crossing at least once) over paths — 0 or 1 at zero variance, the stress run\'s breachesEver otherwise', async () => {
    const s = await baseline();
    const filter = { rules: ['district.tier'], subject: 'district:conghua' };
    const zero = zeroVariance(resolveStochastic(undefined));
    // below and above the edge B* = 580,000 (previous test)
    expect(failureProbability([runBlock(setParam(s, BOND, 570_000), zero, { seed: 1, from: 0, to: 2 })], filter)).toBe(0);
    expect(failureProbability([runBlock(setParam(s, BOND, 590_000), zero, { seed: 1, from: 0, to: 2 })], filter)).toBe(1);
    const spec = resolveStochastic(undefined);
    const block = runBlock(s, spec, { seed: 3, from: 0, to: 6 });
    const r = reduceStress({ scenario: s, spec, seed: 3, hash: '', preset: null, baseLimits: simulate(s).limits }, [block]);
    const ever = r.breachesEver.find((b) => b.rule === 'district.tier' && b.subject.id === 'conghua')!.probability;
    expect(failureProbability([block], filter)).toBe(ever);
  });
});
