/** Validation of debt by type, 综合财力 by parts, swaps and bond project types (SPEC §2, §6). */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate.ts';
import { baselineDoc, edit, issueAt, issuesOf } from './support.ts';

const PARTS = {
  generalBudget: { ownRevenue: 1000, transfersIn: 500, remittances: 50 },
  fundBudget: { revenue: 100 },
  land: { gross: 2000, netShare: 0.3 },
};
const BY_TYPE = {
  general: { balance: 900, limit: 1000, interest: 30 },
  special: { balance: 400, limit: 500 },
};

describe('validateScenario: district debt forms', () => {
  it('the baseline uses all forms (one series, by parts, by type, swaps) and validates', () => {
    const r = validateScenario(baselineDoc());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [conghua, zengcheng, huadu] = r.scenario.districts;
    expect([conghua?.debtByType !== undefined, conghua?.swaps?.length, zengcheng?.capacityParts?.land.netShare, huadu?.debtByType]).toEqual([true, 3, 0.3, undefined]);
  });
  it('capacityParts defaults the other fund parts to 0', () => {
    const r = validateScenario(edit(baselineDoc(), { 'districts[2].capacity': undefined, 'districts[2].capacityParts': PARTS }));
    expect(r.ok && r.scenario.districts[2]?.capacityParts?.fundBudget.costSpending).toEqual({ kind: 'growth', base: 0, growth: 0 });
  });
  it('capacity and capacityParts together are one problem, reported at capacityParts', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'districts[2].capacityParts': PARTS })), 'districts[2].capacityParts');
    expect(i.zh).toMatch(/^综合财力只能给出一种/);
    expect(i.en).toMatch(/^give 综合财力 once/);
  });
  it('capacity: null with capacityParts is fine (how a variant switches form)', () => {
    expect(validateScenario(edit(baselineDoc(), { 'districts[2].capacity': null, 'districts[2].capacityParts': PARTS })).ok).toBe(true);
  });
  it('neither capacity nor capacityParts: missing 综合财力', () => {
    expect(issueAt(issuesOf(edit(baselineDoc(), { 'districts[2].capacity': undefined })), 'districts[2].capacity').en).toMatch(/^missing 综合财力/);
  });
  it('debtByType replaces legalDebt and debtLimit: giving them too is a problem at each', () => {
    const issues = issuesOf(edit(baselineDoc(), { 'districts[2].debtByType': BY_TYPE }));
    expect(issueAt(issues, 'districts[2].legalDebt').en).toMatch(/remove legalDebt/);
    expect(issueAt(issues, 'districts[2].debtLimit').en).toMatch(/remove debtLimit/);
  });
  it('debtByType without legalDebt and debtLimit validates', () => {
    expect(validateScenario(edit(baselineDoc(), { 'districts[2].debtByType': BY_TYPE, 'districts[2].legalDebt': undefined, 'districts[2].legalDebtInterest': undefined, 'districts[2].debtLimit': undefined })).ok).toBe(true);
  });
  it('a swap outside the simulated years is reported with the years', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'districts[0].swaps[0].year': 2024 })), 'districts[0].swaps[0].year');
    expect(i.en).toMatch(/^swap year 2024 is outside the simulated years 2026–2040/);
  });
  it('a bad conversion rate and a bad project type are reported at their paths', () => {
    const issues = issuesOf(edit(baselineDoc(), { 'districts[1].conversionRates': { guaranteed: 1.5 }, 'towns[0].bonds[0].projectType': 'casino' }));
    issueAt(issues, 'districts[1].conversionRates.guaranteed');
    issueAt(issues, 'towns[0].bonds[0].projectType');
  });
  it('conversion rates default to the 2013 audit\'s 0.1913 / 0.1464 when the object is given empty', () => {
    const r = validateScenario(edit(baselineDoc(), { 'districts[1].conversionRates': {} }));
    expect(r.ok && r.scenario.districts[1]?.conversionRates).toEqual({ guaranteed: 0.1913, platform: 0.1464 });
  });
});
