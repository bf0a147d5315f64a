import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClasses } from '../../../src/core/funds/classes.ts';
import { concessionTake, simpleInterestAccrual } from '../../../src/core/funds/concession.ts';
import { guaranteeTerms, guaranteedAmount } from '../../../src/core/funds/guarantee.ts';
import { irr } from '../../../src/core/finance/index.ts';
import { fund } from './fixtures.ts';

const arr = (xs: number[]): Float64Array => Float64Array.from(xs);
const net = (c: { calls: Float64Array; distributions: Float64Array }): number[] => [...c.distributions].map((d, i) => d - (c.calls[i] ?? 0));

describe('splitClasses: pro rata without a concession', () => {
  it('splits calls and distributions pro rata to commitments', () => {
    const s = splitClasses(arr([100, 0, 0]), arr([0, 40, 110]), 0.2, null, null);
    expect([...s.government.calls]).toEqual([20, 0, 0]);
    expect([...s.social.calls]).toEqual([80, 0, 0]);
    expect([...s.government.distributions]).toEqual([0, 8, 22]);
    expect([...s.social.distributions]).toEqual([0, 32, 88]);
    expect(irr(net(s.government))).toBeCloseTo(irr(net(s.social)) ?? NaN, 10);
  });
});

describe('splitClasses: concession 让利 (财预〔2015〕210号 Art. 13)', () => {
  // calls [100, 0, 0], investors [0, 0, 150], g = 0.5, capped return 5% simple interest.
  // y1: government pays 50. y2: cap accrues 0.05·50 = 2.5. y3: accrues 2.5 more → 5;
  // pro rata 75, but the government takes at most 50 + 5 − 0 = 55; social gets 75 + 20 = 95.
  const s = splitClasses(arr([100, 0, 0]), arr([0, 0, 150]), 0.5, { cappedReturn: 0.05 }, null);
  it("caps the government's take at cost plus the capped return", () => {
    expect(s.government.distributions[2]).toBeCloseTo(55, 12);
    expect(s.social.distributions[2]).toBeCloseTo(95, 12);
  });
  it("raises the social investors' IRR accordingly", () => {
    // government: −50, 0, +55 → (55/50)^(1/2) − 1 ≈ 4.881% (simple interest below 5% compound);
    // social: −50, 0, +95 → √1.9 − 1 ≈ 37.84%, against √1.5 − 1 ≈ 22.47% without the concession.
    expect(irr(net(s.government))).toBeCloseTo(Math.sqrt(1.1) - 1, 9);
    expect(irr(net(s.social))).toBeCloseTo(Math.sqrt(1.9) - 1, 9);
    const plain = splitClasses(arr([100, 0, 0]), arr([0, 0, 150]), 0.5, null, null);
    expect(irr(net(plain.social))).toBeCloseTo(Math.sqrt(1.5) - 1, 9);
  });
  it('leaves the pro-rata share alone when it is below the cap', () => {
    expect(concessionTake(10, 50, 5, 0)).toBe(10);
    expect(concessionTake(75, 50, 5, 0)).toBe(55);
    expect(concessionTake(75, 50, 5, 60)).toBe(0);
  });
  it('accrues simple interest on outstanding paid-in only', () => {
    expect(simpleInterestAccrual(0.05, 100, 30)).toBeCloseTo(3.5, 12);
    expect(simpleInterestAccrual(0.05, 100, 130)).toBe(0);
  });
});

