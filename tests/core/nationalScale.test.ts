/** A national-scale scenario with realistic amounts runs (issue #12: it exited 3 in the ledger's totals). */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { nationalDoc } from '../support/national.ts';
import { nonFiniteNumbers } from '../support/finite.ts';

/** Town count × investment scale that carry the investment mobilised past 2^53 fen. */
function runLarge(towns: number, scale: number) {
  const v = validateScenario(nationalDoc(towns, 30, scale));
  if (!v.ok) throw new Error(v.issues.slice(0, 3).map((i) => `${i.path}: ${i.en}`).join('\n'));
  return simulate(v.scenario, { hash: 'national' });
}

describe('national scale', () => {
  it('300 towns with 22× the baseline investment: totals past 2^53 fen are carried, not refused', () => {
    // 300 towns ≈ 300/4300 of the national run's 6.95·10^9 万元 at 1×, times 22 ≈ 1.07·10^10 万元 > 2^53 fen
    const r = runLarge(300, 22);
    expect(r.summary.investmentMobilised).toBeGreaterThan(2 ** 53 / 1e6);
    expect(nonFiniteNumbers(r)).toEqual([]);
  }, 60_000);

  // ≈ 30 s on a loaded 2-core machine: run with TOWNFISC_BIG=1
  it.runIf(process.env.TOWNFISC_BIG === '1')('4,300 towns × 30 years: the investment mobilised passes 2^53 fen and the run completes with finite numbers only', () => {
    const r = runLarge(4300, 1.5);
    expect(r.towns).toHaveLength(4300);
    expect(r.summary.investmentMobilised).toBeGreaterThan(2 ** 53 / 1e6); // ≈ 1.04·10^10 万元
    expect(nonFiniteNumbers(r)).toEqual([]);
  }, 120_000);
});
