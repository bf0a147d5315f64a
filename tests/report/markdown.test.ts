/** The Markdown summary (issue #7): identification, pipe tables whose bold total rows foot. */
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../src/report/markdown/buildMarkdown.ts';
import { BASELINE, exact, exactSum, model, NORTH, REWARDS } from './support.ts';

/** Pipe tables of a Markdown text: each a list of rows of cell strings (header first). */
function tables(md: string): string[][][] {
  const out: string[][][] = [];
  let cur: string[][] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('| ')) {
      const cells = line.slice(2, -2).split(' | ');
      if (!cur) out.push((cur = []));
      if (!/^:?---/.test(cells[0] ?? '')) cur.push(cells);
    } else cur = null;
  }
  return out;
}

const num = (s: string) => Number(s.replace(/\*\*/g, '').replace(/,/g, ''));

describe('Markdown report', () => {
  it('names the scenario with its hash, engine version and date', async () => {
    const md = buildMarkdown(await model([BASELINE]));
    expect(md).toMatch(/情景哈希：[0-9a-f]{64}/);
    expect(md).toContain('引擎版本：0.1.0');
    expect(md).toContain('生成日期：2026-11-26');
  });

  it('shows the reward pool execution after the city table', async () => {
    const md = buildMarkdown(await model([BASELINE]));
    expect(md.indexOf('### 奖补资金池执行情况')).toBeGreaterThan(md.indexOf('### 市级逐年财政成本'));
  });

  it('every bold total row equals the sum of the displayed rows above it', async () => {
    const md = buildMarkdown(await model([REWARDS]));
    let footed = 0;
    for (const t of tables(md)) {
      const total = t.at(-1)!;
      if (!total[0]?.startsWith('**合计')) continue;
      total.forEach((cell, j) => {
        if (j === 0 || cell === '—' || cell.endsWith('%')) return;
        const rows = t.slice(1, -1).map((r) => r[j] ?? '—').filter((c) => c !== '—');
        expect(exact(num(cell))).toBe(exactSum(rows.map(num)));
        footed += 1;
      });
    }
    expect(footed).toBeGreaterThan(30);
  });

  it('escapes pipes and HTML in user text', async () => {
    const md = buildMarkdown(await model([REWARDS]));
    expect(md).toContain('=HYPERLINK("http://x","y")');
    expect(md).not.toMatch(/<script/i);
  });

  it('--lang en is the English edition: titles and headers in English only; the Chinese edition in Chinese only', async () => {
    const m = await model([BASELINE]);
    const md = buildMarkdown({ ...m, meta: { ...m.meta, lang: 'en' } });
    expect(md).toContain('### Summary\n');
    expect(md).toContain('| Year |');
    expect(md).not.toContain('摘要');
    const zh = buildMarkdown(m);
    expect(zh).toContain('### 摘要\n');
    expect(zh).toContain('| 年份 |');
    expect(zh).not.toMatch(/\bSummary\b|\bYear\b/);
  });

  it('several scenarios: the cover lines and 主要结论 first, then the comparison, then each scenario', async () => {
    const md = buildMarkdown(await model([BASELINE, NORTH]));
    expect(md.startsWith('# 特色小镇财政模拟对比报告（参照情景：广州特色小镇基准情景（示意数据））')).toBe(true);
    expect(md.indexOf('编制单位')).toBeLessThan(md.indexOf('## 主要结论'));
    expect(md.indexOf('## 主要结论')).toBeLessThan(md.indexOf('情景对比'));
    expect(md.indexOf('情景对比')).toBeLessThan(md.indexOf('\n## 广州特色小镇基准情景'));
    expect(md).toContain('## 北部生态区加快增长情景（示意数据）');
  });
});
