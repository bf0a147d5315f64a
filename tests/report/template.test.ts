/**
 * Excel round trip of the town register (issue #7): the template's sheets, headers and
 * validation lists; template → fill → import gives towns that validate with the scenario
 * schema and run; bad cells come back as problems naming sheet and cell.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/report/template/buildTemplate.ts';
import { importTowns, type ImportOptions } from '../../src/scenario/workbook/importTowns.ts';
import { resolveScenario } from '../../src/scenario/resolve.ts';
import { formatIssue } from '../../src/scenario/issues.ts';
import { simulate } from '../../src/core/simulate.ts';
import { run, BASELINE } from './support.ts';

const OUT = resolve('tests/report/fixtures/imported.yaml').replace(/\\/g, '/');
const BASE = resolve(BASELINE).replace(/\\/g, '/');
const readText = (p: string) => readFile(p, 'utf8');
const opts = (withBase: boolean): ImportOptions => ({
  outPath: OUT, id: 'imported', name: '导入测试', comment: 'test', readText,
  ...(withBase ? { base: { path: BASE, ref: '../../../scenarios/guangzhou-baseline.yaml' } } : {}),
});

async function template(): Promise<ExcelJS.Workbook> {
  const { scenario } = await run(BASELINE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await buildTemplate({ districts: scenario.districts, date: '2026-11-26' })) as unknown as ArrayBuffer);
  return wb;
}

const GOOD = {
  id: 'liwan-canton-tea', name: '荔湾广府茶文化小镇', district: 'haizhu', region: 'central-south', theme: 'culture', flagship: '否',
  creationYear: 2026, namingYear: null, plannedAreaKm2: 2.1, constructionLandKm2: 0.8, residentialLandKm2: 0.1,
  investmentTotal: 30000, investmentGovernment: 5000, investmentRealEstate: 3000, investmentSpecialty: 20000, investmentGrowth: 0.02,
  revenue: '8000', revenueGrowth: 0.06, revenueBase: null,
} as const;

/** Writes one town per object on sheet towns (by the key row) and stage rows on sheet stages. */
async function fill(wb: ExcelJS.Workbook, towns: Record<string, unknown>[], stages: [string, string, number | string][]): Promise<Uint8Array> {
  const ws = wb.getWorksheet('towns')!;
  const col = new Map<string, number>();
  ws.getRow(2).eachCell((c, i) => col.set(String(c.value), i));
  towns.forEach((t, k) => Object.entries(t).forEach(([key, v]) => { if (v !== null) ws.getCell(3 + k, col.get(key)!).value = v as ExcelJS.CellValue; }));
  const st = wb.getWorksheet('stages')!;
  stages.forEach((row, k) => row.forEach((v, j) => { st.getCell(3 + k, j + 1).value = v; }));
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe('town register template', () => {
  it('has the towns and stages sheets, Chinese headers over field keys, and validation lists from the scenario', async () => {
    const wb = await template();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明 help', 'towns', 'stages', 'kpis', 'bonds', 'platform', 'lists']);
    expect(wb.getWorksheet('lists')!.state).toBe('hidden');
    const ws = wb.getWorksheet('towns')!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['编号', '名称', '所属区', '区域', '主题', '创建年份']));
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['id', 'name', 'district', 'region', 'theme', 'creationYear']));
    // drop-downs of Chinese labels: district names (ids beside them in column A), themes
    expect(ws.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['lists!$B$2:$B$8'] });
    expect(ws.getCell('E100').dataValidation).toMatchObject({ type: 'list', formulae: ['lists!$D$2:$D$12'] });
    expect(ws.getCell('G3').dataValidation).toMatchObject({ type: 'whole', formulae: [1990, 2150] });
    expect(wb.getWorksheet('stages')!.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ['lists!$E$2:$E$4'] });
    expect(wb.getWorksheet('lists')!.getColumn(1).values.slice(2)).toEqual(['conghua', 'zengcheng', 'huadu', 'panyu', 'huangpu', 'nansha', 'haizhu']);
  });

  it('template → fill → import: a scenario extending the base, whose new town validates and runs', async () => {
    const bytes = await fill(await template(), [GOOD], [['liwan-canton-tea', 'construction', 2026], ['liwan-canton-tea', 'operation', 2029]]);
    const r = await importTowns(bytes, opts(true));
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const doc = parse(r.yaml) as { extends: string; towns: Record<string, unknown>[] };
    expect(doc.extends).toBe('../../../scenarios/guangzhou-baseline.yaml');
    expect(doc.towns[0]).toMatchObject({
      id: 'liwan-canton-tea', flagship: false, stages: { construction: 2026, operation: 2029 },
      land: { plannedAreaKm2: 2.1 }, investment: { total: { base: 30000, growth: 0.02 }, specialtyIndustry: { base: 20000, growth: 0.02 } },
      revenue: { base: '8000', growth: 0.06 },
    });
    const resolved = await resolveScenario(OUT, (p) => (p === OUT ? Promise.resolve(r.yaml) : readText(p)));
    if (!resolved.ok) throw new Error(resolved.issues.map(formatIssue).join('\n'));
    expect(resolved.scenario.towns).toHaveLength(14);
    const result = simulate(resolved.scenario, { hash: resolved.hash });
    expect(result.towns.find((t) => t.id === 'liwan-canton-tea')!.status[0]).toBe('active');
  });

  it('bad cells (wrong district, text in a number cell, unknown stage) come back with sheet and cell, all at once', async () => {
    const bad = { ...GOOD, district: 'nowhere', plannedAreaKm2: 'abc', creationYear: '二〇二六' };
    const bytes = await fill(await template(), [GOOD, { ...bad, id: 'bad-town' }], [
      ['liwan-canton-tea', 'construction', 2026], ['liwan-canton-tea', 'operation', 2029],
      ['bad-town', 'building', 2027], ['bad-town', 'construction', 2027], ['bad-town', 'operation', 2030], ['ghost', 'operation', 2030],
    ]);
    const r = await importTowns(bytes, opts(true));
    expect(r.ok).toBe(false);
    const lines = (r.ok ? [] : r.issues).map(formatIssue);
    const at = (prefix: string) => lines.find((l) => l.startsWith(prefix));
    expect(at('towns!C4 (district)')).toMatch(/"nowhere".*区.*\/.*district/);
    expect(at('towns!I4 (land.plannedAreaKm2)')).toMatch(/"abc" — .* \/ /);
    expect(at('towns!G4 (creationYear)')).toBeDefined();
    expect(at('stages!B5')).toMatch(/阶段应为 planning \/ construction \/ operation \/ stage must be one of/);
    expect(at('stages!A8')).toMatch(/ghost/);
    expect(lines.some((l) => l.startsWith('towns!') && l.includes('towns!C3'))).toBe(false); // the good row is clean
  });

  it('without a base, towns are validated one by one and written as a towns list', async () => {
    const ok = await importTowns(await fill(await template(), [GOOD], [['liwan-canton-tea', 'construction', 2026], ['liwan-canton-tea', 'operation', 2029]]), opts(false));
    expect(ok.ok && (parse(ok.yaml) as { towns: unknown[] }).towns).toHaveLength(1);
    const missing = await importTowns(await fill(await template(), [GOOD], []), opts(false));
    expect(missing.ok ? [] : missing.issues.map(formatIssue)).toEqual([expect.stringMatching(/^towns!A3 \(stages\): — 缺少必填项.*在 stages 表为该小镇补一行.*add a row for this town on sheet stages/)]);
  });

  it('a duplicated id is reported at the second row', async () => {
    const r = await importTowns(await fill(await template(), [GOOD, GOOD], [['liwan-canton-tea', 'construction', 2026], ['liwan-canton-tea', 'operation', 2029]]), opts(true));
    expect(r.ok ? [] : r.issues.map(formatIssue)).toContain('towns!A4: "liwan-canton-tea" — 小镇编号 "liwan-canton-tea" 重复 / town id "liwan-canton-tea" appears twice');
  });
});
