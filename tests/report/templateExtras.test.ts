/**
 * The town register's extra sheets (SPEC §2 "town"): KPI targets, special bonds and
 * platform debt round-trip through the template; a bad bond cell is reported at its cell.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/report/template/buildTemplate.ts';
import { importTowns } from '../../src/scenario/workbook/importTowns.ts';
import { resolveScenario } from '../../src/scenario/resolve.ts';

const BASE = resolve('scenarios/guangzhou-baseline.yaml').replace(/\\/g, '/');
const OUT = resolve('tests/report/out-extras.yaml').replace(/\\/g, '/');
const readText = (p: string) => readFile(p, 'utf8');
const opts = { outPath: OUT, base: { path: BASE, ref: '../../scenarios/guangzhou-baseline.yaml' }, id: 'extras', name: 'extras', comment: 'test', readText };

const TOWN: Record<string, ExcelJS.CellValue> = {
  id: 'liwan-canton-tea', name: '荔湾茶文化小镇', district: 'haizhu', region: 'central-south', theme: 'culture', flagship: '否', creationYear: 2026,
  plannedAreaKm2: 2.1, constructionLandKm2: 0.9, residentialLandKm2: 0.1, investmentTotal: 30000, investmentSpecialty: 20000, revenue: 8000,
};

async function filled(rows: Partial<Record<'kpis' | 'bonds' | 'platform', ExcelJS.CellValue[][]>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await buildTemplate({ districts: [], date: '2026-01-01' }) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('towns')!;
  const col = new Map<string, number>();
  ws.getRow(2).eachCell((c, i) => col.set(String(c.value), i));
  for (const [k, v] of Object.entries(TOWN)) ws.getCell(3, col.get(k)!).value = v;
  [['liwan-canton-tea', 'construction', 2026], ['liwan-canton-tea', 'operation', 2029]].forEach((r, k) => r.forEach((v, j) => { wb.getWorksheet('stages')!.getCell(3 + k, j + 1).value = v; }));
  for (const [sheet, list] of Object.entries(rows)) list.forEach((r, k) => r.forEach((v, j) => { wb.getWorksheet(sheet)!.getCell(3 + k, j + 1).value = v; }));
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe('town register: KPI, bond and platform-debt sheets', () => {
  it('reads KPI targets, a special bond and platform debt into the town, which validates against the base', async () => {
    const bytes = await filled({
      kpis: [['liwan-canton-tea', 'tax', 3000, 0.05, 0.9], ['liwan-canton-tea', 'jobs', 2000]],
      bonds: [['liwan-canton-tea', 'liwan-2026-01', 20000, 2026, 10, 0.025, 'annuity', 2800, 0.02]],
      platform: [['liwan-canton-tea', 5000, 1000, 0.2, 0.045, 8, 'equal-principal']],
    });
    const r = await importTowns(bytes, opts);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const town = (parse(r.yaml) as { towns: Record<string, unknown>[] }).towns[0]!;
    expect(town.kpis).toEqual({ tax: { target: { base: 3000, growth: 0.05 }, expected: 0.9 }, jobs: { target: 2000 } });
    expect(town.bonds).toEqual([{ id: 'liwan-2026-01', amount: 20000, issueYear: 2026, tenorYears: 10, rate: 0.025, repayment: 'annuity', projectRevenue: { base: 2800, growth: 0.02 } }]);
    expect(town.platform).toEqual({ openingBalance: 5000, newBorrowing: 1000, hiddenShare: 0.2, rate: 0.045, tenorYears: 8, repayment: 'equal-principal' });
    const resolved = await resolveScenario(OUT, (p) => (p === OUT ? Promise.resolve(r.yaml) : readText(p)));
    expect(resolved.ok && resolved.scenario.towns.find((t) => t.id === 'liwan-canton-tea')?.bonds[0]?.amount).toBe(20000);
  });

  it('reports a bad bond cell and a row for an unknown town at their cells', async () => {
    const bytes = await filled({ bonds: [['liwan-canton-tea', 'liwan-2026-01', 'twenty', 2026, 10, 0.025, 'annuity']], platform: [['no-such-town', 1]] });
    const r = await importTowns(bytes, opts);
    expect(r.ok ? [] : r.issues.map((i) => i.path).sort()).toEqual(['bonds!C3 (bonds[0].amount)', 'platform!A3']);
  });

  it('reports KPI and platform rows at their cells: a bad expected value, a missing KPI id, platform debt given twice', async () => {
    const bytes = await filled({
      kpis: [['liwan-canton-tea', 'tax', 3000, 0.05, 'most'], ['liwan-canton-tea', null, 2000]],
      platform: [['liwan-canton-tea', 5000, 1000, 0.2, 0.045, 8, 'equal-principal'], ['liwan-canton-tea', 1]],
    });
    const r = await importTowns(bytes, opts);
    const paths = r.ok ? [] : r.issues.map((i) => i.path).sort();
    expect(paths).toContain('kpis!B4'); // the KPI id is missing
    expect(paths).toContain('platform!A4'); // given twice
    expect(paths.some((p) => p.startsWith('kpis!E3'))).toBe(true); // expected achievement "most"
  });
});
