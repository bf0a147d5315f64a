/** XLSX `import` against hostile workbooks (issue #12): limits before loading, cell-level problems at their cell. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { WORKBOOK_LIMITS, workbookProblem } from '../../src/cli/workbookGuard.ts';
import { buildTemplate } from '../../src/report/template/buildTemplate.ts';
import { importTowns, type ImportOptions } from '../../src/scenario/workbook/importTowns.ts';
import { formatIssue } from '../../src/scenario/issues.ts';
import { zip } from '../support/zip.ts';
import { run, BASELINE } from './support.ts';

const OUT = resolve('tests/report/fixtures/imported.yaml').replace(/\\/g, '/');
const opts: ImportOptions = {
  outPath: OUT, id: 'imported', name: '导入测试', comment: 'test', readText: (p: string) => readFile(p, 'utf8'),
  base: { path: resolve(BASELINE).replace(/\\/g, '/'), ref: '../../../scenarios/guangzhou-baseline.yaml' },
};

async function templateBytes(): Promise<Uint8Array> {
  const { scenario } = await run(BASELINE);
  return buildTemplate({ districts: scenario.districts, date: '2026-11-26' });
}

/** The template with `cells` (address → value) written on sheet towns. */
async function filled(cells: Readonly<Record<string, ExcelJS.CellValue>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateBytes()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('towns')!;
  for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

const sheet = (rows: number) => Buffer.from(`<worksheet><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(rows)}</sheetData></worksheet>`);

describe('workbookProblem: limits before exceljs loads anything', () => {
  it('accepts the template', async () => {
    expect(workbookProblem(await templateBytes())).toBeNull();
  });

  it('refuses a zip bomb, also one whose headers claim a small size', () => {
    const bomb = Buffer.alloc(WORKBOOK_LIMITS.uncompressedBytes + 1024 * 1024); // zeros: ~100 kB deflated
    for (const declaredSize of [bomb.length, 1000]) {
      const bytes = zip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, declaredSize }]);
      expect(bytes.length).toBeLessThan(1024 * 1024);
      expect(workbookProblem(bytes)?.en).toMatch(/inflates to more than 100 MB/);
    }
  });

  it('refuses too many worksheets, a row flood and a cell flood', () => {
    const many = Array.from({ length: WORKBOOK_LIMITS.sheets + 1 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheet(1) }));
    expect(workbookProblem(zip(many))?.en).toBe('the workbook has 17 worksheets; the limit is 16');
    expect(workbookProblem(zip([{ name: 'xl/worksheets/sheet1.xml', data: sheet(WORKBOOK_LIMITS.rows + 1) }]))?.en).toBe('worksheet xl/worksheets/sheet1.xml has 20001 rows; the limit is 20000');
    const wide = Buffer.from(`<worksheet><sheetData><row r="1">${'<c r="A1"><v>1</v></c>'.repeat(WORKBOOK_LIMITS.cells + 1)}</row></sheetData></worksheet>`);
    expect(workbookProblem(zip([{ name: 'xl/worksheets/sheet1.xml', data: wide }]))?.en).toBe('the workbook has more than 1000000 cells');
  });

  it('refuses what is not a ZIP', () => {
    expect(workbookProblem(new TextEncoder().encode('id,name\nx,y\n'))?.en).toMatch(/not a valid \.xlsx file/);
  });
});

describe('importTowns: cell-level problems at their cell', () => {
  const GOOD = { A3: 'liwan-canton-tea', B3: '荔湾广府茶文化小镇', C3: 'haizhu' };

  it('a numeric id cell is one problem at its cell, and the base towns are not replaced', async () => {
    const r = await importTowns(await filled({ ...GOOD, A3: 12 }), opts);
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.issues.map(formatIssue);
    expect(lines).toEqual(['towns!A3: 12 — 小镇编号应为文本（小写 ASCII 标识），实际为数字 12：请把单元格设为文本格式 / the town id must be text (a lowercase ASCII slug), got the number 12: format the cell as text']);
  });

  it('a formula cell without a computed result gets its own message, not "[object Object]"', async () => {
    const r = await importTowns(await filled({ ...GOOD, B3: { formula: 'CONCAT("a","b")' } as ExcelJS.CellValue }), opts);
    const lines = r.ok ? [] : r.issues.map(formatIssue);
    expect(lines.join('\n')).not.toMatch(/object Object/);
    expect(lines).toContain('towns!B3: — 公式没有计算结果：请在 Excel 中打开并保存工作簿，或直接填入数值 / the formula has no computed result: open and save the workbook in Excel, or enter the value itself');
  });
});
