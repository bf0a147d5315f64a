/**
 * 计算口径 (issue #18 "Formulas stated beside the figures"): each formula names its parts,
 * what it includes and excludes, its documents and an anchor that exists in
 * docs/methodology.md; the tables whose figures a formula produces carry it in their note;
 * lines in the text are the ones in force (an override shows); a special-bond top-up is in
 * the fiscal cost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { buildMarkdown } from '../../src/report/markdown/buildMarkdown.ts';
import { buildSection } from '../../src/report/model/buildReport.ts';
import { formulaOf, formulas, formulaSentence } from '../../src/report/model/formulas.ts';
import type { RunResult, TownResult } from '../../src/core/result.ts';
import { BASELINE, exactSum, model, run } from './support.ts';

const METHODOLOGY = readFileSync('docs/methodology.md', 'utf8');

describe('计算口径 formulas', () => {
  it('each formula has parts, includes, excludes, documents and a methodology anchor that exists', async () => {
    const { result } = await run(BASELINE);
    const all = formulas(result);
    expect(all.map((f) => f.id)).toEqual(['fiscalCost', 'investmentPerFiscal', 'pppShare', 'legalRatio', 'broadRatio', 'compositeRatio', 'rewardClaim', 'vfm']);
    for (const f of all) {
      expect(METHODOLOGY, f.anchor).toContain(`<a id="${f.anchor}"></a>`);
      for (const l of [f.formula, f.includes, f.excludes, f.documents]) expect(l.zh.length * l.en.length, f.id).toBeGreaterThan(0);
      expect(`${f.formula.zh}${f.documents.zh}`).not.toMatch(/SPEC|secondary|二手/);
    }
    // the broad ratio: (法定债务 + 隐性债务) / 综合财力, towns' special bonds in, non-hidden platform debt out
    const broad = formulaOf(result, 'broadRatio');
    expect(broad.formula.zh).toContain('宽口径债务率 = （法定债务 + 隐性债务）÷ 综合财力');
    expect(broad.includes.zh).toContain('小镇专项债');
    expect(broad.excludes.zh).toContain('未认定为隐性债务的平台公司债务');
    expect(formulaOf(result, 'pppShare').documents.zh).toContain('财金〔2015〕21号');
  });

  it('states the lines in force: an overridden PPP ceiling shows in the formula', async () => {
    const { scenario, result } = await run(BASELINE);
    expect(formulaOf(result, 'pppShare').formula.zh).toContain('超过10%不得新上PPP项目');
    const overridden = simulate({ ...scenario, rules: { ...scenario.rules, 'ppp.share.10': { threshold: 0.08 } } }, { hash: 'x' });
    expect(formulaOf(overridden, 'pppShare').formula.zh).toContain('超过8%不得新上PPP项目');
  });

  it('puts each formula beside its figures: city, district, 财承, reward-detail and PPP tables; the formulas table in HTML and Markdown', async () => {
    const m = await model([BASELINE]);
    const { result } = await run(BASELINE);
    const tables = m.sections[0]!.tables;
    const note = (id: string) => tables.find((t) => t.id === id)?.note?.zh ?? '';
    const has = (id: string, f: Parameters<typeof formulaOf>[1]) => expect(note(id), `${id} states ${f}`).toContain(formulaSentence(formulaOf(result, f)).zh);
    has('city', 'fiscalCost'); has('city', 'pppShare'); has('city', 'investmentPerFiscal');
    has('districts', 'legalRatio'); has('districts', 'broadRatio'); has('districts', 'compositeRatio');
    has('caicheng-city', 'pppShare'); has('reward-detail', 'rewardClaim'); has('ppp-projects', 'vfm');
    expect(note('summary')).toContain('计算口径');
    const html = buildHtml(m);
    const md = buildMarkdown(m);
    for (const text of [html, md]) {
      expect(text).toContain('计算口径');
      expect(text).toContain('docs/methodology.md#debt-ratios');
      expect(text).not.toMatch(/SPEC\s*§/);
    }
  });

  it('adds special-bond budget top-ups to the fiscal cost (a column when there are any)', async () => {
    const base = await run(BASELINE);
    expect(buildSection(base, 2).tables.find((t) => t.id === 'city')!.columns.some((c) => c.key === 'bondSupport')).toBe(false);
    // a top-up of 123.456 万元 in the first year of the first town: shown 123.46 and added to that year's fiscal cost
    const towns: TownResult[] = base.result.towns.map((t, i) => (i === 0 ? { ...t, bondSupport: t.bondSupport.map((v, k) => (k === 0 ? 123.456 : v)) } : t));
    const result: RunResult = { ...base.result, towns };
    const city = buildSection({ ...base, result }, 2).tables.find((t) => t.id === 'city')!;
    const col = (k: string) => city.columns.findIndex((c) => c.key === k);
    const row = city.rows[0]!.cells;
    expect(row[col('bondSupport')]).toBe(123.46);
    const parts = ['rewardsPaid', 'clawback', 'townPppObligations', 'fundNet', 'bondSupport'].map((k) => row[col(k)] as number);
    expect(String(row[col('fiscalCost')])).toBe(exactSum(parts));
  });
});
