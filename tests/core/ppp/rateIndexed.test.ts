import { describe, expect, it } from 'vitest';
import { annuityIndexedParts, mof2015IndexedPart } from '../../../src/core/ppp/rateIndexed.ts';
import { annuityConstructionPart, operatingSubsidy } from '../../../src/core/ppp/operatingSubsidy.ts';
import { operationSeries, projectTime } from '../../../src/core/ppp/projectTime.ts';
import { simulatePpp } from '../../../src/core/ppp/simulate.ts';
import { project, scenario } from './fixtures.ts';

const FLAT4 = { kind: 'flat', rate: 0.04 } as const;
const SHIFT = { delta: 0.02, fromYear: 2030 } as const;

describe('rate-indexed PPP contracts under a rate shift (SPEC §8, §4.2; docs/decisions.md "Stress model gaps")', () => {
  it('mof-2015: the accrual years from the shock year compound at d + Δ, earlier payments stay', () => {
    // fixture: C = 10000 − 10000·0.2·0.3 = 9400, π = 6%, d = 4%, N = 10, operation year 1 = 2028, +200 bp from 2030
    // n = 1 (paid 2028): k = 0 → 9400·1.06·1.04 / 10 = 1036.256
    expect(mof2015IndexedPart(9400, 0.06, FLAT4, 1, 10, 2028, SHIFT)).toBeCloseTo(1036.256, 9);
    // n = 3 (paid 2030): k = 1 → 9964·1.04²·1.06 / 10 = 9964·1.0816·1.06 / 10 = 1142.3686144
    expect(mof2015IndexedPart(9400, 0.06, FLAT4, 3, 10, 2030, SHIFT)).toBeCloseTo(1142.3686144, 9);
    // n = 5 (paid 2032): k = 3 → 9964·1.04²·1.06³ / 10 = 10777.0624·1.191016 / 10 = 1283.5653751
    expect(mof2015IndexedPart(9400, 0.06, FLAT4, 5, 10, 2032, SHIFT)).toBeCloseTo(1283.5653751, 6);
    // a shift from before operation moves every accrual year: n = 1 → 9964·1.06 / 10 = 1056.184
    expect(mof2015IndexedPart(9400, 0.06, FLAT4, 1, 10, 2028, { delta: 0.02, fromYear: 2026 })).toBeCloseTo(1056.184, 9);
    // a cut below zero floors the rate at 0: n = 1 → 9964·1 / 10 = 996.4
    expect(mof2015IndexedPart(9400, 0.06, FLAT4, 1, 10, 2028, { delta: -0.05, fromYear: 2026 })).toBeCloseTo(996.4, 9);
  });

  it('annuity: the balance left after the payments before the shock is re-spread at π + Δ', () => {
    // K = 9400·0.06·1.06¹⁰/(1.06¹⁰ − 1) = 1277.158807; payments 2028, 2029 at K (k₀ = 2)
    // B = (9400·1.06 − K)·1.06 − K = 8686.841193·1.06 − 1277.158807 = 7930.892857
    // K' = 7930.892857·0.08·1.08⁸/(1.08⁸ − 1) = 7930.892857·0.08·1.850930/0.850930 = 1380.092422
    const k = annuityIndexedParts(9400, 0.06, 10, 2028, SHIFT);
    expect(k[0]).toBeCloseTo(1277.158807, 5);
    expect(k[1]).toBeCloseTo(1277.158807, 5);
    for (let j = 2; j < 10; j++) expect(k[j]).toBeCloseTo(1380.092422, 5);
    // Δ = 0 gives the contract back
    for (const x of annuityIndexedParts(9400, 0.06, 10, 2028, { delta: 0, fromYear: 2030 })) expect(x).toBeCloseTo(annuityConstructionPart(9400, 0.06, 10), 9);
  });

  it('operatingSubsidy pays the shifted K_n only for a rate-indexed project with a shift; the flag alone changes nothing', () => {
    const t = projectTime(project());
    const paid = (over: Parameters<typeof project>[0]) => operatingSubsidy(project(over), t, FLAT4, operationSeries(project().userRevenue, t)).paid;
    const base = paid({});
    // flag without a shift, and a shift without the flag: as contracted, bit for bit
    expect(paid({ rateIndexed: true })).toEqual(base);
    expect(paid({ rateShift: SHIFT })).toEqual(base);
    const shifted = paid({ rateIndexed: true, rateShift: SHIFT });
    // index 2 = 2028 (n = 1): unchanged; index 4 = 2030 (n = 3): S = K·(0.7 + 0.3·1) + 500·1.06 = 1142.3686144 + 530
    expect(shifted[2]).toBe(base[2]);
    expect(shifted[4]).toBeCloseTo(1672.3686144, 6);
  });

  it('the project obligations in the simulated years move with the shift, the flag alone leaves the run as it was', () => {
    const plain = simulatePpp(scenario([project()]));
    const flagged = simulatePpp(scenario([project({ rateIndexed: true })]));
    expect(flagged.projects[0]!.obligations.total).toEqual(plain.projects[0]!.obligations.total);
    const shifted = simulatePpp(scenario([project({ rateIndexed: true, rateShift: SHIFT })]));
    // 2030 is index 4 of 2026–2035: + (1142.3686144 − 9964·1.04³/10) = 1142.3686144 − 9964·1.124864/10 = 1142.3686144 − 1120.8144896 = 21.5541248
    expect(shifted.projects[0]!.obligations.total[4]! - plain.projects[0]!.obligations.total[4]!).toBeCloseTo(21.5541248, 5);
  });
});
