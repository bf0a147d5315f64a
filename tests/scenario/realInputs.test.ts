/** Validation refuses what cannot be real (issue #11) and bounds amounts (issue #12). */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate.ts';
import { baselineDoc, edit, issuesOf } from './support.ts';
import type { Doc } from './support.ts';

const paths = (doc: Doc) => issuesOf(doc).map((i) => i.path);
const messages = (doc: Doc) => issuesOf(doc).map((i) => `${i.path}: ${i.en}`).join('\n');

describe('validation refuses what cannot be real (issue #11)', () => {
  const base = baselineDoc();

  it('a negative reward pool', () => {
    expect(paths(edit(base, { 'rewards.pool': -5 }))).toEqual(['rewards.pool']);
    expect(paths(edit(base, { 'rewards.pool': { byYear: { 2027: 100, 2028: -1 } } }))).toEqual(['rewards.pool.byYear.2028']);
  });

  it('negative PPP costs, revenues and subsidies (every amount that must be ≥ 0)', () => {
    for (const key of ['operatingCost', 'userRevenue', 'concessionSubsidy', 'psc.operatingCost', 'psc.userRevenue', 'psc.competitiveNeutrality', 'constructionCost']) {
      expect(paths(edit(base, { [`ppp[0].${key}`]: -1 })), key).toEqual([`ppp[0].${key}`]);
    }
  });

  it('PPP construction starting before procurement', () => {
    // conghua-spa-road is procured in 2018
    expect(messages(edit(base, { 'ppp[0].constructionStartYear': 2017 }))).toMatch(/ppp\[0\]\.constructionStartYear: construction starts in 2017, before procurement in 2018/);
    expect(validateScenario(edit(base, { 'ppp[0].constructionStartYear': 2018 })).ok).toBe(true);
  });

  it('a PPP buy-back year before procurement or after the term', () => {
    // procured 2018, built 2018–2019 (2 schedule years), 15 operation years: the term ends 2018 + 2 + 15 − 1 = 2034
    const at = (year: number) => edit(base, { 'ppp[0].guarantees': [{ kind: 'buy-back', year, amount: 1000 }] });
    expect(messages(at(2017))).toMatch(/ppp\[0\]\.guarantees\[0\]\.year: buy-back year 2017 is outside procurement 2018 to the end of the term 2034/);
    expect(paths(at(2035))).toEqual(['ppp[0].guarantees[0].year']);
    expect(validateScenario(at(2018)).ok).toBe(true);
    expect(validateScenario(at(2034)).ok).toBe(true);
  });

  it('warns, without refusing, when a fund\'s 返投 share and its allocationByTown disagree', () => {
    // gz-tech-internet-fund: size 100,000 × localShare 0.8 = 80,000 = 40,000 + 30,000 + 10,000
    const ok = validateScenario(base);
    expect(ok.ok && ok.warnings).toEqual([]);
    const r = validateScenario(edit(base, { 'funds[0].localShare': 0.7 }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => `${w.path}: ${w.en}`)).toEqual(['funds[0].allocationByTown: allocationByTown adds up to 80000 万元, but localShare × size = 70000 万元 (返投); check localShare or allocationByTown']);
  });
});

describe('amounts within what the fen ledger holds exactly (issue #12)', () => {
  const base = baselineDoc();

  it('a 1e308 legal debt is refused at its path with the limit in the message', () => {
    const i = issuesOf(edit(base, { 'districts[0].legalDebt': 1e308 }));
    expect(i.map((x) => x.path)).toEqual(['districts[0].legalDebt']);
    expect(i[0]!.en).toMatch(/must be ≤ 1000000000.*limited to ±1,000,000,000/);
    expect(i[0]!.zh).toMatch(/数值上限 ±1,000,000,000/);
  });

  it('a series that compounds beyond the limit within the horizon is refused', () => {
    // 19,000,000 · 2^59 ≈ 1.1e25 in the 60th year
    const doc = edit(base, { 'city.budgetRevenue': { base: 19000000, growth: 1 }, horizonYears: 60 });
    expect(messages(doc)).toMatch(/^city\.budgetRevenue: growing at this rate the value reaches about 1\.10e\+25 in 2085/);
    // a y0 far from the horizon: 1000 · 0.5^(2026 − 2150) = 1000 · 2^124
    expect(paths(edit(base, { 'districts[0].legalDebt': { base: 1000, growth: -0.5, y0: 2150 } }))).toEqual(['districts[0].legalDebt']);
    expect(validateScenario(edit(base, { 'city.budgetRevenue': { base: 19000000, growth: 0.1 } })).ok).toBe(true);
  });

  it('an elasticity beyond ±10 and a curve multiplier beyond 100 are refused', () => {
    expect(paths(edit(base, { 'city.budgetExpenditure': { base: 100, elasticity: 1e6 } }))).toEqual(['city.budgetExpenditure.elasticity']);
    expect(paths(edit(base, { 'rewards.curve': [[0, 0], [1, 1e6]] }))).toEqual(['rewards.curve']); // the curve union reports at the curve
  });

  it('a __proto__ key is reported at its path, not silently dropped', () => {
    const doc = edit(base, {});
    Object.defineProperty((doc.towns as Doc[])[0]!.kpis, '__proto__', { value: { target: 1, expected: 1 }, enumerable: true });
    expect(issuesOf(doc).map((i) => [i.path, i.en])).toEqual([['towns[0].kpis.__proto__', 'the key "__proto__" cannot be used (reserved in JavaScript); rename it']]);
  });
});
