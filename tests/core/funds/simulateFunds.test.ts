import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr } from '../../../src/core/finance/index.ts';
import { simulateFunds, simulateFundsCore } from '../../../src/core/funds/index.ts';
import type { FundsInput } from '../../../src/core/funds/index.ts';
import type { Fund } from '../../../src/core/funds/types.ts';
import { toFenInt } from '../../../src/core/ledger/index.ts';
import { fund, HAND_TA } from './fixtures.ts';

const towns = [{ id: 'town-a' }, { id: 'town-b' }, { id: 'town-c' }];
const input = (funds: Fund[], over: Partial<FundsInput> = {}): FundsInput => ({ startYear: 2026, horizonYears: 5, funds, rules: {}, towns, ...over });
const fen = (xs: readonly number[]): number => xs.reduce((a, x) => a + toFenInt(x), 0);

describe('simulateFunds: calendar years (SPEC §5 t = 1 is establishedYear; §10 arrays align with years)', () => {
  it('lays the life on the scenario years, dropping life years before startYear', () => {
    // established 2024: life 2024–2028 → scenario 2026–2030 sees life years 3, 4, 5 then zeros
    const r = simulateFunds(input([fund({ establishedYear: 2024 })])).funds[0];
    expect(r?.calls).toEqual([200, 0, 0, 0, 0]);
    expect(r?.nav).toEqual([611.6992, 242.232883, 0, 0, 0]);
    expect(r?.life.years).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(r?.life.calls).toEqual([200, 400, 200, 0, 0]);
  });
  it('pads with zeros before a fund established after startYear, and cuts at the horizon', () => {
    const r = simulateFunds(input([fund({ establishedYear: 2029 })])).funds[0];
    expect(r?.calls).toEqual([0, 0, 0, 200, 400]);
    expect(r?.distributions).toEqual([0, 0, 0, 0, 35.2]);
  });
});

describe('simulateFunds: classes without fees or concession', () => {
  const r = simulateFunds(input([fund()]));
  const f = r.funds[0];
  it('gives each class its pro-rata share of calls and distributions', () => {
    // government 20%: y1 −0.2·200 = −40; y2 −80 + 0.2·35.2 = −72.96; y3 −40 + 0.2·231.5808 = 6.31616;
    // y4 0.2·430.6362368 = 86.12724736 → 86.127247; y5 0.2·266.45617152 = 53.291234304 → 53.291234
    expect(f?.government.cashflows).toEqual([-40, -72.96, 6.31616, 86.127247, 53.291234]);
    expect(f?.social.cashflows[0]).toBe(-160);
  });
  it('gives both classes the fund IRR', () => {
    const fundIrr = irr([-200, -364.8, 31.5808, 430.6362368, 266.45617152]);
    expect(f?.government.irr).toBeCloseTo(fundIrr ?? NaN, 9);
    expect(f?.social.irr).toBeCloseTo(fundIrr ?? NaN, 9);
  });
  it('reports TVPI = DPI at the end of life', () => {
    // Σ D / Σ C = 963.87320832 / 800
    expect(f?.government.dpi).toBeCloseTo(963.87320832 / 800, 9);
    expect(f?.government.tvpi).toBeCloseTo(963.87320832 / 800, 9);
  });
  it('reports leverage S/G, the investment multiple and 返投倍数', () => {
    // G = 200; S/G = 5; mobilised 800/0.25 = 3200 → 16; local 0.8·800 = 640 → 3.2
    expect(f).toMatchObject({ size: 1000, governmentCommitment: 200, leverage: 5, investmentMultiple: 16, returnInvestmentRatio: 3.2 });
  });
  it('sums the government net cash flow per scenario year and finds nothing', () => {
    expect(r.governmentNetCashflow).toEqual(f?.government.cashflows);
    expect(r.findings).toEqual([]);
    expect(r.limits.map((l) => l.rule)).toEqual(['fund.government-share', 'fund.return-investment', 'fund.investment-multiple', 'fund.guarantee', 'fund.real-estate']);
  });
});

