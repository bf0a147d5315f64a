import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../src/core/model/expand.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { platformFlows } from '../../../src/core/debt/platformDebt.ts';
import { applyPreset, PRESETS, resolveStochastic } from '../../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { simulate } from '../../../src/core/simulate.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}
const spec = resolveStochastic(undefined);
const at = (s: Scenario, pick: (s: Scenario) => Parameters<typeof expandSeries>[0], t: number): number => expandSeries(pick(s), s.startYear, s.horizonYears)[t]!;
const conghua = (s: Scenario) => s.districts.find((d) => d.id === 'conghua')!;

describe('stress presets (SPEC §8), each a scenario → scenario shift', () => {
  it('land-bust-2022 moves land revenue by −23%, −13%, −16%, −7% and 综合财力 by the same amounts, no return to the peak', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'land-bust-2022', { spec });
    // conghua land 450,000·1.02^t; year 2 (t = 1): 459,000 × 0.77 × 0.87 = 307,484.1; capacity 1,656,000 − (459,000 − 307,484.1) = 1,504,484.1
    expect(at(p, (x) => conghua(x).landRevenue, 1)).toBeCloseTo(307_484.1, 6);
    expect(at(p, (x) => conghua(x).capacity!, 1)).toBeCloseTo(1_504_484.1, 6);
    // year 6 (t = 5): factor stays 0.77·0.87·0.84·0.93 = 0.52332588
    expect(at(p, (x) => conghua(x).landRevenue, 5) / at(s, (x) => conghua(x).landRevenue, 5)).toBeCloseTo(0.52332588, 12);
  });

  it('revenue-1sd-2y lowers city revenue growth by one s.d. (5 pp) in years 1–2 and keeps the level lower', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'revenue-1sd-2y', { spec });
    // city revenue 19,000,000·1.03^t; t = 1: 19,570,000 × 0.95² = 19,570,000 × 0.9025 = 17,661,925
    expect(at(p, (x) => x.city.budgetRevenue, 1)).toBeCloseTo(17_661_925, 5);
    // district non-land part, sd √(0.05² + 0.06²) = 0.0781025: conghua t = 0: 1,600,000 − 1,150,000 × 0.0781025 = 1,510,182.1
    expect(at(p, (x) => conghua(x).capacity!, 0)).toBeCloseTo(1_600_000 - 1_150_000 * Math.sqrt(0.0061), 6);
  });

  it('expenditure-squeeze: district budget expenditure 0% then −6.5%', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'expenditure-squeeze', { spec });
    // conghua 1,350,000·1.03^t: year 2 stays 1,350,000, year 3 is 1,350,000 × 0.935 = 1,262,250
    expect(at(p, (x) => conghua(x).budgetExpenditure, 1)).toBe(1_350_000);
    expect(at(p, (x) => conghua(x).budgetExpenditure, 2)).toBeCloseTo(1_262_250, 6);
  });

  it('rates+200bp moves new bonds and platform debt by 0.02, bonds issued before the first year stay fixed', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'rates+200bp', { spec });
    s.towns.forEach((t, i) => {
      t.bonds.forEach((b, j) => expect(p.towns[i]!.bonds[j]!.rate).toBe(b.issueYear >= s.startYear ? b.rate + 0.02 : b.rate));
      if (t.platform) expect(p.towns[i]!.platform!.rate).toBeCloseTo(t.platform.rate + 0.02, 15);
    });
  });

  it('contingent adds 20% of the non-hidden platform debt to the district\'s hidden debt from year 2', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'contingent', { spec });
    const d = s.districts[0]!;
    const own = s.towns.filter((t) => t.district === d.id && t.platform);
    const t = 1;
    const extra = own.reduce((sum, town) => sum + 0.2 * platformFlows(town.platform!, s.startYear, s.horizonYears).nonHidden[t]!, 0);
    expect(at(p, (x) => x.districts[0]!.hiddenDebt, t) - at(s, (x) => x.districts[0]!.hiddenDebt, t)).toBeCloseTo(extra, 6);
    expect(at(p, (x) => x.districts[0]!.hiddenDebt, 0)).toBe(at(s, (x) => x.districts[0]!.hiddenDebt, 0));
    // by hand: 从化's one platform, conghua-xihe-flowers: 20,000 opening, 8 years equal principal (2,500 a year), hidden share 0.3;
    // end of 2027: balance 15,000, non-hidden 0.7 × 15,000 = 10,500; absorbed 20% = 2,100
    expect(conghua(s).id).toBe(d.id);
    expect(extra).toBeCloseTo(2_100, 9);
  });

  it('towns-underperform lowers each KPI by 1.5 s.d. of the city factor for 3 years', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'towns-underperform', { spec });
    const i = s.towns.findIndex((t) => t.id === 'conghua-hot-spring');
    // investment: expected 0.95, sd 0.1, λc 0.4: 0.95 − 1.5 × 0.4 × 0.1 = 0.89 in years 1–3, 0.95 in year 4
    expect(at(p, (x) => x.towns[i]!.kpis.investment!.expected, 0)).toBeCloseTo(0.89, 12);
    expect(at(p, (x) => x.towns[i]!.kpis.investment!.expected, 3)).toBe(0.95);
  });

  it('developer-default: investment KPI × 0.3 for 3 years in real-estate-heavy towns only', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'developer-default', { spec });
    const n = s.horizonYears;
    s.towns.forEach((town, i) => {
      const total = expandSeries(town.investment.total, s.startYear, n).reduce((a, b) => a + b, 0);
      const re = expandSeries(town.investment.realEstate, s.startYear, n).reduce((a, b) => a + b, 0);
      const heavy = total > 0 && re / total >= 0.3;
      const e0 = at(s, (x) => x.towns[i]!.kpis.investment!.expected, 0);
      expect(at(p, (x) => x.towns[i]!.kpis.investment!.expected, 0)).toBeCloseTo(heavy ? e0 * 0.3 : e0, 12);
    });
    // by hand: nansha-shipping plans 86,000 of real estate in 280,000 (2026–2030) = 30.7% ≥ 30%: investment expected 0.5 × 0.3 = 0.15 in 2026–2028, 0.5 in 2029
    const k = s.towns.findIndex((t) => t.id === 'nansha-shipping');
    expect(at(p, (x) => x.towns[k]!.kpis.investment!.expected, 2)).toBeCloseTo(0.15, 12);
    expect(at(p, (x) => x.towns[k]!.kpis.investment!.expected, 3)).toBe(0.5);
  });

  it('combined: half the land bust (−11.5% in year 1), half a s.d. of revenue, +100 bp', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'combined', { spec });
    // conghua t = 0: land 450,000 × 0.885 = 398,250
    expect(at(p, (x) => conghua(x).landRevenue, 0)).toBeCloseTo(398_250, 6);
    // city revenue t = 0: 19,000,000 × 0.975 = 18,525,000
    expect(at(p, (x) => x.city.budgetRevenue, 0)).toBeCloseTo(18_525_000, 5);
  });

  it('no-swap switches the §6 swaps off: 从化 gets its hidden debt back and its special debt, limit and legal ratio fall', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'no-swap', { spec });
    expect(conghua(p).swaps).toEqual([]);
    const [a, b] = [simulate(s), simulate(p)].map((r) => r.districts.find((d) => d.id === 'conghua')!);
    // 2026: 40,000 swapped out of the own hidden debt 150,000 → without it hidden +40,000, special debt and limit −40,000
    expect(a!.swapped[0]).toBe(40_000);
    expect(b!.swapped[0]).toBe(0);
    expect(b!.hiddenDebt[0]! - a!.hiddenDebt[0]!).toBeCloseTo(40_000, 6);
    expect(b!.specialDebt[0]! - a!.specialDebt[0]!).toBeCloseTo(-40_000, 6);
    expect(b!.specialLimit[0]! - a!.specialLimit[0]!).toBeCloseTo(-40_000, 6);
    // 2027: the swapped 40,000 would have been repaid at the rest's pace (−5%): 40,000·0.95 + 35,000 = 73,000 more hidden;
    // the two bonds (bullet, 10 years) 40,000 + 35,000 = 75,000 less special debt
    expect(b!.hiddenDebt[1]! - a!.hiddenDebt[1]!).toBeCloseTo(73_000, 6);
    expect(b!.specialDebt[1]! - a!.specialDebt[1]!).toBeCloseTo(-75_000, 6);
    // legal ratio = legal debt / 综合财力: (legal − 40,000) / the same capacity in 2026; the broad ratio does not move
    expect(b!.legalRatio[0]!).toBeCloseTo(a!.legalRatio[0]! - 40_000 / a!.capacity[0]!, 9);
    expect(b!.broadRatio[0]!).toBeCloseTo(a!.broadRatio[0]!, 9);
    // a scenario without swaps is returned as it is
    const none = { ...s, districts: s.districts.map((d) => ({ ...d, swaps: [] })) };
    expect(applyPreset(none, 'no-swap', { spec })).toBe(none);
    expect(PRESETS).toHaveLength(9);
  });

  it('land-bust-2022 on 综合财力 given by parts moves the land part of 政府性基金财力 only', async () => {
    const s = await baseline();
    const p = applyPreset(s, 'land-bust-2022', { spec });
    const [a, b] = [simulate(s), simulate(p)].map((r) => r.districts.find((d) => d.id === 'zengcheng')!);
    // 增城 land: gross 3,800,000 × netShare 0.3 = 1,140,000 in 2026; −23% → 877,800, so 政府性基金财力 and 综合财力 −262,200
    expect(a!.capacityParts!.land[0]).toBeCloseTo(1_140_000, 6);
    expect(b!.capacityParts!.land[0]).toBeCloseTo(877_800, 6);
    expect(b!.capacityParts!.fundBudget[0]! - a!.capacityParts!.fundBudget[0]!).toBeCloseTo(-262_200, 6);
    expect(b!.capacityParts!.generalBudget[0]).toBe(a!.capacityParts!.generalBudget[0]);
    expect(b!.capacity[0]! - a!.capacity[0]!).toBeCloseTo(-262_200, 6);
    // 2027: gross 3,838,000 × 0.3 × 0.77 × 0.87 = 1,151,400 × 0.6699 = 771,322.86
    expect(b!.capacityParts!.land[1]).toBeCloseTo(771_322.86, 6);
  });
});
