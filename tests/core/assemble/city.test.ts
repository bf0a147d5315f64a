import { describe, expect, it } from 'vitest';
import { investmentPerFiscal } from '../../../src/core/assemble/city.ts';
import { peak, worstTier } from '../../../src/core/assemble/summary.ts';
import { sortFindings } from '../../../src/core/assemble/order.ts';
import type { DistrictResult, Finding } from '../../../src/core/result.ts';

describe('investmentPerFiscal (SPEC §1)', () => {
  it('is cumulative investment over cumulative fiscal cost, null while the cost to date ≤ 0', () => {
    // year 1: cost 0 → null; year 2: 300/100 = 3; year 3: (300+500)/(100+100) = 4; year 4: 800/(200−250) < 0 → null
    expect(investmentPerFiscal([100, 200, 500, 0], [0, 100, 100, -250])).toEqual([null, 3, 4, null]);
  });
});

describe('summary helpers', () => {
  it('peak ignores nulls and is null when every value is', () => {
    expect(peak([null, 0.5, 1.2, null, 0.9])).toBe(1.2);
    expect(peak([null, null])).toBeNull();
  });
  it('worstTier ranks green < yellow < orange < red across districts and years', () => {
    const d = (tier: DistrictResult['tier']) => ({ tier }) as DistrictResult;
    expect(worstTier([d(['green', 'yellow']), d([null, 'orange', 'green'])])).toBe('orange');
    expect(worstTier([d([null])])).toBeNull();
  });
});

describe('sortFindings', () => {
  it('orders by subject kind, subject id, year, then rule — independent of input order', () => {
    const f = (kind: Finding['subject']['kind'], id: string, year: number, rule: string): Finding => ({
      // ids are arbitrary here: only their order matters
      rule: rule as Finding['rule'],
      source: '', level: 'warning', subject: { kind, id }, year, value: null, limit: null, headroom: null, message: '',
    });
    const rows = [f('town', 'b', 2027, 'x'), f('district', 'z', 2030, 'y'), f('town', 'a', 2028, 'x'), f('town', 'a', 2027, 'b'), f('town', 'a', 2027, 'a')];
    const sorted = sortFindings(rows).map((r) => `${r.subject.kind}/${r.subject.id}/${r.year}/${r.rule}`);
    expect(sorted).toEqual(['district/z/2030/y', 'town/a/2027/a', 'town/a/2027/b', 'town/a/2028/x', 'town/b/2027/x']);
    expect(sortFindings([...rows].reverse())).toEqual(sortFindings(rows));
  });
});
