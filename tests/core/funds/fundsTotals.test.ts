import { describe, expect, it } from 'vitest';
import { fundsTotals, simulateFunds } from '../../../src/core/funds/simulateFunds.ts';
import { fundBase, sameUnshockedFund, UNSHOCKED_FUND_FIELDS } from '../../../src/core/funds/fundBase.ts';
import { fundLife } from '../../../src/core/funds/fundLife.ts';
import { keepsFen } from '../../../src/core/funds/hiddenDebt.ts';
import type { Fund } from '../../../src/core/funds/types.ts';
import type { FundsInput } from '../../../src/core/funds/fundsCore.ts';
import { roundFen } from '../../../src/core/ledger/index.ts';
import { fund } from './fixtures.ts';

const fees = { management: { rate: 0.02, rateAfterInvestmentPeriod: 0.01, base: 'commitment-then-nav' as const }, hurdle: 0.08, carry: 0.2 };
/** A clean fund with fees, one with a buy-back promise, one with a concession and no town allocation. */
const FUNDS: Fund[] = [
  fund({ id: 'clean', fees }),
  fund({ id: 'promise', establishedYear: 2024, guarantees: [{ kind: 'buy-back', year: 2028, rate: 0.06 }], allocationByTown: { 'town-b': 50, 'town-x': 150 } }),
  fund({ id: 'unallocated', size: 3000, allocationByTown: {}, concession: { cappedReturn: 0.05 }, guarantees: [{ kind: 'principal-protection' }] }),
];

const input = (funds: readonly Fund[]): FundsInput => ({
  startYear: 2025, horizonYears: 8, funds, rules: {}, towns: [{ id: 'town-a' }, { id: 'town-b' }, { id: 'town-c' }],
});

/** The funds with the growth G_r moved by `shift`, as the stress shocks move it (a new fund and parameter object per path). */
const shocked = (shift: number): Fund[] => FUNDS.map((f) => ({ ...f, takahashiAlexander: { ...f.takahashiAlexander, growth: f.takahashiAlexander.growth + shift } }));

describe('fundsTotals on Monte Carlo paths (the part that does not read G_r kept per fund)', () => {
  it('equals the totals of simulateFunds on every path, forbidden terms and unallocated funds included', () => {
    for (const shift of [0, -0.3, 0.25, -0.3, 0.6]) {
      const i = input(shocked(shift));
      const { funds: _runs, ...full } = simulateFunds(i);
      expect(fundsTotals(i)).toEqual(full);
    }
  });

  it('keys the base on every field but the growth', () => {
    const a = FUNDS[0]!;
    expect(sameUnshockedFund(a, shocked(0.1)[0]!)).toBe(true);
    expect(fundBase(shocked(0.1)[0]!, fundLife(shocked(0.1)[0]!))).toBe(fundBase(a, fundLife(a)));
    for (const k of Object.keys(UNSHOCKED_FUND_FIELDS) as (keyof typeof UNSHOCKED_FUND_FIELDS)[]) {
      const other = k in a.takahashiAlexander
        ? { ...a, takahashiAlexander: { ...a.takahashiAlexander, [k]: { changed: k } } }
        : { ...a, [k]: { changed: k } };
      expect(sameUnshockedFund(a, other as unknown as Fund), k).toBe(false);
    }
  });

  it('keepsFen: a fen-rounded amount below 10^6 万元 is its own roundFen', () => {
    for (const x of [0, 0.000001, 123.456789, -98765.432101, 999999.999999]) {
      expect(keepsFen(roundFen(x))).toBe(true);
      expect(roundFen(roundFen(x) + 0)).toBe(roundFen(x));
    }
    expect(keepsFen(2e6)).toBe(false);
  });
});
