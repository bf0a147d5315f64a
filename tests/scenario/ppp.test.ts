import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkPppReferences, pppProjectSchema, pppSectionSchema } from '../../src/scenario/schema/ppp.ts';

/** A project as written in a scenario file, with only the required fields. */
const minimal = {
  id: 'conghua-spa-road', name: '温泉小镇道路', town: 'conghua-hot-spring', mechanism: 'viability-gap',
  procurementYear: 2019, constructionCost: '60000', constructionSchedule: [0.4, 0.6], operationYears: 15,
  capitalRatio: 0.2, loan: { rate: 0.049, tenorYears: 12 }, profitRate: 0.06,
};

interface Issue { path: string; en: string; zh: string | undefined }
function issues(input: unknown): Issue[] {
  const r = pppProjectSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''),
    en: i.message,
    zh: (i as { params?: { zh?: string } }).params?.zh,
  }));
}

describe('pppProjectSchema (SPEC §4.1)', () => {
  it('fills every default', () => {
    const p = pppProjectSchema.parse(minimal);
    expect(p.constructionCost).toBe(60000);
    expect(p.constructionStartYear).toBe(2019);
    expect(p.subsidy).toEqual({ formula: 'mof-2015', base: 'private-cost', periodYears: 15 });
    expect(p.performance).toEqual({ constructionLink: 0.3, operationLink: 1, scores: [1] });
    expect(p.taxes).toEqual({ corporateIncomeTax: 0.25, vatOnGovernmentPayments: null });
    expect(p.payer).toEqual({ budget: 'general', level: 'city' });
    expect(p.loan).toEqual({ rate: 0.049, tenorYears: 12, graceYears: 0, repayment: 'annuity' });
    expect(p.idc).toBe('capitalised');
    expect(p.governmentEquityShare).toBe(0);
    expect(p.riskBearing).toEqual({ kind: 'proportion', construction: 0, operation: 0 });
    expect(p.userRevenue).toEqual({ kind: 'growth', base: 0, growth: 0 });
    expect(p.register.operationMode).toBe('BOT');
  });
  it('rateIndexed (SPEC §8) is optional and left absent when not written, so the scenario hash does not move', () => {
    expect('rateIndexed' in pppProjectSchema.parse(minimal)).toBe(false);
    expect(pppProjectSchema.parse({ ...minimal, rateIndexed: true }).rateIndexed).toBe(true);
    expect(issues({ ...minimal, rateIndexed: 'yes' }).map((i) => i.path)).toEqual(['rateIndexed']);
    expect(issues({ ...minimal, rateShift: { delta: 0.02, fromYear: 2026 } }).length).toBeGreaterThan(0);
  });
  it('accepts scenario risk, guarantees and PSC inputs', () => {
    const p = pppProjectSchema.parse({
      ...minimal,
      riskBearing: { kind: 'scenarios', cases: [{ name: '基本', amount: 100, probability: 0.7 }, { name: '不利', amount: 400, probability: 0.3 }] },
      guarantees: [{ kind: 'minimum-revenue', expectedCostPerYear: 120 }],
      psc: { constructionCost: 65000, competitiveNeutrality: 50 },
    });
    expect(p.riskBearing).toMatchObject({ kind: 'scenarios', period: 'operation' });
    expect(p.psc.constructionCost).toBe(65000);
    expect(p.psc.transferableRisk).toEqual({ construction: 0, operation: 0 });
  });
  it('a construction schedule not summing to 1 is reported at its path, in Chinese and English', () => {
    const [i] = issues({ ...minimal, constructionSchedule: [0.4, 0.5] });
    expect(i!.path).toBe('constructionSchedule');
    expect(i!.en).toContain('sum to 1 (they sum to 0.9)');
    expect(i!.zh).toContain('之和须为 1');
  });
  it('a capital ratio outside 0–1 is reported at capitalRatio', () => {
    const [i] = issues({ ...minimal, capitalRatio: 1.2 });
    expect(i).toMatchObject({ path: 'capitalRatio' });
    expect(i!.en).toContain('between 0 and 1');
    expect(i!.zh).toContain('项目资本金比例');
  });
  it('a loan tenor beyond the cooperation period is reported at loan.tenorYears', () => {
    const [i] = issues({ ...minimal, loan: { rate: 0.049, tenorYears: 18 } });
    expect(i).toMatchObject({ path: 'loan.tenorYears' });
    expect(i!.en).toContain('beyond the cooperation term');
    expect(i!.zh).toContain('超出合作期');
  });
  it('a negative cost is reported at its path', () => {
    const [i] = issues({ ...minimal, constructionCost: -100 });
    expect(i).toMatchObject({ path: 'constructionCost' });
    expect(i!.zh).toContain('不能为负数');
    const [j] = issues({ ...minimal, supportingInputs: [{ name: '征地', year: 2019, cost: -5 }] });
    expect(j!.path).toBe('supportingInputs[0].cost');
  });
  it('reports every problem at once, cross-field checks included', () => {
    const all = issues({ ...minimal, constructionSchedule: [0.5], capitalRatio: -0.1, constructionCost: -1, loan: { rate: 0.05, tenorYears: 20, graceYears: 20 } });
    expect(all.map((i) => i.path).sort()).toEqual(['capitalRatio', 'constructionCost', 'constructionSchedule', 'loan.graceYears', 'loan.tenorYears']);
    expect(all.every((i) => i.zh !== undefined)).toBe(true);
  });
  it('a subsidy period longer than the operation years and a supporting input outside the term are errors', () => {
    const all = issues({ ...minimal, subsidy: { periodYears: 20 }, supportingInputs: [{ name: '管网', year: 2040, cost: 5 }] });
    expect(all.map((i) => i.path)).toEqual(['subsidy.periodYears', 'supportingInputs[0].year']);
  });
  it('risk-case probabilities must sum to 1', () => {
    const [i] = issues({ ...minimal, riskBearing: { kind: 'scenarios', cases: [{ name: 'a', amount: 1, probability: 0.5 }] } });
    expect(i!.path).toBe('riskBearing.cases');
  });
  it('rejects unknown fields and mechanisms', () => {
    expect(issues({ ...minimal, mechanism: 'bot' })[0]!.path).toBe('mechanism');
    expect(issues({ ...minimal, colour: 'red' })).toHaveLength(1);
  });
});