describe('simulateFunds: TVPI before the end of life', () => {
  it('adds the NAV attributed to the class to its distributions', () => {
    // horizon 2026–2028 (v = 3): paid-in 800, distributed 266.7808, NAV_3 = 611.6992;
    // each class owns its pro-rata share of the rest, so TVPI = (266.7808 + 611.6992)/800
    const f = simulateFunds(input([fund()], { horizonYears: 3 })).funds[0];
    expect(f?.social.dpi).toBeCloseTo(266.7808 / 800, 9);
    expect(f?.social.tvpi).toBeCloseTo((266.7808 + 611.6992) / 800, 9);
  });
});

describe('simulateFunds: forbidden terms as hidden debt (SPEC §5 last bullet)', () => {
  const g = fund({ guarantees: [{ kind: 'principal-protection' }] });
  const r = simulateFunds(input([g]));
  const f = r.funds[0];
  it('breaches fund.guarantee', () => {
    expect(r.findings.map((x) => [x.rule, x.level])).toEqual([['fund.guarantee', 'breach']]);
  });
  it('counts social paid-in − distributions received as the guaranteed amount until settlement', () => {
    // social 80%: paid-in 160, 480, 640; received 0, 28.16, 213.42464 (cum.), 557.93354 (cum.)
    // G: 160, 480 − 28.16 = 451.84, 640 − 213.42464 = 426.57536, 640 − 557.933539 = 82.066461, then 0 (L)
    expect(f?.guaranteed.slice(0, 3)).toEqual([160, 451.84, 426.57536]);
    expect(f?.guaranteed[3]).toBeCloseTo(640 - 0.8 * (35.2 + 231.5808 + 430.6362368), 6);
    expect(f?.guaranteed[4]).toBe(0);
    expect(f?.guaranteePayout).toEqual([0, 0, 0, 0, 0]); // social got 770.3 > 640 by year 5
  });
  it('allocates it to towns pro rata to the declared allocation, footing to the fen', () => {
    // allocation town-a 300, town-b 100 → 3/4 and 1/4
    expect(r.hiddenDebtByTown['town-a']?.[0]).toBe(120);
    expect(r.hiddenDebtByTown['town-b']?.[0]).toBe(40);
    expect(r.hiddenDebtByTown['town-c']).toEqual([0, 0, 0, 0, 0]);
    f?.guaranteed.forEach((amount, k) => expect(fen([r.hiddenDebtByTown['town-a']?.[k] ?? 0, r.hiddenDebtByTown['town-b']?.[k] ?? 0])).toBe(toFenInt(amount)));
  });
  it('makes the government pay the shortfall when the fund ends below the promise', () => {
    // growth −30%: the fund returns less than social paid-in; the government pays the gap in year L
    const loss = fund({ guarantees: [{ kind: 'principal-protection' }], takahashiAlexander: { ...HAND_TA, growth: -0.3 } });
    const x = simulateFunds(input([loss])).funds[0];
    const payout = x?.guaranteePayout[4] ?? 0;
    expect(payout).toBeGreaterThan(0);
    // social: paid-in 640 in total, received its distributions + the payout = exactly its principal
    expect(fen(x?.social.cashflows ?? [])).toBe(0);
    expect(x?.government.cashflows[4]).toBeLessThan(0);
  });
});

