/**
 * The town template for a 财政局 clerk (issue #18): it opens on the instructions sheet with
 * 填报单位/联系人/日期 fields and an example row; its drop-downs hold Chinese labels
 * (从化区, 北部生态区, 旅游, 建设) that import reads back as codes; a blank id is
 * generated from the name; "3%" is read as 0.03; the header rows are locked.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildTemplate, FILER_FIELDS } from '../../src/report/template/buildTemplate.ts';
import { importTowns } from '../../src/scenario/workbook/importTowns.ts';
import { formatIssue } from '../../src/scenario/issues.ts';
import { idFromName } from '../../src/scenario/workbook/labels.ts';
import { run, BASELINE } from './support.ts';

const OUT = resolve('tests/report/fixtures/imported-zh.yaml').replace(/\\/g, '/');
const BASE = resolve(BASELINE).replace(/\\/g, '/');

async function template(): Promise<ExcelJS.Workbook> {
  const { scenario } = await run(BASELINE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await buildTemplate({ districts: scenario.districts, date: '2026-11-26' })) as unknown as ArrayBuffer);
  return wb;
}

describe('town template with Chinese labels', () => {
  it('opens on the instructions, with the filer fields and an example row in Chinese labels', async () => {
    const wb = await template();
    const help = wb.worksheets[0]!;
    expect(help.name).toBe('说明 help');
    const text: string[] = [];
    help.eachRow((r) => r.eachCell((c) => text.push(String(c.value))));
    for (const f of FILER_FIELDS) expect(text).toContain(f);
    for (const example of ['从化区', '北部生态区', '旅游', '3%']) expect(text).toContain(example);
  });

  it('locks the two header rows and leaves the data rows editable', async () => {
    const { scenario } = await run(BASELINE);
    const bytes = await buildTemplate({ districts: scenario.districts, date: '2026-11-26' });
    // sheet2 is towns (the instructions come first): protected, without a password
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet2.xml']!);
    expect(xml).toMatch(/<sheetProtection sheet="1"/);
    expect(xml).not.toMatch(/hashValue/);
    const wb = await template();
    const towns = wb.getWorksheet('towns')!;
    // a cell is locked unless it says otherwise (Excel's default)
    expect(towns.getCell('A1').protection?.locked).not.toBe(false);
    expect(towns.getCell('B2').protection?.locked).not.toBe(false);
    expect(towns.getCell('B3').protection?.locked).toBe(false);
  });

  it('round trip: Chinese labels, a blank id and "3%" come back as codes, a generated id and 0.03', async () => {
    const wb = await template();
    const ws = wb.getWorksheet('towns')!;
    const col = new Map<string, number>();
    ws.getRow(2).eachCell((c, i) => col.set(String(c.value), i));
    const name = '从化温泉康养二期小镇';
    const town: Record<string, ExcelJS.CellValue> = {
      name, district: '从化区', region: '北部生态区', theme: '旅游', flagship: '否', creationYear: 2026,
      plannedAreaKm2: 2, constructionLandKm2: 0.7, residentialLandKm2: 0.1, investmentTotal: 20000, investmentGovernment: 4000,
      investmentRealEstate: 2000, investmentSpecialty: 12000, investmentGrowth: '3%', revenue: 6000, revenueGrowth: '5%',
    };
    for (const [k, v] of Object.entries(town)) ws.getCell(3, col.get(k)!).value = v;
    const st = wb.getWorksheet('stages')!;
    [[name, '建设', 2026], [name, '运营', 2029]].forEach((row, k) => row.forEach((v, j) => { st.getCell(3 + k, j + 1).value = v; }));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
    const r = await importTowns(bytes, {
      outPath: OUT, id: 'imported-zh', name: '中文导入测试', comment: 'test', readText: (p) => readFile(p, 'utf8'),
      base: { path: BASE, ref: '../../../scenarios/guangzhou-baseline.yaml' },
    });
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const doc = parse(r.yaml) as { towns: Record<string, unknown>[] };
    expect(doc.towns[0]).toMatchObject({
      id: idFromName(name), district: 'conghua', region: 'north-eco', theme: 'tourism',
      stages: { construction: 2026, operation: 2029 }, investment: { total: { growth: 0.03 } }, revenue: { growth: 0.05 },
    });
    expect(idFromName(name)).toMatch(/^town-[0-9a-z]+$/);
    expect(idFromName('Shawan Heritage')).toBe('shawan-heritage');
  });
});
