import { describe, expect, it } from 'vitest';
import { sumFen } from '../../../src/core/ledger/index.ts';
import { simulatePpp } from '../../../src/core/ppp/simulate.ts';
import { flat, project, scenario } from './fixtures.ts';

const ppp = [
  project({ id: 'a', town: 't1', riskBearing: { kind: 'proportion', construction: 0.013, operation: 0.017 } }),
  project({ id: 'b', town: 't2', mechanism: 'government-pay', payer: { budget: 'general', level: 'd1' }, procurementYear: 2020, constructionStartYear: 2021 }),
  project({ id: 'c', town: 't2', mechanism: 'user-pay', userRevenue: flat(2500), procurementYear: 2030, constructionStartYear: 2030, guarantees: [{ kind: 'buy-back', year: 2034, amount: 3000 }] }),
];
const sim = simulatePpp(scenario(ppp));

describe('simulatePpp (SPEC §4, §10)', () => {
  it('returns one PppResult per project with every series aligned with the years', () => {
    expect(sim.projects.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    for (const p of sim.projects) {
      for (const s of [...Object.values(p.obligations), ...Object.values(p.spv), p.dscr, p.llcr]) expect(s).toHaveLength(10);
    }
  });
  it('rounds obligations to the fen and the total foots', () => {
    for (const p of sim.projects) {
      const o = p.obligations;
      for (let k = 0; k < 10; k++) {
        for (const v of [o.equity[k]!, o.operatingSubsidy[k]!, o.riskBearing[k]!]) expect(Math.round(v * 1e6) / 1e6).toBe(v);
        expect(o.total[k]).toBe(sumFen([o.equity[k]!, o.operatingSubsidy[k]!, o.riskBearing[k]!, o.supportingInputs[k]!]));
      }
    }
  });
  it('never emits NaN or Infinity', () => {
    const json = JSON.stringify(sim.projects) + JSON.stringify(sim.limits) + JSON.stringify(sim.byTown) + JSON.stringify(sim.city);
    expect(json).not.toMatch(/NaN|Infinity/);
    const walk = (x: unknown): void => {
      if (typeof x === 'number') expect(Number.isFinite(x)).toBe(true);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(sim.projects);
    walk(sim.limits);
  });
  it('cuts a project that started before startYear at the first simulated year', () => {
    // b builds 2021–2022 and operates from 2023: 2026 is its operation year 4
    const b = sim.projects[1]!;
    expect(b.spv.capex.every((x) => x === 0)).toBe(true);
    expect(b.obligations.operatingSubsidy[0]).toBeGreaterThan(0);
  });
  it('byTown sums the town’s projects and carries commitments and hidden debt', () => {
    const t2 = sim.byTown.find((t) => t.town === 't2')!;
    for (let k = 0; k < 10; k++) {
      expect(t2.obligations[k]).toBe(sumFen([sim.projects[1]!.obligations.total[k]!, sim.projects[2]!.obligations.total[k]!]));
    }
    // buy-back of 3000 from procurement (2030) until paid in 2034
    expect(t2.hiddenDebt.slice(3, 9)).toEqual([0, 3000, 3000, 3000, 3000, 0]);
    expect(t2.pppCommitments[0]).toBeGreaterThan(0);
  });
  it('city town obligations are the sum of every project, whoever pays', () => {
    for (let k = 0; k < 10; k++) expect(sim.city.townObligations[k]).toBe(sumFen(sim.projects.map((p) => p.obligations.total[k]!)));
  });
  it('a district-paid project raises the district share, a city-paid one the city share', () => {
    expect(sim.districts[0]!.pppShare[0]).toBeGreaterThan(0);
    expect(sim.city.pppShare[0]).toBeCloseTo(240 * 1.0 / 100000 + 0.013 * 4000 / 100000, 12);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(simulatePpp(scenario(ppp)).projects)).toBe(JSON.stringify(sim.projects));
  });
});

describe('simulatePpp extras', () => {
  it('reports equity injections, K_n / M_n parts and hidden debt per project on the years', () => {
    const x = simulatePpp(scenario([project({ mechanism: 'user-pay', operatingCost: flat(5000), userRevenue: flat(5200), guarantees: [{ kind: 'buy-back', year: 2030, amount: 100 }] })])).extras[0]!;
    expect(x.equityInjection.some((v) => v > 0)).toBe(true);
    expect(x.subsidyConstructionPart.every((v) => v === 0)).toBe(true);
    expect(x.hiddenDebt.slice(0, 5)).toEqual([100, 100, 100, 100, 0]);
    // government-pay fixture: M_1 = 500·1.06 = 530 in 2028
    expect(simulatePpp(scenario([project()])).extras[0]!.subsidyOperationPart[2]).toBeCloseTo(530, 9);
  });
});