describe('splitClasses: forbidden terms (SPEC §5, hidden debt §6)', () => {
  // calls [100, 0, 0, 0], investors [0, 10, 20, 60], g = 0.2, minimum return 6%, settled in year L = 4.
  // social paid-in 80. y1: promise 0, G = 80 − 0 = 80.
  // y2: promise += 0.06·80 = 4.8; social receives 8 → G = 80 + 4.8 − 8 = 76.8.
  // y3: promise += 0.06·(80 − 8) = 4.32 → 9.12; received 8 + 16 = 24 → G = 80 + 9.12 − 24 = 65.12.
  // y4: promise += 0.06·(80 − 24) = 3.36 → 12.48; received 24 + 48 = 72 → G = 20.48, paid by the government.
  const calls = arr([100, 0, 0, 0]);
  const investors = arr([0, 10, 20, 60]);
  it('counts social paid-in + promised return − distributions received as the guaranteed amount', () => {
    const s = splitClasses(calls, investors, 0.2, null, { rate: 0.06, settlementT: 4, buyBack: false });
    [80, 76.8, 65.12, 0].forEach((g, i) => expect(s.guaranteed[i]).toBeCloseTo(g, 9));
    expect(s.guaranteePayout[3]).toBeCloseTo(20.48, 9);
  });
  it('a buy-back settles in its year and hands the social interest to the government', () => {
    const s = splitClasses(calls, investors, 0.2, null, { rate: 0.06, settlementT: 2, buyBack: true });
    expect(s.guaranteed[0]).toBeCloseTo(80, 9);
    expect(s.guaranteePayout[1]).toBeCloseTo(76.8, 9);
    expect([...s.guaranteed.slice(1)]).toEqual([0, 0, 0]);
    expect([...s.government.distributions.slice(2)]).toEqual([20, 60]);
    expect([...s.social.distributions.slice(2)]).toEqual([0, 0]);
  });
  it('guaranteedAmount is floored at 0', () => {
    expect(guaranteedAmount(80, 5, 100)).toBe(0);
  });
  it('guaranteeTerms takes the highest promised rate and the earliest buy-back', () => {
    const f = fund({ guarantees: [{ kind: 'principal-protection' }, { kind: 'minimum-return', rate: 0.04 }, { kind: 'buy-back', year: 2029, rate: 0.05 }] });
    expect(guaranteeTerms(f)).toEqual({ rate: 0.05, settlementT: 4, buyBack: true });
    expect(guaranteeTerms(fund({ guarantees: [{ kind: 'principal-protection' }] }))).toEqual({ rate: 0, settlementT: 5, buyBack: false });
    expect(guaranteeTerms(fund())).toBeNull();
  });
});

describe('splitClasses properties', () => {
  const flows = fc.array(fc.tuple(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true })), { minLength: 1, maxLength: 15 });
  const g = fc.double({ min: 0, max: 1, noNaN: true });
  it('the classes add up to the fund: calls and distributions', () => {
    fc.assert(fc.property(flows, g, fc.option(fc.double({ min: 0, max: 0.1, noNaN: true }), { nil: null }), (rows, share, cap) => {
      const s = splitClasses(arr(rows.map((r) => r[0])), arr(rows.map((r) => r[1])), share, cap === null ? null : { cappedReturn: cap }, null);
      return rows.every(([c, d], i) => Math.abs((s.government.calls[i] ?? 0) + (s.social.calls[i] ?? 0) - c) <= 1e-9 * Math.max(1, c)
        && Math.abs((s.government.distributions[i] ?? 0) + (s.social.distributions[i] ?? 0) - d) <= 1e-9 * Math.max(1, d)
        && (s.social.distributions[i] ?? 0) >= -1e-9);
    }));
  });
  it("under a concession the government never receives more than paid-in + the capped return accrued", () => {
    fc.assert(fc.property(flows, g, fc.double({ min: 0, max: 0.1, noNaN: true }), (rows, share, cap) => {
      const s = splitClasses(arr(rows.map((r) => r[0])), arr(rows.map((r) => r[1])), share, { cappedReturn: cap }, null);
      let paid = 0, got = 0, accrued = 0;
      return rows.every((_, i) => {
        accrued += simpleInterestAccrual(cap, paid, got);
        paid += s.government.calls[i] ?? 0;
        got += s.government.distributions[i] ?? 0;
        return got <= paid + accrued + 1e-9 * Math.max(1, paid);
      });
    }));
  });
  it('with principal protection the social investors end with at least their paid-in', () => {
    fc.assert(fc.property(flows, g, (rows, share) => {
      const s = splitClasses(arr(rows.map((r) => r[0])), arr(rows.map((r) => r[1])), share, null, { rate: 0, settlementT: rows.length, buyBack: false });
      const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
      return sum(s.social.distributions) + sum(s.guaranteePayout) >= sum(s.social.calls) * (1 - 1e-12) - 1e-9
        && [...s.guaranteed, ...s.guaranteePayout].every((x) => x >= 0);
    }));
  });
});
