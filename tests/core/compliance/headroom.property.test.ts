/**
 * SPEC §6 "Headroom" as a property for each kind of compliance limit (SPEC §7): moving the
 * restricted quantity by the headroom less a hair keeps the town within the limit; by the
 * headroom plus one unit (1 万元 for money; 0.001 km² for land; 1 job or visitor) breaks it.
 * For ≥ rules the move is a decrease; sums containing the quantity move with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../src/core/compliance/checkCompliance.ts';
import type { ComplianceInputs } from '../../../src/core/compliance/checkCompliance.ts';
import type { Town } from '../../../src/core/model/scenario.ts';
import type { LimitRow } from '../../../src/core/rules/types.ts';
import { c, FEN, scenario, town } from '../debt/fixtures.ts';
import { rows } from '../debt/helpers.ts';

const RUNS = { numRuns: 200 };
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

function row(rule: string, over: Partial<Town>, inputs: ComplianceInputs = {}): LimitRow {
  const [r] = rows(checkCompliance(scenario({ horizonYears: 1, towns: [town({ creationYear: 2026, ...over })] }), inputs), rule);
  if (!r) throw new Error(`no ${rule} row`);
  return r;
}
const land = (plannedAreaKm2: number, constructionLandKm2: number, residentialLandKm2: number) => ({ land: { plannedAreaKm2, constructionLandKm2, residentialLandKm2 } });
const inv = (total: number, specialtyIndustry = 0) => ({ investment: { total: c(total), government: c(0), realEstate: c(0), specialtyIndustry: c(specialtyIndustry) } });

describe('headroom property: compliance limits', () => {
  it('town.residential-share: residential (and construction) land + headroom − 1e-9 km² is no breach, + 0.001 km² is', () => {
    const level = (cl: number, r: number) => row('town.residential-share', land(3, cl, r)).level;
    fc.assert(fc.property(num(0.01, 10), num(0, 1), (cl, k) => {
      const r = k * cl;
      const h = row('town.residential-share', land(3, cl, r)).headroom ?? NaN;
      expect(level(cl + h - 1e-9, r + h - 1e-9)).not.toBe('breach');
      expect(level(cl + h + 0.001, r + h + 0.001)).toBe('breach');
    }), RUNS);
  });

  it('town.area: planned area moved by the headroom (up against 5 km², down against 1 km²) stays inside less 1e-9 km², leaves it past 0.001 km²', () => {
    fc.assert(fc.property(num(0.1, 12), fc.constantFrom('tech', 'tourism'), (a, theme) => {
      const r = row('town.area', { ...land(a, 0.5, 0), theme });
      const h = r.headroom ?? NaN;
      const dir = r.limit === 5 ? 1 : -1; // the upper bound is a ≤ rule, the lower bound a ≥ rule
      expect(row('town.area', { ...land(a + dir * (h - 1e-9), 0.5, 0), theme }).level).toBe('ok');
      expect(row('town.area', { ...land(a + dir * (h + 0.001), 0.5, 0), theme }).level).toBe('warning');
    }), RUNS);
  });

  it('town.specialty-share: specialty (and total) investment − (headroom − 1 fen) keeps ≥ 60%, − (headroom + 1 万元) does not', () => {
    // k ≤ 0.95, t ≥ 100: the decrease (≤ 0.875·t + 1) leaves a positive total, so the share stays defined
    fc.assert(fc.property(num(100, 1e6), num(0, 0.95), (t, k) => {
      const s = k * t;
      const h = row('town.specialty-share', inv(t, s)).headroom ?? NaN;
      expect(row('town.specialty-share', inv(t - (h - FEN), s - (h - FEN))).level).toBe('ok');
      expect(row('town.specialty-share', inv(t - (h + 1), s - (h + 1))).level).toBe('warning');
    }), RUNS);
  });

  it('town.investment-per-mu: cumulative investment − (headroom − 1 fen) keeps ≥ 200万元/mu, − (headroom + 1 万元) does not', () => {
    fc.assert(fc.property(num(0, 1e6), num(0.01, 3), (i, cl) => {
      const over = (x: number) => ({ ...inv(x), ...land(3, cl, 0), creationYear: 2020 });
      const h = row('town.investment-per-mu', { ...over(i), creationYear: 2026 }).headroom ?? NaN;
      expect(row('town.investment-per-mu', { ...over(i - (h - FEN)), creationYear: 2026 }).level).toBe('ok');
      expect(row('town.investment-per-mu', { ...over(i - (h + 1)), creationYear: 2026 }).level).toBe('warning');
    }), RUNS);
  });

  it('town.tax-per-mu: tax − (headroom − 1 fen) keeps ≥ 10万元/mu, − (headroom + 1 万元) does not', () => {
    fc.assert(fc.property(num(0, 1e5), num(0.01, 3), (tax, cl) => {
      const over = (x: number) => ({ revenue: c(x), ...land(3, cl, 0) });
      const h = row('town.tax-per-mu', over(tax)).headroom ?? NaN;
      expect(row('town.tax-per-mu', over(tax - (h - FEN))).level).toBe('ok');
      expect(row('town.tax-per-mu', over(tax - (h + 1))).level).toBe('warning');
    }), RUNS);
  });

  it.each([['town.jobs', 'jobs', 'tech'], ['town.visitors', 'visitors', 'tourism']] as const)(
    '%s: the actual − (headroom − 0.01) stays at or above the floor, − (headroom + 1) falls below', (rule, kpi, theme) => {
      fc.assert(fc.property(num(0, 2e6), (x) => {
        const over = { theme, kpis: { [kpi]: { target: c(1), expected: c(1) } } };
        const at = (v: number) => row(rule, over, { kpiActuals: new Map([['t1', { [kpi]: [v] }]]) });
        const h = at(x).headroom ?? NaN;
        expect(at(x - (h - 0.01)).level).toBe('ok');
        expect(at(x - (h + 1)).level).toBe('warning');
      }), RUNS);
    });
});
