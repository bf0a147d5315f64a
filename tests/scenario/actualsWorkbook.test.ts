/**
 * The actuals workbook round trip (SPEC §12 "Collecting actuals from districts"): the
 * template lists each district's towns with the KPIs that have a target that year; two
 * districts fill their own copies (exceljs here); the import merges them into one actuals
 * file that validates against the base; a bad cell is reported as `sheet!E7` with the fix.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildActualsTemplate } from '../../src/report/template/buildActualsTemplate.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { importActuals } from '../../src/scenario/workbook/importActuals.ts';
import { resolveScenario } from '../../src/scenario/resolve.ts';

const BASE = resolve('scenarios/guangzhou-baseline.yaml').replace(/\\/g, '/');
const OUT = resolve('scenarios/actuals-imported-test.yaml').replace(/\\/g, '/');

async function template(): Promise<Uint8Array> {
  const r = await loadScenarioFile(BASE);
  if (!r.ok) throw new Error('baseline');
  return buildActualsTemplate({ scenario: r.scenario, year: 2026, date: '2027-01-15' });
}

/** Fills one sheet of a copy of the template: `values[kpiRowKey]` = [actual, source?] by `town/kpi`, district items by name. */
async function fill(bytes: Uint8Array, sheet: string, kpis: Record<string, ExcelJS.CellValue>, district: Record<string, number> = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  ws.eachRow((row, r) => {
    const key = `${String(row.getCell(1).value)}/${String(row.getCell(3).value)}`;
    if (key in kpis) ws.getCell(r, 5).value = kpis[key]!;
    const item = String(row.getCell(1).value);
    if (item in district) ws.getCell(r, 4).value = district[item]!;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

const opts = { outPath: OUT, base: { path: BASE, ref: './guangzhou-baseline.yaml' }, id: 'actuals-test', name: 'test', readText: (p: string) => readFile(p, 'utf8') };

describe('actuals workbook: template → fill → import', () => {
  it('lists per district sheet the towns with the KPIs that have a 2026 target, target pre-filled', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await template() as unknown as ArrayBuffer);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(['conghua', 'zengcheng', 'huadu', 'panyu', 'huangpu', 'nansha', 'haizhu', '说明 help']);
    const ws = wb.getWorksheet('zengcheng')!;
    const rows: string[] = [];
    ws.eachRow((row) => { if (row.getCell(1).value === 'zengcheng-litchi' && row.getCell(3).value) rows.push(`${String(row.getCell(3).value)}=${String(row.getCell(4).value)}`); });
    // litchi: investment 25000 in 2026; jobs carried back from 2029 (2000); enterprises 80
    expect(rows).toEqual(['investment=25000', 'jobs=2000', 'enterprises=80']);
  });

  it('imports two districts filled separately into one actuals file that validates against the base', async () => {
    const t = await template();
    const conghua = await fill(t, 'conghua', { 'conghua-hot-spring/investment': 57600, 'conghua-hot-spring/tax': 31200 }, { capacity: 1585000, generalDebt: 780000 });
    const zengcheng = await fill(t, 'zengcheng', { 'zengcheng-litchi/investment': 13000, 'zengcheng-litchi/jobs': 1200 });
    const r = await importActuals([{ name: 'conghua.xlsx', bytes: conghua }, { name: 'zengcheng.xlsx', bytes: zengcheng }], opts);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r).toMatchObject({ year: 2026, towns: 2, districts: 1 });
    const doc = parse(r.yaml) as { extends: string; actuals: { towns: unknown[]; districts: unknown[] } };
    expect(doc.extends).toBe('./guangzhou-baseline.yaml');
    expect(doc.actuals.towns).toEqual([
      { town: 'conghua-hot-spring', year: 2026, kpis: { investment: { value: 57600, source: '统计', verified: false }, tax: { value: 31200, source: '税务', verified: false } } },
      { town: 'zengcheng-litchi', year: 2026, kpis: { investment: { value: 13000, source: '统计', verified: false }, jobs: { value: 1200, source: '社保', verified: false } } },
    ]);
    expect(doc.actuals.districts).toEqual([{ district: 'conghua', year: 2026, generalDebt: 780000, capacity: 1585000 }]);
    const resolved = await resolveScenario(OUT, (p) => (p === OUT ? Promise.resolve(r.yaml) : readFile(p, 'utf8')));
    expect(resolved.ok && resolved.scenario.actuals?.towns.length).toBe(2);
  });

  it('reports a bad cell as workbook, sheet!cell and field, with the fix, and returns nothing to write', async () => {
    const t = await template();
    const bad = await fill(t, 'huadu', { 'huadu-jewelry/tax': '九万' });
    const r = await importActuals([{ name: 'huadu.xlsx', bytes: bad }], opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    const i = r.issues[0]!;
    expect(i.file).toBe('huadu.xlsx');
    // the huadu-jewelry tax row: KPI block header on rows 4–6, investment on 7, tax on 8 → column E (实际完成)
    expect(i.path).toBe('huadu!E8 (kpis.tax.value)');
    expect(i.value).toBe('九万');
    expect(i.en).toMatch(/number/);
  });

  it('refuses a workbook that is not an actuals template, and a damaged one, without data', async () => {
    const r = await importActuals([{ name: 'junk.xlsx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) }], opts);
    expect(r.ok ? [] : r.issues.map((i) => [i.file, i.en.slice(0, 27)])).toEqual([['junk.xlsx', 'cannot read the Excel file:']]);
  });
});
