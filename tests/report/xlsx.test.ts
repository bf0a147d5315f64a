/**
 * The XLSX report (issue #7), read back with exceljs: the sheets, Chinese headers with
 * English beneath, frozen header rows, totals as SUM formulas whose cached results are
 * the exact sums of the rows, 万元 number formats, neutralised user text, stable bytes.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/report/model/types.ts';
import { buildXlsx } from '../../src/report/xlsx/buildXlsx.ts';
import { buildXlsxStreamed } from '../../src/report/xlsx/buildXlsxStreamed.ts';
import { BASELINE, exact, exactSum, model, NORTH, REWARDS } from './support.ts';

type Builder = (m: ReportModel) => Promise<Uint8Array>;
/** Both writers must produce the same report: in memory (the dashboard) and streamed (the CLI, issue #12). */
const BUILDERS: ReadonlyArray<readonly [string, Builder]> = [['in memory (dashboard)', buildXlsx], ['streamed (CLI)', buildXlsxStreamed]];
let build: Builder = buildXlsx;

async function open(files: string[], decimals = 2) {
  const bytes = await build(await model(files, decimals));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { bytes, wb };
}

/** Expands `SUM(C5:C19)` / `SUM(C5:Q5)` / `C5+D5` into the referenced cells. */
function refs(ws: ExcelJS.Worksheet, formula: string): ExcelJS.Cell[] {
  const range = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
  if (range) {
    const [, c1, r1, c2, r2] = range;
    const a = ws.getCell(`${c1}${r1}`);
    const b = ws.getCell(`${c2}${r2}`);
    const out: ExcelJS.Cell[] = [];
    for (let r = Number(a.row); r <= Number(b.row); r++) for (let c = Number(a.col); c <= Number(b.col); c++) out.push(ws.getCell(r, c));
    return out;
  }
  return formula.split('+').map((ref) => ws.getCell(ref));
}

function value(c: ExcelJS.Cell): number | null {
  const v = c.value as unknown;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'formula' in v) return (v as { result?: number }).result ?? 0;
  return null;
}

describe.each(BUILDERS)('XLSX report, %s', (_name, builder) => {
  beforeAll(() => {
    build = builder;
  });

  it('has the report, summary, city, reward pool, 财承, towns, PPP, funds, debt, findings and assumptions sheets', async () => {
    const { wb } = await open([BASELINE]);
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ['报告', '摘要', '市级', '资金池', '财承 市级', '财承 从化区', '小镇', '奖补', 'PPP项目',
      'PPP支出', '基金', '区债务', '预警违规', '限额汇总', '假设']) expect(names).toContain(n);
  });

  it('every total is a SUM formula whose cached result is the exact sum of the rows it adds (ratios and differences: tests/report/xlsxAnalyst)', async () => {
    const { wb } = await open([REWARDS]);
    let formulas = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as { formula?: string; result?: number } | null;
        if (!v || typeof v !== 'object' || typeof v.formula !== 'string' || /[-*/]/.test(v.formula)) return;
        const parts = refs(ws, v.formula).map(value).filter((x): x is number => x !== null);
        // exceljs's reader drops a cached result of 0 (the file holds <v>0</v>)
        expect(exact(v.result ?? 0), `${ws.name}!${cell.address} ${v.formula}`).toBe(exactSum(parts));
        formulas += 1;
      }));
    }
    expect(formulas).toBeGreaterThan(500);
  });

  it('the 财承 sheet: Chinese headers with their units beneath, frozen above the rows, 万元 formats, SUM totals', async () => {
    const { wb } = await open([BASELINE]);
    const ws = wb.getWorksheet('财承 市级')!;
    expect(ws.getRow(3).values).toEqual(expect.arrayContaining(['年份', '股权投资支出', '运营补贴支出', '风险承担支出', '配套投入支出', '占比']));
    // the unit line: the money unit under money columns, % under shares (one header per column for filters)
    expect([ws.getCell('B4').value, ws.getCell('J4').value]).toEqual(['万元', '%']);
    expect(String(ws.getCell('A1').value)).toContain('单位：万元');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 1 });
    expect(ws.getCell('B5').numFmt).toBe('#,##0.00');
    expect(ws.getCell('J5').numFmt).toBe('0.00%');
    const total = ws.getCell('B20').value as { formula: string };
    expect(total.formula).toBe('SUM(B5:B19)');
    expect((ws.getCell('F5').value as { formula: string }).formula).toBe('SUM(B5:E5)');
    expect(String(ws.getCell('A2').value)).toMatch(/哈希 [0-9a-f]{64} · 引擎 0\.1\.0 · 2026-11-26 · 万元，2 位小数/);
  });

  it('--lang en: the English edition, sheet names, headers and units in English', async () => {
    const m = await model([BASELINE]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildXlsx({ ...m, meta: { ...m.meta, lang: 'en' } })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual(['Report', 'Index', 'Summary', 'City']);
    const ws = wb.getWorksheet('City')!;
    expect([ws.getCell('B3').value, ws.getCell('B4').value]).toEqual(['General budget expenditure', '10,000 yuan (万元)']);
  });

  it('number formats follow --decimals', async () => {
    const { wb } = await open([BASELINE], 0);
    expect(wb.getWorksheet('市级')!.getCell('B5').numFmt).toBe('#,##0');
  });

  it('neutralises a town named =HYPERLINK(…); numbers stay numbers', async () => {
    const { wb } = await open([REWARDS]);
    const ws = wb.getWorksheet('小镇')!;
    const names = ws.getColumn(2).values.filter((v) => typeof v === 'string');
    expect(names).toContain('\'=HYPERLINK("http://x","y")');
    expect(typeof ws.getCell('F5').value).toBe('number');
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string') expect(cell.value, `${sheet.name}!${cell.address}`).not.toMatch(/^[=+\-@\t\r]/);
      }));
    }
  });

  it('several scenarios: a comparison sheet and one set of sheets per scenario', async () => {
    const { wb } = await open([BASELINE, NORTH]);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(['报告', '目录', '对比', '逐年对比']);
    expect(names).toContain('S1 摘要');
    expect(names).toContain('S2 摘要');
  });

  it('the same model on the same date gives the same bytes', async () => {
    const a = await open([BASELINE]);
    await new Promise((r) => setTimeout(r, 2100)); // ZIP times have 2-second resolution
    const b = await open([BASELINE]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
