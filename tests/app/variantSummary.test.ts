/** What a variant changes against its parent, in words, and the comparison's headline (issue #15 question 2). */
import { describe, expect, it } from 'vitest';
import { changeText, diffInputs } from '../../src/app/state/variantSummary.ts';
import { headline } from '../../src/app/state/headline.ts';
import { compareResults } from '../../src/core/compare.ts';
import type { RunResult } from '../../src/core/result.ts';
import { result } from './fixtures/result.ts';

const parent = {
  id: 'base', name: 'Base',
  city: { discountRate: 0.025 },
  rewards: { pool: 100000, programs: [{ id: 'p1', name: '创建奖励', base: 500 }] },
  ppp: [{ id: 'spa-road', name: '从化温泉PPP项目', constructionCost: 68000, profitRate: 0.07 }, { id: 'old', name: '旧项目', constructionCost: 1 }],
};
const variant = {
  id: 'v', name: 'V',
  city: { discountRate: 0.025 },
  rewards: { pool: 130000, programs: [{ id: 'p1', name: '创建奖励', base: 500 }] },
  ppp: [{ id: 'spa-road', name: '从化温泉PPP项目', constructionCost: 102000, profitRate: 0.0725 }, { id: 'new', name: '新项目', constructionCost: 5 }],
};

describe('diffInputs and changeText', () => {
  const changes = diffInputs(parent, variant);
  it('names every changed input by entity and field, with added and removed entities; id and name are not changes', () => {
    expect(changes.map((c) => c.path)).toEqual(['rewards.pool', 'ppp[spa-road].constructionCost', 'ppp[spa-road].profitRate', 'ppp[new]', 'ppp[old]']);
  });
  it('says the change in words: money in percent of the parent, rates in percentage points, without float noise', () => {
    const zh = changes.map((c) => changeText(c, 'zh'));
    // 130,000 / 100,000 − 1 = +30%
    expect(zh[0]).toBe('奖补资金池 +30%（100,000 → 130,000）');
    // 102,000 / 68,000 − 1 = +50%
    expect(zh[1]).toBe('从化温泉PPP项目 · 建设成本 +50%（68,000 → 102,000）');
    // 0.0725 − 0.07 = 0.0025 → +0.25 个百分点 (7% → 7.25%)
    expect(zh[2]).toBe('从化温泉PPP项目 · 合理利润率 +0.25 个百分点（7% → 7.25%）');
    expect(zh[3]).toBe('新增PPP项目：新项目');
    expect(zh[4]).toBe('删除PPP项目：旧项目');
    expect(changeText(changes[0]!, 'en')).toBe('Reward pool +30% (100,000 → 130,000)');
  });
  it('finds nothing between a document and itself', () => {
    expect(diffInputs(parent, parent)).toEqual([]);
  });
  it('reads a series written as a number against one written { base, growth }', () => {
    const c = diffInputs({ rewards: { pool: 100 } }, { rewards: { pool: { base: 100, growth: 0.02 } } });
    expect(c.map((x) => [x.path, x.before, x.after])).toEqual([['rewards.pool.growth', 0, 0.02]]);
  });
});

describe('headline', () => {
  it('names the moved metrics with the table’s rounding and wording, and leaves unchanged ones out', () => {
    // B: fiscal cost +32,900 万元 (= +3.29 亿元), peak PPP share +0.005 (= +0.50 个百分点); the rest unchanged
    const b = { ...result, scenario: { ...result.scenario, name: '变体' }, summary: { ...result.summary, fiscalCostTotal: result.summary.fiscalCostTotal + 32_900, peakPppShare: (result.summary.peakPppShare ?? 0) + 0.005 } } as RunResult;
    const cmp = compareResults([result, b]);
    expect(headline(cmp, 1, 'zh')).toBe('B（变体）相比 A：财政成本合计 +3.29 亿元，PPP支出占比峰值 +0.50 个百分点。');
    expect(headline(compareResults([result, result]), 1, 'en')).toMatch(/leaves the main metrics of A unchanged/);
  });
});
