import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { compareToLine, exceeds, fallsShort, isAtLine, reaches, snapHeadroom } from '../../../src/core/rules/atLine.ts';

describe('at the line (SPEC §1)', () => {
  it('a debt ratio of (655,904.8 + 710,381.12) / 1,138,571.6 is exactly 1.2 in decimal: at the yellow edge', () => {
    // decimal: 1,366,285.92 / 1,138,571.6 = 1.2 exactly; doubles give 1.1999999999999997
    const r = (655904.8 + 710381.12) / 1138571.6;
    expect(r).not.toBe(1.2);
    expect(compareToLine(r, 1.2)).toBe(0);
    expect(reaches(r, 1.2)).toBe(true);
  });

  it('0.765 km² residential of 2.55 km² is exactly 30%: not above the line', () => {
    const share = 0.765 / 2.55; // 0.30000000000000004 in doubles
    expect(share).not.toBe(0.3);
    expect(exceeds(share, 0.3)).toBe(false);
  });

  it('408,000 万元 on 1.36 km² is exactly 200万元/mu: not below the floor', () => {
    const perMu = 408000 / (1.36 * 1500); // 199.99999999999997 in doubles
    expect(perMu).not.toBe(200);
    expect(fallsShort(perMu, 200)).toBe(false);
  });

  it('a relative 1e−9 from the line is on it, 2e−9 is not; a zero line uses an absolute 1e−9', () => {
    expect(isAtLine(1.2 * (1 + 0.9e-9), 1.2)).toBe(true);
    expect(isAtLine(1.2 * (1 + 2e-9), 1.2)).toBe(false);
    expect(isAtLine(0.9e-9, 0)).toBe(true);
    expect(isAtLine(2e-9, 0)).toBe(false);
    expect(compareToLine(-1, 0)).toBe(-1);
  });

  it('headroom at the line is 0, not a −1e−16 residue', () => {
    const r = (655904.8 + 710381.12) / 1138571.6;
    expect(snapHeadroom(1138571.6 * 1.2 - (655904.8 + 710381.12), r, 1.2)).toBe(0);
    expect(snapHeadroom(-5, 1.3, 1.2)).toBe(-5);
  });

  it('property: a quotient that equals a line in decimal is never judged across it', () => {
    // Build a = line × b in decimal (cents and 3-decimal lines), then divide in doubles.
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 1, max: 5000 }),
      (bCents, lineMilli) => {
        const b = new Decimal(bCents).div(100);
        const line = new Decimal(lineMilli).div(1000);
        const a = b.mul(line);
        const q = a.toNumber() / b.toNumber();
        return compareToLine(q, line.toNumber()) === 0 && !exceeds(q, line.toNumber()) && !fallsShort(q, line.toNumber());
      },
    ), { numRuns: 2000 });
  });

  it('property: a sum of two decimal amounts over a decimal base at a decimal line reaches the line', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 400 }),
      (xCents, yCents, ratioPct) => {
        // capacity = (x + y) / ratio exactly in decimal when it is representable: skip the others
        const sum = new Decimal(xCents + yCents).div(100);
        const line = new Decimal(ratioPct).div(100);
        const cap = sum.div(line);
        if (!cap.mul(line).eq(sum) || cap.decimalPlaces() > 6) return true;
        const r = (xCents / 100 + yCents / 100) / cap.toNumber();
        return reaches(r, line.toNumber()) && !exceeds(r, line.toNumber());
      },
    ), { numRuns: 2000 });
  });
});
