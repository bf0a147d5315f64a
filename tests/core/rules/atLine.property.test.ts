/**
 * SPEC §1 "At the line" as a property of the real rule functions: for every rule of the table
 * with a line, inputs built so that the value sits exactly on the line in decimal arithmetic
 * (numerators made with decimal.js, the rule dividing in doubles) are judged as the decimal
 * value would be — not broken for 超过/低于 lines (gt, lt), reached for 达到 lines and tier
 * edges (ge, tier) — and the headroom is exactly 0, whatever double rounding makes of them.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../src/core/compliance/checkCompliance.ts';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { selfBalanceLimits } from '../../../src/core/debt/selfBalance.ts';
import type { BondLife } from '../../../src/core/debt/bondLife.ts';
import { fundMultiples } from '../../../src/core/funds/metrics.ts';
import { fundChecks } from '../../../src/core/funds/rules.ts';
import type { SpecialBond, Town } from '../../../src/core/model/scenario.ts';
import { simulatePpp } from '../../../src/core/ppp/simulate.ts';
import { projectRules } from '../../../src/core/ppp/rules/projectRules.ts';
import type { ProjectRun } from '../../../src/core/ppp/project.ts';
import { collector } from '../../../src/core/rules/recorder.ts';
import { RULES } from '../../../src/core/rules/table.ts';
import type { LimitRow, RuleId } from '../../../src/core/rules/types.ts';
import { c, district, scenario as debtScenario, tbl, town } from '../debt/fixtures.ts';
import { fund } from '../funds/fixtures.ts';
import { flat, project, scenario as pppScenario } from '../ppp/fixtures.ts';

const RUNS = { numRuns: 60 };
const D = (x: number | string): Decimal => new Decimal(x);
/** A decimal amount with 2 places in [lo, hi] (as the number a user types). */
const dec2 = (lo: number, hi: number) => fc.integer({ min: Math.round(lo * 100), max: Math.round(hi * 100) }).map((n) => n / 100);
/** `line × x` computed exactly in decimal, then read as the nearest double (what a user would type). */
const times = (line: number, x: number): number => D(line).times(x).toNumber();

function only(limits: readonly LimitRow[], rule: RuleId, kind?: string): LimitRow {
  const r = limits.filter((l) => l.rule === rule && (kind === undefined || l.subject.kind === kind));
  if (r.length !== 1) throw new Error(`${rule}: expected one row, got ${r.length}`);
  return r[0]!;
}
/** On the line: ok for gt/lt lines (and the band below a warning line), headroom exactly 0. */
function onLineOk(r: LimitRow): void {
  expect(r.level).toBe('ok');
  expect(Object.is(r.headroom, 0)).toBe(true);
}

const oneYear = (towns: Town[], over = {}) => debtScenario({ horizonYears: 1, towns, ...over });
const kpi = (target: number, expected: number) => ({ target: c(target), expected: c(expected) });
/** Achievements whose reciprocal is a finite decimal, so a decimal target × achievement can equal the floor exactly. */
const ACHIEVEMENTS = [0.5, 0.64, 0.8, 1.25, 1.6] as const;