describe('simulateFunds: output invariants', () => {
  const arbFund = fc.record({
    size: fc.integer({ min: 1, max: 1_000_000 }),
    governmentShare: fc.double({ min: 0, max: 1, noNaN: true }),
    projectShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    rate: fc.double({ min: 0, max: 0.05, noNaN: true }),
    hurdle: fc.option(fc.double({ min: 0, max: 0.2, noNaN: true }), { nil: null }),
    carry: fc.double({ min: 0, max: 0.3, noNaN: true }),
    cap: fc.option(fc.double({ min: 0, max: 0.1, noNaN: true }), { nil: null }),
    growth: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    established: fc.integer({ min: 2015, max: 2035 }),
    guaranteed: fc.boolean(),
  }).map((p): Fund => fund({
    size: p.size, governmentShare: p.governmentShare, projectShare: p.projectShare, establishedYear: p.established,
    takahashiAlexander: { ...HAND_TA, growth: p.growth, lifeYears: 8, investmentPeriodYears: 4 },
    fees: { management: { rate: p.rate, rateAfterInvestmentPeriod: null, base: 'dated' }, hurdle: p.hurdle, carry: p.carry },
    concession: p.cap === null ? null : { cappedReturn: p.cap },
    guarantees: p.guaranteed ? [{ kind: 'minimum-return', rate: 0.05 }] : [],
  }));
  it('never puts NaN or Infinity in a result, and round-trips through JSON', () => {
    fc.assert(fc.property(arbFund, (f) => {
      const r = simulateFunds(input([f], { horizonYears: 12 }));
      const json = JSON.stringify(r);
      return !/NaN|Infinity/.test(json) && JSON.stringify(JSON.parse(json)) === json;
    }), { numRuns: 200 });
  });
  it('foots: fees + carry + government + social distributions = the gross distribution, to the fen', () => {
    fc.assert(fc.property(arbFund, (f) => {
      const life = simulateFunds(input([f])).funds[0]?.life;
      if (!life) return false;
      return life.distributions.every((d, i) => toFenInt(d) === fen([life.managementFees[i] ?? 0, life.carry[i] ?? 0, life.governmentDistributions[i] ?? 0, life.socialDistributions[i] ?? 0]))
        && life.calls.every((c, i) => toFenInt(c) === fen([life.governmentCalls[i] ?? 0, life.socialCalls[i] ?? 0]));
    }), { numRuns: 200 });
  });
});

describe('simulateFundsCore (the unrounded path of Monte Carlo runs)', () => {
  const funds = [fund({ guarantees: [{ kind: 'principal-protection' }] }), fund({ id: 'other', establishedYear: 2027, allocationByTown: { 'town-c': 1 } })];
  const core = simulateFundsCore(input(funds));
  const out = simulateFunds(input(funds));
  it('agrees with the rounded output within a fen per fund and year', () => {
    core.governmentNetCashflow.forEach((x, k) => expect(Math.abs(x - (out.governmentNetCashflow[k] ?? 0))).toBeLessThanOrEqual(2e-6));
    for (const id of ['town-a', 'town-b', 'town-c']) {
      core.hiddenDebtByTown[id]?.forEach((x, k) => expect(Math.abs(x - (out.hiddenDebtByTown[id]?.[k] ?? 0))).toBeLessThanOrEqual(1e-6));
    }
  });
  it('returns the same limits and findings', () => {
    expect(core.limits).toEqual(out.limits);
    expect(core.findings).toEqual(out.findings);
  });
});

describe('simulateFunds: concession 让利 through the whole waterfall', () => {
  // fixture fund (fund IRR ≈ 6.9%) with fees 2%, hurdle 6%, carry 20%, and a 2% capped return
  const terms = { fees: { management: { rate: 0.02, rateAfterInvestmentPeriod: null, base: 'commitment-then-nav' as const }, hurdle: 0.06, carry: 0.2 } };
  const plain = simulateFunds(input([fund(terms)])).funds[0];
  const capped = simulateFunds(input([fund({ ...terms, concession: { cappedReturn: 0.02 } })])).funds[0];
  it("caps the government's return below the capped rate (simple interest ≤ compound)", () => {
    expect(capped?.government.irr).toBeLessThanOrEqual(0.02 + 1e-12);
    expect(capped?.government.irr).toBeLessThan(plain?.government.irr ?? 0);
  });
  it("raises the social investors' IRR and moves the excess to them, fund flows unchanged", () => {
    expect(capped?.social.irr).toBeGreaterThan(plain?.social.irr ?? Infinity);
    expect(capped?.distributions).toEqual(plain?.distributions);
    const total = (f: typeof plain) => fen([...(f?.government.cashflows ?? []), ...(f?.social.cashflows ?? [])]);
    expect(total(capped)).toBe(total(plain));
  });
});
