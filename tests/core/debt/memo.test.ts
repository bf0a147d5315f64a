/**
 * The debt module's speed-ups keep every figure (SPEC §1 "One engine, run many times"):
 * pooled arrays are fresh zeros, memos give the values a fresh computation gives, and a
 * memo never serves a changed input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyOf, zeros } from '../../../src/core/debt/arrays.ts';
import { bondFlows, townBonds } from '../../../src/core/debt/bonds.ts';
import { bondLife } from '../../../src/core/debt/bondLife.ts';
import { fenOf, keepFen } from '../../../src/core/debt/fenKept.ts';
import { tierEdgesFor } from '../../../src/core/debt/rulesMemo.ts';
import { inForceYears as inForce } from '../../../src/core/rules/inForceYears.ts';
import { keptSwapFlows, swapFlows } from '../../../src/core/debt/swaps.ts';
import { tierEdges, tierVersionFor } from '../../../src/core/debt/tiers.ts';
import { roundFen } from '../../../src/core/ledger/index.ts';
import type { SpecialBond } from '../../../src/core/model/scenario.ts';
import { ruleInForce } from '../../../src/core/rules/inForce.ts';
import type { RuleOverrides } from '../../../src/core/rules/types.ts';
import { c } from './fixtures.ts';

const bond = (over: Partial<SpecialBond>): SpecialBond => ({
  id: 'b', amount: 1000, issueYear: 2026, tenorYears: 3, rate: 0.04, repayment: 'annuity', projectRevenue: c(300), ...over,
});

describe('pooled arrays (zeros, copyOf)', () => {
  it('each is n fresh zeros, written independently of the others', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }), (lengths) => {
      const arrays = lengths.map((n) => zeros(n));
      arrays.forEach((a, k) => {
        expect(a).toHaveLength(lengths[k] as number);
        expect(Array.from(a).every((x) => x === 0)).toBe(true);
        a.fill(k + 1);
      });
      // no array was overwritten by a later one
      arrays.forEach((a, k) => expect(Array.from(a).every((x) => x === k + 1)).toBe(true));
    }));
  });

  it('beyond the pooled length an array of its own; copyOf copies and pads with zeros', () => {
    expect(zeros(5000)).toHaveLength(5000);
    const a = Float64Array.from([1, 2, 3]);
    const b = copyOf(a, 5);
    b[0] = 9;
    expect(Array.from(a)).toEqual([1, 2, 3]);
    expect(Array.from(b)).toEqual([9, 2, 3, 0, 0]);
  });
});

describe('rules in force per span of years (rulesMemo)', () => {
  const overrides: RuleOverrides = { 'town.exposure-cap': { threshold: 1.5, versions: [{ from: 2028, threshold: 1.2 }] } };
  const years = [2025, 2026, 2027, 2028, 2029];

  it('gives ruleInForce of each year, with and without overrides, and again from the memo', () => {
    for (const rules of [{}, overrides]) {
      const expected = years.map((y) => ruleInForce('town.exposure-cap', y, rules));
      expect(inForce('town.exposure-cap', years, rules)).toEqual(expected);
      expect(inForce('town.exposure-cap', years, rules)).toEqual(expected);
    }
    // the override's dated version: 1.5 until 2027, 1.2 from 2028
    expect(inForce('town.exposure-cap', years, overrides).map((v) => v?.threshold)).toEqual([1.5, 1.5, 1.5, 1.2, 1.2]);
  });

  it('a different overrides object has its own entries; years not in one span are computed afresh', () => {
    expect(inForce('town.exposure-cap', years, {}).map((v) => v?.threshold)).toEqual([2, 2, 2, 2, 2]);
    const gaps = [2026, 2030];
    expect(inForce('town.exposure-cap', gaps, overrides)).toEqual(gaps.map((y) => ruleInForce('town.exposure-cap', y, overrides)));
    // same first year and count as a span, but not one: not kept under the span's key
    const shuffled = [2026, 2029, 2028];
    expect(inForce('town.exposure-cap', shuffled, overrides).map((v) => v?.threshold)).toEqual([1.5, 1.2, 1.2]);
    expect(inForce('town.exposure-cap', [2026, 2027, 2028], overrides).map((v) => v?.threshold)).toEqual([1.5, 1.5, 1.2]);
    expect(tierEdgesFor(years, {}, 'district.tier')).toEqual(years.map((y) => tierEdges(tierVersionFor(y, {}, 'district.tier'))));
  });
});

describe('bond memo (townBonds)', () => {
  it('a bond issued before the horizon is computed once and gives fresh bondFlows/bondLife values', () => {
    const old = bond({ issueYear: 2024 });
    const a = townBonds({ bonds: [old] }, 2026, 4);
    const b = townBonds({ bonds: [old] }, 2026, 4);
    expect(b.byBond.get('b')).toBe(a.byBond.get('b'));
    expect(a.byBond.get('b')).toEqual(bondFlows(old, 2026, 4));
    expect(a.lives.get('b')).toEqual(bondLife(old, 2026, 4));
    // another horizon is not served from the memo
    expect(townBonds({ bonds: [old] }, 2026, 5).byBond.get('b')?.balance).toHaveLength(5);
  });

  it('a rate-shocked copy (a new object) gets its own figures', () => {
    const base = bond({ issueYear: 2024 });
    const shocked = { ...base, rate: 0.05 };
    const a = townBonds({ bonds: [base] }, 2026, 4).byBond.get('b');
    const s = townBonds({ bonds: [shocked] }, 2026, 4).byBond.get('b');
    // 2026 is repayment year 2 of 3: interest on a higher rate is higher
    expect(s?.interest[0]).toBeGreaterThan(a?.interest[0] ?? Infinity);
    expect(s).toEqual(bondFlows(shocked, 2026, 4));
  });
});

describe('kept fen and swap flows', () => {
  it('fenOf rounds a kept array once, each caller getting its own copy; unkept arrays are rounded each time', () => {
    const a = keepFen(Float64Array.from([1.0000005, 2.0000004, -3.0000015]));
    const first = fenOf(a);
    // ROUND_HALF_UP to 10^-6 万元: 1.000001, 2, −3.000002 (ties away from zero)
    expect(first).toEqual([1.000001, 2, -3.000002]);
    first[0] = 0;
    expect(fenOf(a)).toEqual([1.000001, 2, -3.000002]);
    const fresh = Float64Array.from([0.1234565]);
    expect(fenOf(fresh)).toEqual([roundFen(0.1234565)]);
  });

  it('keptSwapFlows equals swapFlows, and a different rate is not served from the memo', () => {
    const swaps = [{ year: 2026, amount: 100, coupon: 0.02, tenorYears: 2 }];
    const hidden = Float64Array.from([300, 300, 300]);
    const a = keptSwapFlows(swaps, hidden, 0.05, 2026, 3);
    expect(keptSwapFlows(swaps, hidden, 0.05, 2026, 3)).toBe(a);
    expect(a).toEqual(swapFlows(swaps, hidden, 0.05, 2026, 3));
    const other = keptSwapFlows(swaps, hidden, 0.06, 2026, 3);
    expect(other).toEqual(swapFlows(swaps, hidden, 0.06, 2026, 3));
    // interest saved in 2027: the swapped 100 would have cost the hidden-debt rate (6%, resp. 5%), less the 2% coupon
    expect(other.interestSaved[1]).toBeCloseTo(100 * 0.06 - 100 * 0.02, 9);
    expect(a.interestSaved[1]).toBeCloseTo(100 * 0.05 - 100 * 0.02, 9);
  });
});
