/**
 * SPEC §6 "Headroom" as a property, for each kind of debt limit: moving the restricted
 * quantity by the headroom less one fen keeps the subject within the limit; by the headroom
 * plus one 万元 breaks it (for the tier: enters the yellow tier, the next one up from green).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import type { LimitRow } from '../../../src/core/rules/types.ts';
import { c, district, FEN, scenario, tbl, town } from './fixtures.ts';
import { rows } from './helpers.ts';

const money = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const RUNS = { numRuns: 200 };

function only(out: { readonly limits: readonly LimitRow[] }, rule: string): LimitRow {
  const [r] = rows(out, rule);
  if (!r) throw new Error(`no ${rule} row`);
  return r;
}

describe('headroom property: debt limits', () => {
  it('town.exposure-cap: exposure + headroom − 1 fen is within the cap, + 1 万元 breaches it', () => {
    const level = (e: number, r: number) => only(
      simulateDebt(scenario({ horizonYears: 1, towns: [town({ revenue: c(r) })] }), { accruedRewards: new Map([['t1', [e]]]) }),
      'town.exposure-cap');
    fc.assert(fc.property(money(0, 5e6), money(1, 1e6), (e, r) => {
      const h = level(e, r).headroom ?? NaN;
      expect(level(e + h - FEN, r).level).toBe('ok');
      expect(level(e + h + 1, r).level).toBe('breach');
    }), RUNS);
  });

  it('town.revenue-nonpositive: exposure + headroom − 1 fen raises no warning, + 1 万元 does', () => {
    const level = (e: number, r: number) => only(
      simulateDebt(scenario({ horizonYears: 1, towns: [town({ revenue: c(r) })] }), { accruedRewards: new Map([['t1', [e]]]) }),
      'town.revenue-nonpositive');
    fc.assert(fc.property(money(0, 1e6), money(-1e3, 0), (e, r) => {
      const h = level(e, r).headroom ?? NaN;
      expect(level(e + h - FEN, r).level).toBe('ok');
      expect(level(e + h + 1, r).level).toBe('warning');
    }), RUNS);
  });

  // Tier edges are reached "at the line" (SPEC §1: within a relative 1e−9), so the steps
  // below the edge are 1 万元, not 1 fen (1 fen is within the tolerance of a large capacity).
  it('district.tier: legal debt + headroom − 1 万元 is green, + headroom exactly is yellow, + 1 万元 is yellow', () => {
    const run = (hidden: number, cap: number, legal: number) =>
      simulateDebt(scenario({ horizonYears: 1, towns: [], districts: [district({ capacity: c(cap), hiddenDebt: c(hidden), legalDebt: c(legal) })] }));
    fc.assert(fc.property(money(100, 1e7), fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (cap, k, legalShare) => {
      const hidden = k * cap * (1 - legalShare);
      const legal = k * cap * legalShare;
      const h = only(run(hidden, cap, legal), 'district.tier').headroom ?? NaN;
      expect(run(hidden, cap, legal + h - 1).districts[0]?.tier).toEqual(['green']);
      expect(run(hidden, cap, legal + h).districts[0]?.tier).toEqual(['yellow']);
      expect(run(hidden, cap, legal + h + 1).districts[0]?.tier).toEqual(['yellow']);
    }), RUNS);
  });

  it('district.tier-broad: hidden debt + headroom − 1 万元 is green, + 1 万元 is yellow', () => {
    const run = (hidden: number, cap: number, legal: number) =>
      simulateDebt(scenario({ horizonYears: 1, towns: [], districts: [district({ capacity: c(cap), hiddenDebt: c(hidden), legalDebt: c(legal) })] }));
    fc.assert(fc.property(money(100, 1e7), fc.double({ min: 0, max: 1.1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (cap, k, legalShare) => {
      const hidden = k * cap * (1 - legalShare);
      const legal = k * cap * legalShare;
      const h = only(run(hidden, cap, legal), 'district.tier-broad').headroom ?? NaN;
      expect(run(hidden + h - 1, cap, legal).districts[0]?.tierBroad).toEqual(['green']);
      expect(run(hidden + h + 1, cap, legal).districts[0]?.tierBroad).toEqual(['yellow']);
    }), RUNS);
  });

  it('district.debt-limit: legal debt + headroom − 1 fen is within the limit, + 1 万元 breaches it', () => {
    const row = (legal: number, limit: number) =>
      only(simulateDebt(scenario({ horizonYears: 1, towns: [], districts: [district({ legalDebt: c(legal), debtLimit: c(limit) })] })), 'district.debt-limit');
    fc.assert(fc.property(money(0, 1e8), money(0, 1e8), (legal, limit) => {
      const h = row(legal, limit).headroom ?? NaN;
      expect(row(legal + h - FEN, limit).level).toBe('ok');
      expect(row(legal + h + 1, limit).level).toBe('breach');
    }), RUNS);
  });

  it('district.platform-borrowing: new borrowing + headroom − 1 fen is allowed, + 1 万元 is a breach', () => {
    const row = (borrow: number, hs: number, own: number) => only(simulateDebt(scenario({
      horizonYears: 1, districts: [district({ capacity: c(1e5), hiddenDebt: c(own) })],
      towns: [town({ platform: { openingBalance: 0, newBorrowing: tbl({ 2026: Math.max(0, borrow) }), hiddenShare: hs, rate: 0.04, tenorYears: 5, repayment: 'annuity' } })],
    })), 'district.platform-borrowing');
    fc.assert(fc.property(money(0, 1e5), fc.double({ min: 0.05, max: 1, noNaN: true }), money(0, 2e5), (borrow, hs, own) => {
      const h = row(borrow, hs, own).headroom ?? NaN;
      expect(row(borrow + h - FEN, hs, own).level).toBe('ok');
      expect(row(borrow + h + 1, hs, own).level).toBe('breach');
    }), RUNS);
  });

  it('district.bonds-on-warning: new bonds + headroom − 1 fen are allowed, + 1 万元 are a breach', () => {
    const row = (amount: number, own: number) => only(simulateDebt(scenario({
      horizonYears: 1, districts: [district({ capacity: c(1e5), hiddenDebt: c(own) })],
      towns: [town({ bonds: [
        { id: 'old', amount: 10, issueYear: 2020, tenorYears: 30, rate: 0.03, repayment: 'bullet', projectRevenue: c(0) },
        ...(amount > 0 ? [{ id: 'new', amount, issueYear: 2026, tenorYears: 10, rate: 0.03, repayment: 'bullet' as const, projectRevenue: c(0) }] : []),
      ] })],
    })), 'district.bonds-on-warning');
    fc.assert(fc.property(money(0, 1e5), money(0, 2e5), (amount, own) => {
      const h = row(amount, own).headroom ?? NaN;
      expect(row(amount + h - FEN, own).level).toBe('ok');
      expect(row(amount + h + 1, own).level).toBe('breach');
    }), RUNS);
  });

  // The headroom is life-time revenue (SPEC §6): over the 5 life years of the bond it is taken evenly, h/5 a year.
  it('bond.self-balance: life-time project revenue − (headroom − 1 fen) still covers 1.2×, − (headroom + 1 万元) does not', () => {
    const row = (rev: number, amount: number, rate: number) => only(simulateDebt(scenario({
      horizonYears: 1,
      towns: [town({ bonds: [{ id: 'b', amount, issueYear: 2025, tenorYears: 5, rate, repayment: 'annuity', projectRevenue: c(rev) }] })],
    })), 'bond.self-balance');
    fc.assert(fc.property(money(0, 1e6), money(1, 1e6), fc.double({ min: 0, max: 0.1, noNaN: true }), (rev, amount, rate) => {
      const h = row(rev, amount, rate).headroom ?? NaN;
      expect(row(rev - (h - FEN) / 5, amount, rate).level).toBe('ok');
      expect(row(rev - (h + 1) / 5, amount, rate).level).toBe('warning');
    }), RUNS);
  });
});
