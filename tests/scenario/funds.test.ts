import { describe, expect, it } from 'vitest';
import { simulateFunds } from '../../src/core/funds/simulateFunds.ts';
import type { Fund } from '../../src/core/funds/types.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { fundSchema } from '../../src/scenario/schema/funds.ts';
import { knownKeysErrorMap, translateIssues } from '../../src/scenario/translateIssues.ts';
import type { ScenarioIssue } from '../../src/scenario/issues.ts';

const good = {
  id: 'tech-fund',
  name: '黄埔智能科技小镇子基金',
  size: '100000',
  establishedYear: 2026,
  governmentShare: 0.2,
  projectShare: 0.25,
  localShare: 0.8,
  allocationByTown: { 'huangpu-smart-tech': 50000, 'haizhu-pazhou-internet': 30000 },
  takahashiAlexander: { contributionRates: [0.25, 0.333, 0.5], bow: 2.5, growth: 0.08, yield: 0, lifeYears: 10, investmentPeriodYears: 5 },
};

/** Parses with fundSchema and returns the bilingual issues (empty when valid). */
function issues(doc: unknown): ScenarioIssue[] {
  const r = fundSchema.safeParse(doc, { reportInput: true, error: knownKeysErrorMap });
  return r.success ? [] : translateIssues(r.error.issues, doc);
}

function issueAt(doc: unknown, path: string): ScenarioIssue {
  const all = issues(doc);
  const hit = all.find((i) => i.path === path);
  if (!hit) throw new Error(`no issue at ${path}; got ${JSON.stringify(all)}`);
  expect(hit.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(hit.en).toMatch(/[a-z]/);
  return hit;
}

describe('fundSchema (SPEC §5)', () => {
  it('accepts a fund and fills the defaults: no fees, no hurdle, no carry, no concession, no guarantees', () => {
    const f: Fund = fundSchema.parse(good);
    expect(f.size).toBe(100000);
    expect(f.fees).toEqual({ management: { rate: 0, rateAfterInvestmentPeriod: null, base: 'dated' }, hurdle: null, carry: 0 });
    expect(f.concession).toBeNull();
    expect(f.guarantees).toEqual([]);
    expect(f.returnInvestmentRequirement).toBeNull();
    expect(f.realEstateInvestment).toBe(0);
  });

  it('reads a real-estate investment (fund.real-estate) and refuses a negative one', () => {
    expect(fundSchema.parse({ ...good, realEstateInvestment: '1200' }).realEstateInvestment).toBe(1200);
    expect(fundSchema.safeParse({ ...good, realEstateInvestment: -1 }).success).toBe(false);
  });

  it('reads fee terms, a concession and forbidden terms', () => {
    const f = fundSchema.parse({
      ...good,
      fees: { management: { rate: 0.02, rateAfterInvestmentPeriod: 0.015, base: 'commitment-then-nav' }, hurdle: 0.06, carry: 0.2 },
      concession: { cappedReturn: 0.03 },
      guarantees: [{ kind: 'minimum-return', rate: 0.06 }, { kind: 'buy-back', year: 2031 }],
    });
    expect(f.fees.hurdle).toBe(0.06);
    expect(f.guarantees).toEqual([{ kind: 'minimum-return', rate: 0.06 }, { kind: 'buy-back', year: 2031, rate: 0 }]);
  });

  it('rejects a government share outside 0–1, at its path, in Chinese and English', () => {
    const i = issueAt({ ...good, governmentShare: 1.2 }, 'governmentShare');
    expect(i).toMatchObject({ zh: '应 ≤ 1，实际为 1.2', en: 'must be ≤ 1, got 1.2', value: 1.2 });
  });

  it('rejects a negative local share and a zero project share', () => {
    issueAt({ ...good, localShare: -0.1 }, 'localShare');
    expect(issueAt({ ...good, projectShare: 0 }, 'projectShare').en).toBe('must be > 0, got 0');
  });

  it('rejects a rate of contribution outside 0–1 at its index', () => {
    const i = issueAt({ ...good, takahashiAlexander: { ...good.takahashiAlexander, contributionRates: [0.25, 1.5] } }, 'takahashiAlexander.contributionRates[1]');
    expect(i.zh).toBe('应 ≤ 1，实际为 1.5');
  });

  it('rejects a life shorter than the investment period', () => {
    const i = issueAt({ ...good, takahashiAlexander: { ...good.takahashiAlexander, lifeYears: 4 } }, 'takahashiAlexander.lifeYears');
    expect(i.en).toContain('shorter than investmentPeriodYears 5');
    expect(i.zh).toContain('短于投资期');
  });

  it('reports every problem at once, cross-field ones included', () => {
    const all = issues({ ...good, governmentShare: 2, takahashiAlexander: { ...good.takahashiAlexander, yield: 3, lifeYears: 3 } });
    expect(all.map((i) => i.path).sort()).toEqual(['governmentShare', 'takahashiAlexander.lifeYears', 'takahashiAlexander.yield']);
  });

  it('rejects a buy-back year outside the life', () => {
    const i = issueAt({ ...good, guarantees: [{ kind: 'buy-back', year: 2040, rate: 0.05 }] }, 'guarantees[0].year');
    expect(i.en).toContain('outside the fund\'s life 2026–2035');
  });

  it('requires an allocation by town when the fund has forbidden terms', () => {
    issueAt({ ...good, allocationByTown: {}, guarantees: [{ kind: 'principal-protection' }] }, 'allocationByTown');
  });

  it('rejects an allocation by town larger than the fund', () => {
    expect(issueAt({ ...good, allocationByTown: { 'a-town': 200000 } }, 'allocationByTown').en).toContain('more than the fund size');
  });

  it('rejects an unknown key with a suggestion', () => {
    expect(issueAt({ ...good, governmentShar: 0.2 }, 'governmentShar').en).toContain('did you mean "governmentShare"');
  });

  it('rejects an unknown guarantee kind', () => {
    issueAt({ ...good, guarantees: [{ kind: 'fixed-return' }] }, 'guarantees[0].kind');
  });
});

describe('scenario files with funds', () => {
  it('guangzhou-baseline has at least two sub-funds (g = 0.2 and 0.3), clean of findings', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    expect(r.scenario.funds.map((f) => f.governmentShare)).toEqual([0.2, 0.3]);
    const out = simulateFunds(r.scenario);
    expect(out.findings).toEqual([]);
    expect(out.limits.length).toBe(10); // 5 fund rules (with fund.real-estate) × 2 funds
    expect(Object.values(out.hiddenDebtByTown).flat().every((x) => x === 0)).toBe(true);
  });

  it('guangzhou-fund-guarantee breaches fund.guarantee and adds hidden debt to the fund\'s towns', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-fund-guarantee.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    const out = simulateFunds(r.scenario);
    expect(out.findings.map((f) => [f.rule, f.level, f.subject.id])).toEqual([['fund.guarantee', 'breach', 'gz-tech-internet-fund']]);
    const smart = out.hiddenDebtByTown['huangpu-smart-tech'] ?? [];
    expect(smart[0]).toBeGreaterThan(0);
    // settled by the 2032 buy-back: nothing outstanding from 2032 on (index 6)
    expect(smart.slice(6).every((x) => x === 0)).toBe(true);
    expect(out.funds[0]?.guaranteePayout[6]).toBeGreaterThan(0);
  });
});