describe('the ppp section', () => {
  it('rejects duplicate project ids', () => {
    const r = pppSectionSchema.safeParse([minimal, minimal]);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual([1, 'id']);
  });
  it('checkPppReferences flags an unknown town and paying district', () => {
    const p = pppProjectSchema.parse({ ...minimal, payer: { level: 'nowhere' } });
    const root = z.array(z.unknown()).superRefine((_ps, ctx) => checkPppReferences(ctx, [p], new Set(['other-town']), new Set(['conghua'])));
    const r = root.safeParse([p]);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['ppp.0.town', 'ppp.0.payer.level']);
  });
});

describe('shipped scenarios (PPP sections)', () => {
  async function load(file: string) {
    const { loadScenarioFile } = await import('../../src/scenario/loadFile.ts');
    const { simulatePpp } = await import('../../src/core/ppp/index.ts');
    const r = await loadScenarioFile(file);
    if (!('scenario' in r) || !r.scenario) throw new Error(`${file} does not validate: ${JSON.stringify(r).slice(0, 500)}`);
    return { scenario: r.scenario, sim: simulatePpp(r.scenario) };
  }

  it('the baseline has at least 6 projects across the three mechanisms, of town-project size, and no PPP finding', async () => {
    const { scenario, sim } = await load('scenarios/guangzhou-baseline.yaml');
    expect(scenario.ppp.length).toBeGreaterThanOrEqual(6);
    expect(new Set(scenario.ppp.map((p) => p.mechanism))).toEqual(new Set(['government-pay', 'viability-gap', 'user-pay']));
    for (const p of scenario.ppp) {
      expect(p.constructionCost).toBeGreaterThanOrEqual(20000);
      expect(p.constructionCost).toBeLessThanOrEqual(150000);
    }
    const concession = scenario.ppp.filter((p) => p.procurementYear >= 2023);
    expect(concession.map((p) => p.mechanism)).toEqual(['user-pay']);
    expect(sim.findings).toEqual([]);
  });

  it('the overload variant pushes Conghua over the 10% share and breaches the dated project rules', async () => {
    const { sim } = await load('scenarios/guangzhou-ppp-overload.yaml');
    const conghua = sim.districts.find((d) => d.level === 'conghua')!;
    expect(Math.max(...conghua.pppShare.map((x) => x ?? 0))).toBeGreaterThan(0.1);
    const rules = new Set(sim.findings.filter((f) => f.level === 'breach').map((f) => f.rule));
    expect(rules).toEqual(new Set(['ppp.share.10', 'ppp.share.5.government-pay', 'ppp.concession-2023', 'ppp.vfm']));
  });

  it('the overload variant shows one project failing value for money: the wellness centre without PSC inputs', async () => {
    const { sim } = await load('scenarios/guangzhou-ppp-overload.yaml');
    const vfm = sim.findings.filter((f) => f.rule === 'ppp.vfm');
    expect(vfm.map((f) => f.subject.id)).toEqual(['conghua-spa-wellness-center']);
    const p = sim.projects.find((x) => x.id === 'conghua-spa-wellness-center')!;
    expect(vfm[0]).toMatchObject({ level: 'breach', year: 2028, value: p.vfm.pppValue, limit: p.vfm.psc });
    expect(vfm[0]!.headroom).toBeCloseTo(p.vfm.value, 6);
    expect(p.vfm.value).toBeLessThan(0);
  });
});

describe('pppProjectSchema: mechanism, ring-fencing, construction support, approved estimate (SPEC §4.6)', () => {
  it('the mechanism defaults by the 2023 review: new when procured from 2023, old before; an explicit value wins', () => {
    expect(pppProjectSchema.parse(minimal).regime).toBe('old');
    expect(pppProjectSchema.parse({ ...minimal, procurementYear: 2023 }).regime).toBe('new');
    expect(pppProjectSchema.parse({ ...minimal, procurementYear: 2023, regime: 'old' }).regime).toBe('old');
  });
  it('defaults: not ring-fenced, no construction support, no approved estimate', () => {
    const p = pppProjectSchema.parse(minimal);
    expect([p.ringFenced, p.constructionSupport, p.approvedEstimate]).toEqual([false, 0, null]);
  });
  it('rejects a negative construction support or estimate and an unknown mechanism, each with its path, in Chinese and English', () => {
    const got = issues({ ...minimal, constructionSupport: -1, approvedEstimate: -5, regime: 'newer' });
    expect(got.map((i) => i.path).sort()).toEqual(['approvedEstimate', 'constructionSupport', 'regime']);
    expect(got.find((i) => i.path === 'constructionSupport')?.zh).toMatch(/建设期投资支持不能为负数/);
  });
});
