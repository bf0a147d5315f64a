/**
 * Funds benchmark (issue #5): 50 sub-funds with fees, hurdle, carry, some concessions and
 * guarantees, over a 40-year horizon. Prints the median of a few runs for the unrounded core
 * (the Monte Carlo path) and for `simulateFunds` with fen rounding at the output boundary.
 */
import { simulateFunds, simulateFundsCore } from '../../src/core/funds/index.ts';
import type { Fund, FundsInput } from '../../src/core/funds/index.ts';

const START = 2026;
const YEARS = 40;

function funds(n: number): Fund[] {
  return Array.from({ length: n }, (_, i): Fund => ({
    id: `f${i}`, name: `子基金${i}`, size: 20000 + ((i * 7919) % 180000), establishedYear: START - 5 + (i % 15),
    governmentShare: 0.1 + (i % 3) * 0.1, projectShare: 0.2 + (i % 4) * 0.1, localShare: 0.6 + (i % 5) * 0.08,
    allocationByTown: { [`t${i % 25}`]: 10000, [`t${(i + 7) % 25}`]: 5000 },
    returnInvestmentRequirement: null, investmentMultipleThreshold: null, realEstateInvestment: 0,
    takahashiAlexander: { contributionRates: [0.25, 0.333, 0.5], bow: 2 + (i % 3) * 0.5, growth: 0.04 + (i % 5) * 0.02, yield: i % 2 ? 0.02 : 0, lifeYears: 8 + (i % 7), investmentPeriodYears: 4 + (i % 3) },
    fees: { management: { rate: 0.02, rateAfterInvestmentPeriod: 0.015, base: 'dated' }, hurdle: i % 4 ? 0.06 : null, carry: 0.2 },
    concession: i % 3 ? null : { cappedReturn: 0.03 },
    guarantees: i % 10 ? [] : [{ kind: 'minimum-return', rate: 0.06 }],
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export default function bench(): void {
  const input: FundsInput = { startYear: START, horizonYears: YEARS, funds: funds(50), rules: {}, towns: Array.from({ length: 25 }, (_, t) => ({ id: `t${t}` })) };
  for (let w = 0; w < 3; w++) simulateFunds(input); // warm-up (JIT)
  const core: number[] = [];
  const full: number[] = [];
  for (let k = 0; k < 15; k++) {
    let t0 = performance.now();
    simulateFundsCore(input);
    core.push(performance.now() - t0);
    t0 = performance.now();
    simulateFunds(input);
    full.push(performance.now() - t0);
  }
  console.log(`simulateFundsCore: 50 funds × ${YEARS} years: ${median(core).toFixed(2)} ms (median of 15; TA flows, fees, waterfall, classes, IRR-free core, rules, hidden debt)`);
  console.log(`simulateFunds (+ class IRRs, fen rounding with allocateToFen, results on the years): ${median(full).toFixed(2)} ms`);
}
