/**
 * Side by side (issue #18): the reference named in the titles, Δ and Δ% columns, a one-line
 * headline per scenario that repeats the comparison table, by-year tables for the fiscal
 * cost, rewards, each level's PPP share and each district's broad ratio, and totals that
 * say what they cover — in every format.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LedgerDecimal } from '../../src/core/ledger/decimal.ts';
import { buildCsv } from '../../src/report/csv/buildCsv.ts';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { buildMarkdown } from '../../src/report/markdown/buildMarkdown.ts';
import { buildXlsx } from '../../src/report/xlsx/buildXlsx.ts';
import type { Row, Table } from '../../src/report/model/types.ts';
import { BASELINE, model, NORTH } from './support.ts';

const A = 'guangzhou-baseline';
const B = 'guangzhou-north-growth';
const col = (t: Table, key: string) => t.columns.findIndex((c) => c.key === key);
const cell = (t: Table, r: Row, key: string) => r.cells[col(t, key)];
const D = (v: unknown) => new LedgerDecimal(v as number);

describe('side by side', () => {
  it('names the reference and says what each total covers', async () => {
    const m = await model([BASELINE, NORTH]);
    const c = m.comparison!;
    expect(c.title.zh).toBe('情景对比（参照：广州特色小镇基准情景（示意数据））');
    const label = (key: string) => { const v = c.rows.find((r) => r.metric === key)?.cells[0]; return typeof v === 'object' && v !== null ? v.zh : String(v); };
    expect(label('pppObligationsTotal')).toContain('仅小镇项目');
    expect(label('fiscalCostTotal')).toContain('全市各级');
    // debt ratios in percent, as the summary shows them
    expect(c.rows.find((r) => r.metric === 'peakBroadRatio')?.unit).toBe('share');
    expect(m.comparisonByYear!.columns.map((x) => x.label.zh).join('|')).toContain('财政成本（全市各级，小镇相关）');
  });

  it('heads the comparison with one sentence per scenario that repeats its deltas', async () => {
    const m = await model([BASELINE, NORTH]);
    const c = m.comparison!;
    expect(m.comparisonHeadline).toHaveLength(1);
    const h = m.comparisonHeadline[0]!;
    const row = c.rows.find((r) => r.metric === 'fiscalCostTotal')!;
    // Δ = B − A on the displayed totals, shown with a minus sign and thousands separators
    const delta = D(cell(c, row, B)).minus(D(cell(c, row, A)));
    expect(delta.toNumber()).toBe(cell(c, row, `delta:${B}`));
    const shown = `${delta.isNegative() ? '−' : '+'}${delta.abs().toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} 万元`;
    expect(h.zh).toContain(`财政成本合计（全市各级，小镇相关支出） ${shown}`);
    expect(h.zh.startsWith('北部生态区加快增长情景（示意数据）相比参照情景广州特色小镇基准情景（示意数据）：')).toBe(true);
    expect(c.note?.zh.startsWith(h.zh)).toBe(true);
  });

  it('gives Δ% beside each Δ of the money series by year: Δ ÷ the reference, rounded as a percent', async () => {
    const t = (await model([BASELINE, NORTH])).comparisonByYear!;
    for (const key of ['fiscalCost', 'rewardsPaid', 'pppObligations']) {
      for (const r of t.rows) {
        const a = cell(t, r, `${key}:${A}`), d = cell(t, r, `${key}:delta:${B}`), p = cell(t, r, `${key}:deltaPct:${B}`);
        if (a === 0) { expect(p).toBeNull(); continue; }
        expect(p, `${key} ${r.year}`).toBe(D(d).dividedBy(D(a)).toDecimalPlaces(4, LedgerDecimal.ROUND_HALF_UP).toNumber());
      }
    }
  });

  it('sets each level\'s PPP share and each district\'s broad ratio side by side by year, from the scenarios\' own tables', async () => {
    const m = await model([BASELINE, NORTH]);
    const [share, broad] = m.comparisonTables;
    expect(share!.id).toBe('comparison-ppp-share');
    expect(broad!.id).toBe('comparison-broad-ratio');
    const years = m.sections[0]!.years;
    for (const [i, id] of [[0, A], [1, B]] as const) {
      const s = m.sections[i]!;
      for (const t of s.tables.filter((x) => x.id.startsWith('caicheng-'))) {
        const level = t.id.slice('caicheng-'.length);
        for (const r of t.rows) {
          const mine = share!.rows.find((x) => x.subject?.id === level && x.year === r.year)!;
          expect(cell(share!, mine, id), `${level} ${r.year}`).toBe(cell(t, r, 'pppShare'));
        }
      }
      // broad ratio = (legal + hidden) / 综合财力 of the district table's displayed cells, e.g. 从化区 2030
      const dt = s.tables.find((x) => x.id === 'districts')!;
      const dr = dt.rows.find((r) => r.subject?.id === 'conghua' && r.year === 2030)!;
      const expected = D(cell(dt, dr, 'legalDebt')).plus(D(cell(dt, dr, 'hiddenDebt'))).dividedBy(D(cell(dt, dr, 'capacity'))).toDecimalPlaces(4, LedgerDecimal.ROUND_HALF_UP).toNumber();
      const mine = broad!.rows.find((x) => x.subject?.id === 'conghua' && x.year === 2030)!;
      expect(cell(broad!, mine, id)).toBe(expected);
    }
    expect(broad!.rows).toHaveLength(m.sections[0]!.tables.find((x) => x.id === 'districts')!.rows.length);
    for (const r of [...share!.rows, ...broad!.rows]) {
      const a = cell(share!, r, A), b = cell(share!, r, B);
      if (typeof a === 'number' && typeof b === 'number') expect(cell(share!, r, `delta:${B}`)).toBe(D(b).minus(D(a)).toNumber());
    }
    expect(years.length).toBeGreaterThan(0);
  });

  it('shows the headline and the by-year tables in HTML, Markdown, XLSX and CSV', async () => {
    const m = await model([BASELINE, NORTH]);
    const h = m.comparisonHeadline[0]!.zh;
    for (const text of [buildHtml(m), buildMarkdown(m)]) {
      expect(text).toContain(h);
      expect(text).toContain('情景逐年对比：PPP支出占比');
      expect(text).toContain('情景逐年对比：各区宽口径债务率');
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildXlsx(m)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['逐年对比 PPP占比', '逐年对比 宽口径债务率']));
    const csv = new TextDecoder().decode(buildCsv(m));
    expect(csv).toContain('comparison-broad-ratio.broadRatio');
  });
});
