import { describe, expect, it } from 'vitest';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { CapitalGrantProgram } from '../../../src/core/rewards/types.ts';
import { ANY, common, scenario, town } from './fixture.ts';

describe('capital-grant (SPEC §3): a grant to a social sector of the named towns in given years', () => {
  it('pays base · stageFactor · regionFactor in each listed year inside the horizon', () => {
    const grant: CapitalGrantProgram = {
      kind: 'capital-grant', ...common('school', { eligibility: { ...ANY, towns: ['a'] }, regionFactor: { 'north-eco': 2, 'central-south': 1 } }),
      sector: 'education', base: 500, years: [2027, 2029, 2040],
    };
    const r = simulateRewards(scenario([town('a', { region: 'north-eco' }), town('b')], { programs: [grant] }));
    // a (north-eco, factor 2): 500·2 = 1000 in 2027 and 2029; 2040 is outside the horizon; b is not named
    expect(r.towns[0]!.rewards.byProgram.school!.paid).toEqual([0, 1000, 0, 1000, 0]);
    expect(r.towns[1]!.rewards.byProgram.school!.paid).toEqual([0, 0, 0, 0, 0]);
  });
});