/** Each rule with a line → a property built on it; `covered` is checked against the table below. */
const CASES: Partial<Record<RuleId, () => void>> = {
  'ppp.share.10': () => fc.assert(fc.property(dec2(1000, 1e7), (e) => {
    const s = pppScenario([], { horizonYears: 1 });
    const sim = simulatePpp({ ...s, city: { ...s.city, budgetExpenditure: { kind: 'series', series: flat(e) }, existingPppObligations: flat(times(0.1, e)) } });
    onLineOk(only(sim.limits, 'ppp.share.10', 'city'));
  }), RUNS),
  'ppp.share.7': () => fc.assert(fc.property(dec2(1000, 1e7), (e) => {
    const s = pppScenario([], { horizonYears: 1 });
    const sim = simulatePpp({ ...s, city: { ...s.city, budgetExpenditure: { kind: 'series', series: flat(e) }, existingPppObligations: flat(times(0.07, e)) } });
    onLineOk(only(sim.limits, 'ppp.share.7', 'city'));
  }), RUNS),
  'ppp.share.5.government-pay': () => fc.assert(fc.property(dec2(1000, 1e7), (e) => {
    // no obligation of the project in its procurement year (no government equity, no risk): the share is the existing 5%
    const p = project({ mechanism: 'government-pay', governmentEquityShare: 0, payer: { budget: 'general', level: 'city' } });
    const s = pppScenario([p], { horizonYears: 1 });
    const sim = simulatePpp({ ...s, city: { ...s.city, budgetExpenditure: { kind: 'series', series: flat(e) }, existingPppObligations: flat(times(0.05, e)) } });
    onLineOk(only(sim.limits, 'ppp.share.5.government-pay'));
  }), RUNS),
  'ppp.performance-link': () => onLineOk(only(simulatePpp(pppScenario([project({ performance: { constructionLink: 0.1 + 0.2, operationLink: 1, scores: [1] } })])).limits, 'ppp.performance-link')),
  'ppp.term-40': () => onLineOk(only(simulatePpp(pppScenario([project({ operationYears: 38 })])).limits, 'ppp.term-40')),
  'ppp.spv-control': () => {
    // 达到50% is broken: 0.2 + 0.3 (= 0.5 in doubles too) and 0.7 − 0.2 (0.49999999999999994) are both at 50%
    for (const s of [0.2 + 0.3, 0.7 - 0.2]) {
      const r = only(simulatePpp(pppScenario([project({ regime: 'old', governmentEquityShare: s })])).limits, 'ppp.spv-control');
      expect(r.level).toBe('breach');
      expect(Object.is(r.headroom, 0)).toBe(true);
    }
  },
  'ppp.capital-ratio': () => onLineOk(only(simulatePpp(pppScenario([project({ capitalRatio: 0.1 + 0.1 })])).limits, 'ppp.capital-ratio')),
  'ppp.dscr': () => fc.assert(fc.property(dec2(1, 1e6), dec2(1, 3), (ds, line) => {
    // a one-year run whose CFADS is line × debt service in decimal, the DSCR line overridden to `line`
    const cfads = times(line, ds);
    const run = {
      project: project({ regime: 'old' }), time: { constructionYears: 0, length: 1, firstYear: 2026 },
      spv: { cfads: Float64Array.of(cfads), debtService: Float64Array.of(ds) }, metrics: { minDscr: cfads / ds },
      vfm: { psc: 1, pppValue: 0, value: 1, index: 1 },
      obligations: { subsidyParts: { construction: new Float64Array(1) }, operatingSubsidy: new Float64Array(1) },
    } as unknown as ProjectRun;
    const out = collector();
    projectRules(out, [run], { 'ppp.dscr': { threshold: line } });
    onLineOk(only(out.limits, 'ppp.dscr'));
  }), RUNS),
  'ppp.capex-over-approved': () => fc.assert(fc.property(dec2(1000, 1e6), (cost) => {
    // capex to date = Σ cost × fractions in doubles; the approved estimate is the cost itself
    const p = project({ regime: 'old', procurementYear: 2025, constructionStartYear: 2025, constructionCost: cost, constructionSchedule: [0.1, 0.2, 0.7], approvedEstimate: cost });
    const rows = simulatePpp(pppScenario([p], { startYear: 2027, horizonYears: 1 })).limits.filter((l) => l.rule === 'ppp.capex-over-approved');
    expect(rows).toHaveLength(1);
    onLineOk(rows[0]!);
  }), RUNS),
  'fund.government-share': () => onLineOk(only(fundChecks(fund({ governmentShare: 0.1 + 0.2 }), fundMultiples(fund({ governmentShare: 0.1 + 0.2 }), 500), 0, {}).limits, 'fund.government-share')),
  'fund.return-investment': () => fc.assert(fc.property(dec2(100, 1e6), fc.constantFrom(0.5, 0.8, 0.625, 1), fc.constantFrom(0.1, 0.2, 0.25, 0.3), (size, local, g) => {
    // localShare × invested = 1.5 × size × g in decimal (2015 version: 1.5)
    const f = fund({ size, localShare: local, governmentShare: g, establishedYear: 2020 });
    const invested = D(1.5).times(size).times(g).div(local).toNumber();
    onLineOk(only(fundChecks(f, fundMultiples(f, invested), 0, {}).limits, 'fund.return-investment'));
  }), RUNS),
  'fund.investment-multiple': () => fc.assert(fc.property(dec2(100, 1e6), fc.constantFrom(0.2, 0.25, 0.5, 0.8), fc.constantFrom(0.1, 0.2, 0.3), (size, p, g) => {
    // invested / p = 3 × size × g in decimal
    const f = fund({ size, projectShare: p, governmentShare: g });
    const invested = D(3).times(size).times(g).times(p).toNumber();
    onLineOk(only(fundChecks(f, fundMultiples(f, invested), 0, {}).limits, 'fund.investment-multiple'));
  }), RUNS),
  'town.exposure-cap': () => fc.assert(fc.property(dec2(1, 1e6), dec2(1, 5), (rev, line) => {
    const out = simulateDebt(oneYear([town({ revenue: c(rev) })], { rules: { 'town.exposure-cap': { threshold: line } } }), { accruedRewards: new Map([['t1', [times(line, rev)]]]) });
    onLineOk(only(out.limits, 'town.exposure-cap'));
  }), RUNS),
  'town.revenue-nonpositive': () => {
    // revenue 0.3 − 0.1 − 0.2 is 0 in decimal (−2.8e−17 in doubles): ≤ 0, so an exposure warns
    const out = simulateDebt(oneYear([town({ revenue: c(0.3 - 0.1 - 0.2) })]), { accruedRewards: new Map([['t1', [10]]]) });
    expect(only(out.limits, 'town.revenue-nonpositive').level).toBe('warning');
  },
  'district.tier': () => fc.assert(fc.property(dec2(100, 1e7), fc.integer({ min: 0, max: 100 }), fc.constantFrom(['yellow', 1.2], ['orange', 2], ['red', 3]), (cap, pct, [tier, edge]) => {
    // since issue #13 the tier is on the LEGAL ratio (SPEC §6 "Risk tiers"): 一般债务 G (pct% of the debt) + 专项债务 S
    // = edge × capacity in decimal, summed by the engine in doubles: exactly on the edge → the upper tier
    const debt = D(edge).times(cap);
    const general = debt.times(pct).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    const out = simulateDebt(oneYear([], { districts: [district({
      capacity: c(cap), legalDebt: c(0), debtLimit: null, hiddenDebt: c(0),
      debtByType: { general: { balance: c(general.toNumber()), limit: c(4e7), interest: c(0) }, special: { balance: c(debt.minus(general).toNumber()), limit: c(4e7), interest: c(0) } },
    })] }));
    expect(out.districts[0]?.tier).toEqual([tier]);
    const r = only(out.limits, 'district.tier');
    if (tier === 'yellow') expect(Object.is(r.headroom, 0)).toBe(true);
    expect(r.level).not.toBe('ok');
  }), RUNS),
  'district.tier-broad': () => fc.assert(fc.property(dec2(100, 1e7), fc.integer({ min: 0, max: 100 }), fc.constantFrom(['yellow', 1.2], ['orange', 2], ['red', 3]), (cap, pct, [tier, edge]) => {
    // the practice tier on the BROAD ratio: legal L (pct% of the debt) + hidden H = edge × capacity in decimal → the upper tier, a warning only
    const debt = D(edge).times(cap);
    const legal = debt.times(pct).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    const out = simulateDebt(oneYear([], { districts: [district({ capacity: c(cap), legalDebt: c(legal.toNumber()), hiddenDebt: c(debt.minus(legal).toNumber()), debtLimit: c(4e7) })] }));
    expect(out.districts[0]?.tierBroad).toEqual([tier]);
    const r = only(out.limits, 'district.tier-broad');
    if (tier === 'yellow') expect(Object.is(r.headroom, 0)).toBe(true);
    expect(r.level).toBe('warning');
  }), RUNS),
  'district.debt-limit-general': () => fc.assert(fc.property(dec2(0, 1e6), dec2(0, 1e6), (a, b) => {
    // 一般债务 a + b summed in doubles against a limit that is their decimal sum: on the limit, ok, headroom 0
    const out = simulateDebt(oneYear([], { districts: [district({
      legalDebt: c(0), debtLimit: null,
      debtByType: { general: { balance: c(a + b), limit: c(D(a).plus(b).toNumber()), interest: c(0) }, special: { balance: c(0), limit: c(0), interest: c(0) } },
    })] }));
    onLineOk(only(out.limits, 'district.debt-limit-general'));
  }), RUNS),
  'district.debt-limit-special': () => fc.assert(fc.property(dec2(0, 1e6), dec2(0.01, 1e6), (own, bond) => {
    // 专项债务 = own special debt + a town's special bond (bullet, issued this year), summed by the engine; the limit is their decimal sum
    const b: SpecialBond = { id: 'b', amount: bond, issueYear: 2026, tenorYears: 5, rate: 0.03, repayment: 'bullet', projectRevenue: c(0) };
    const out = simulateDebt(oneYear([town({ bonds: [b] })], { districts: [district({
      legalDebt: c(0), debtLimit: null,
      debtByType: { general: { balance: c(0), limit: c(0), interest: c(0) }, special: { balance: c(own), limit: c(D(own).plus(bond).toNumber()), interest: c(0) } },
    })] }));
    onLineOk(only(out.limits, 'district.debt-limit-special'));
  }), RUNS),
  'district.interest-10': () => fc.assert(fc.property(dec2(100, 1e7), (e) => {
    // 一般债务付息 = 10% × 一般公共预算支出 in decimal: 超过10% is not broken at 10%, headroom 0 万元
    const out = simulateDebt(oneYear([], { districts: [district({
      budgetExpenditure: c(e), legalDebt: c(0), debtLimit: null,
      debtByType: { general: { balance: c(0), limit: c(1e8), interest: c(times(0.1, e)) }, special: { balance: c(0), limit: c(1e8), interest: c(0) } },
    })] }));
    onLineOk(only(out.limits, 'district.interest-10'));
  }), RUNS),
  'town.new-hidden-debt': () => fc.assert(fc.property(dec2(0.01, 1e6), (borrow) => {
    // a hidden share of new borrowing 0.1 + 0.2 − 0.3: 0 in decimal (5.6e−17 in doubles); the line is 0 (absolute 1e−9): no new hidden debt
    const t = town({ platform: { openingBalance: 0, newBorrowing: c(borrow), hiddenShare: 0, newHiddenShare: 0.1 + 0.2 - 0.3, rate: 0.04, tenorYears: 5, repayment: 'bullet' } });
    onLineOk(only(simulateDebt(oneYear([t])).limits, 'town.new-hidden-debt'));
  }), RUNS),
  'district.warning-removal-candidate': () => fc.assert(fc.property(dec2(100, 1e7), fc.integer({ min: 0, max: 100 }), (cap, pct) => {
    // composite ratio exactly 1.0 in decimal in 2026 (legal pct% + hidden = capacity: not on warning, SPEC §1), above it
    // in 2027 and 2028: the run of warning years is 0, 1, 2; 2 reaches the line (达到两年): a warning with headroom exactly 0
    const legal = D(cap).times(pct).div(100).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    const hidden = D(cap).minus(legal).toNumber();
    const out = simulateDebt(debtScenario({ horizonYears: 3, towns: [town()], districts: [district({ capacity: c(cap), legalDebt: c(legal.toNumber()), debtLimit: c(4e7), hiddenDebt: tbl({ 2026: hidden, 2027: hidden + 1, 2028: hidden + 1 }) })] }));
    expect(out.districts[0]?.onWarning).toEqual([false, true, true]);
    const r = out.limits.filter((l) => l.rule === 'district.warning-removal-candidate');
    expect(r.map((x) => [x.value, x.level, x.headroom])).toEqual([[0, 'ok', 2], [1, 'ok', 1], [2, 'warning', 0]]);
    expect(Object.is(r[2]?.headroom, 0)).toBe(true);
  }), RUNS),
  'district.debt-limit': () => fc.assert(fc.property(dec2(0, 1e6), dec2(0, 1e6), (own, bond) => {
    // legal debt = own legal debt + a town's special bond (bullet, issued this year); the limit is their decimal sum
    const b: SpecialBond = { id: 'b', amount: bond, issueYear: 2026, tenorYears: 5, rate: 0.03, repayment: 'bullet', projectRevenue: c(0) };
    const limit = D(own).plus(bond).toNumber();
    const out = simulateDebt(oneYear([town({ bonds: [b] })], { districts: [district({ legalDebt: c(own), debtLimit: c(limit) })] }));
    onLineOk(only(out.limits, 'district.debt-limit'));
  }), RUNS),
  'district.platform-borrowing': () => fc.assert(fc.property(dec2(100, 1e7), dec2(0.01, 100), (cap, borrow) => {
    // since issue #13 the trigger is the COMPOSITE ratio (SPEC §6 "Risk warning"): new platform borrowing B not hidden
    // enters at c_r = 0.1464, so legal + hidden = capacity − 0.1464·B in decimal puts (L + H + 0.1464·B)/C on 1.0:
    // not on warning, ok, headroom exactly 0 (the borrowing may not grow), not a ±1e−16 residue
    const rest = D(cap).minus(D(0.1464).times(borrow));
    const legal = rest.times(0.35).toDecimalPlaces(2);
    const out = simulateDebt(oneYear([town({ platform: { openingBalance: 0, newBorrowing: c(borrow), hiddenShare: 0, rate: 0.04, tenorYears: 5, repayment: 'bullet' } })], {
      districts: [district({ capacity: c(cap), legalDebt: c(legal.toNumber()), hiddenDebt: c(rest.minus(legal).toNumber()) })],
    }));
    expect(out.districts[0]?.onWarning).toEqual([false]);
    onLineOk(only(out.limits, 'district.platform-borrowing'));
  }), RUNS),
  'district.bonds-on-warning': () => fc.assert(fc.property(dec2(100, 1e7), dec2(0.01, 50), (cap, share) => {
    // a bond issued this year is legal debt: own legal + bond + hidden = capacity in decimal (ratio 1.0): not on warning
    const bond = D(cap).times(share).div(100).toDecimalPlaces(2).toNumber();
    const b: SpecialBond = { id: 'b', amount: bond, issueYear: 2026, tenorYears: 5, rate: 0.03, repayment: 'bullet', projectRevenue: c(0) };
    const out = simulateDebt(oneYear([town({ bonds: [b] })], {
      districts: [district({ capacity: c(cap), legalDebt: c(0.01), hiddenDebt: c(D(cap).minus(bond).minus(0.01).toNumber()) })],
    }));
    onLineOk(only(out.limits, 'district.bonds-on-warning'));
  }), RUNS),
  'bond.self-balance': () => fc.assert(fc.property(dec2(0.01, 1e6), (ds) => {
    // life-time project revenue = 1.2 × life-time debt service in decimal, no cash gap
    const bond = { id: 'b', issueYear: 2025, tenorYears: 5 } as SpecialBond;
    const revenue = times(1.2, ds);
    const life: BondLife = { revenue, debtService: ds, coverage: revenue / ds, cash: Float64Array.of(0), support: Float64Array.of(0), supportAfterHorizon: 0 };
    const out = collector();
    selfBalanceLimits(out, 't1', bond, life, [2026], {});
    onLineOk(only(out.limits, 'bond.self-balance'));
  }), RUNS),
  'town.area': () => fc.assert(fc.property(dec2(0, 5), (a) => {
    // a + (5 − a) and a/5 + (1 − a/5): 5 and 1 km² in decimal, summed in doubles
    for (const [x, y] of [[a, D(5).minus(a).toNumber()], [a / 5, D(1).minus(a / 5).toNumber()]] as const) {
      const r = only(checkCompliance(oneYear([town({ land: { plannedAreaKm2: x + y, constructionLandKm2: 1, residentialLandKm2: 0 } })])).limits, 'town.area');
      expect(r.level).toBe('ok');
    }
  }), RUNS),
  'town.residential-share': () => fc.assert(fc.property(dec2(0.01, 10), (cl) => {
    // exactly 30%: the warning band, not a breach, headroom 0; exactly 25% (以下 is encouraged): ok
    const at = (share: number) => only(checkCompliance(oneYear([town({ land: { plannedAreaKm2: 3, constructionLandKm2: cl, residentialLandKm2: times(share, cl) } })])).limits, 'town.residential-share');
    const r30 = at(0.3);
    expect(r30.level).toBe('warning');
    expect(Object.is(r30.headroom, 0)).toBe(true);
    expect(at(0.25).level).toBe('ok');
  }), RUNS),
  'town.specialty-share': () => fc.assert(fc.property(dec2(1, 1e6), (total) => {
    const t = town({ creationYear: 2026, investment: { total: c(total), government: c(0), realEstate: c(0), specialtyIndustry: c(times(0.6, total)) } });
    onLineOk(only(checkCompliance(oneYear([t])).limits, 'town.specialty-share'));
  }), RUNS),
  'town.investment-per-mu': () => fc.assert(fc.property(dec2(0.01, 10), (cl) => {
    // 200 万元 × cl km² × 1,500 mu/km², invested in the creation year
    const q = D(200).times(cl).times(1500).toNumber();
    const t = town({ land: { plannedAreaKm2: 3, constructionLandKm2: cl, residentialLandKm2: 0 }, investment: { total: tbl({ 2020: q }), government: c(0), realEstate: c(0), specialtyIndustry: tbl({ 2020: q }) } });
    onLineOk(only(checkCompliance(oneYear([t])).limits, 'town.investment-per-mu'));
  }), RUNS),
  'town.tax-per-mu': () => fc.assert(fc.property(dec2(0.01, 10), (cl) => {
    const t = town({ land: { plannedAreaKm2: 3, constructionLandKm2: cl, residentialLandKm2: 0 }, revenue: c(D(10).times(cl).times(1500).toNumber()) });
    onLineOk(only(checkCompliance(oneYear([t])).limits, 'town.tax-per-mu'));
  }), RUNS),
  'town.jobs': () => fc.assert(fc.property(fc.constantFrom(...ACHIEVEMENTS), (e) => {
    const t = town({ kpis: { jobs: kpi(D(2000).div(e).toNumber(), e) } });
    onLineOk(only(checkCompliance(oneYear([t])).limits, 'town.jobs'));
  }), RUNS),
  'town.visitors': () => fc.assert(fc.property(fc.constantFrom(...ACHIEVEMENTS), (e) => {
    const t = town({ theme: 'tourism', kpis: { visitors: kpi(D(500000).div(e).toNumber(), e) } });
    onLineOk(only(checkCompliance(oneYear([t])).limits, 'town.visitors'));
  }), RUNS),
};

describe('at the line (SPEC §1): a value built on a line in decimal is judged on it, through the real rule functions', () => {
  it('every rule of the table with a line has a case', () => {
    const withLine = RULES.filter((r) => r.versions.some((v) => v.threshold !== null || v.params !== undefined)).map((r) => r.id);
    expect(withLine.filter((id) => !(id in CASES))).toEqual([]);
  });
  for (const [rule, run] of Object.entries(CASES)) it(rule, () => run!());
});
