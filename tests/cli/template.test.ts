/**
 * `townfisc template` and `townfisc import` end to end (issue #7): the template takes its
 * district list from --scenario; a filled workbook imports into a scenario that validates
 * and runs; a workbook with bad cells exits 2 naming sheet and cell, writing nothing.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

const BASE = resolve('scenarios/guangzhou-baseline.yaml');

async function fillTemplate(file: string, district: string, area: number | string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('towns')!;
  const row: Record<string, ExcelJS.CellValue> = {
    A3: 'baiyun-airport-logistics', B3: '白云空港物流小镇', C3: district, D3: 'central-south', E3: 'other', F3: '否', G3: 2026,
    I3: area, J3: 1.2, K3: 0.1, L3: 60000, M3: 5000, N3: 6000, O3: 45000, P3: 0.02, Q3: 20000, R3: 0.05,
  };
  for (const [a, v] of Object.entries(row)) ws.getCell(a).value = v;
  const st = wb.getWorksheet('stages')!;
  [['baiyun-airport-logistics', 'construction', 2026], ['baiyun-airport-logistics', 'operation', 2028]].forEach((r, k) => r.forEach((v, j) => { st.getCell(3 + k, j + 1).value = v; }));
  await wb.xlsx.writeFile(file);
}

describe('townfisc template / import', () => {
  it('template --scenario offers the scenario\'s districts; a filled copy imports with --extends and runs', async () => {
    const d = mkdtempSync(join(tmpdir(), 'townfisc-tpl-'));
    const xlsx = join(d, 'towns.xlsx');
    const t = townfisc(['template', '--out', xlsx, '--scenario', 'scenarios/guangzhou-baseline.yaml']);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stderr).toContain('7 个区 districts');
    expect(townfisc(['template', '--out', xlsx]).code).toBe(2); // exists, no --force
    await fillTemplate(xlsx, 'huadu', 3.5);
    const out = join(d, 'scenario.yaml');
    const i = townfisc(['import', xlsx, '--out', out, '--extends', BASE]);
    expect(i.code, i.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Imported from towns\.xlsx by townfisc import\.\nextends: .*guangzhou-baseline\.yaml\n/);
    const run = townfisc(['run', out, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { towns: { id: string }[] }).towns.map((x) => x.id)).toContain('baiyun-airport-logistics');
  }, 120_000);

  it('bad cells: exit 2, each problem with sheet!cell and both languages, nothing written', async () => {
    const d = mkdtempSync(join(tmpdir(), 'townfisc-tpl-'));
    const xlsx = join(d, 'towns.xlsx');
    expect(townfisc(['template', '--out', xlsx]).code).toBe(0);
    await fillTemplate(xlsx, 'baiyun', 'three');
    const out = join(d, 'scenario.yaml');
    const i = townfisc(['import', xlsx, '--out', out, '--extends', BASE]);
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('nothing written');
    expect(i.stderr).toMatch(/towns!C3 \(district\): "baiyun" — 区 "baiyun" 不存在.* \/ district "baiyun" is not defined/);
    expect(i.stderr).toMatch(/towns!I3 \(land\.plannedAreaKm2\): "three" — 应为数字.* \/ expected a number/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
