/**
 * The XLSX report for analysts (issue #18), read back with exceljs from both writers: an
 * index sheet 目录 with a link to every sheet; an autofilter on every table; ids beside
 * names and years as numbers; live formulas for totals, ratios (PPP share, the 10% ceiling
 * and its headroom, debt ratios), the fiscal cost and comparison deltas, whose cached
 * values are the displayed ones and agree with a recalculation from the cached operands;
 * print setup, header/footer and document properties.
 */
import { describe, expect, it } from 'vitest';
import { cached, read, recalc, shownDecimals } from './xlsxRead.ts';
import { buildXlsx, INDEX_SHEET } from '../../src/report/xlsx/buildXlsx.ts';
import { buildXlsxStreamed } from '../../src/report/xlsx/buildXlsxStreamed.ts';
import type { ReportModel } from '../../src/report/model/types.ts';
import { BASELINE, model, NORTH } from './support.ts';

const writers: ReadonlyArray<[string, (m: ReportModel) => Promise<Uint8Array>]> = [['in memory', buildXlsx], ['streamed', buildXlsxStreamed]];

describe.each(writers)('XLSX for analysts (%s)', (_, write) => {
  it('opens on the cover, then 目录 linking every other sheet (with the S1/S2 prefixes explained side by side)', async () => {
    const wb = await read(await write(await model([BASELINE, NORTH])));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(['报告', INDEX_SHEET]);
    const index = wb.getWorksheet(INDEX_SHEET)!;
    const links: string[] = [];
    index.eachRow((row, n) => {
      if (n < 4) return;
      const v = row.getCell(2).value as { text: string; hyperlink: string };
      expect(v.hyperlink).toBe(`#'${v.text}'!A1`);
      links.push(v.text);
    });
    expect(links).toEqual(names.slice(2));
    expect(String(index.getCell('B1').value)).toMatch(/^S1 = .*参照；S2 = /);
  });

  it('puts an autofilter on every table, over the header line and the rows', async () => {
    const wb = await read(await write(await model([BASELINE])));
    const tables = wb.worksheets.slice(2);
    expect(tables.length).toBeGreaterThan(20);
    for (const ws of tables) {
      if (ws.rowCount <= 5) continue;
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(String(typeof ws.autoFilter === 'string' ? ws.autoFilter : '')).toMatch(/^A4:[A-Z]+\d+$/);
    }
  });

  it('shows ids beside names and years as numbers', async () => {
    const wb = await read(await write(await model([BASELINE])));
    const rewards = wb.getWorksheet('奖补')!;
    expect([rewards.getCell('A3').value, rewards.getCell('C3').value]).toEqual(['小镇编号', '项目编号']);
    expect(typeof rewards.getCell('A5').value).toBe('string');
    const city = wb.getWorksheet('市级')!;
    expect(city.getCell('A5').value).toBe(2026);
  });

  it('writes live formulas whose cached values recalculate from the cached operands and equal the displayed figures', async () => {
    const m = await model([BASELINE, NORTH]);
    const wb = await read(await write(m));
    let formulas = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value;
        if (v === null || typeof v !== 'object' || !('formula' in v) || typeof v.result !== 'number') return;
        formulas += 1;
        const places = shownDecimals(cell.numFmt ?? '');
        expect(Math.abs(recalc(ws, String(v.formula)) - v.result), `${ws.name}!${cell.address} ${v.formula}`).toBeLessThanOrEqual(0.5 * 10 ** -places + 1e-9);
      }));
    }
    expect(formulas).toBeGreaterThan(1000);
    const formulaAt = (sheet: string, ref: string) => (wb.getWorksheet(sheet)!.getCell(ref).value as { formula: string }).formula;
    // city: fiscal cost = rewards + (−clawbacks) + town PPP + fund net (C..F), the PPP share = city obligations / budget
    expect(formulaAt('S1 市级', 'G5')).toBe('SUM(C5:F5)');
    expect(formulaAt('S1 市级', 'I5')).toBe('H5/B5');
    // 财承: share = obligations / expenditure, ceiling amount = ceiling × expenditure, headroom = ceiling amount − obligations
    expect([formulaAt('S1 财承 市级', 'J5'), formulaAt('S1 财承 市级', 'L5'), formulaAt('S1 财承 市级', 'M5')]).toEqual(['H5/I5', 'K5*I5', 'L5-H5']);
    // district: legal ratio = legal / capacity (F), broad ratio = (legal + hidden) / capacity (H, after the legal tier in G)
    expect(formulaAt('S1 区债务', 'F5')).toBe('C5/E5');
    expect(formulaAt('S1 区债务', 'H5')).toBe('(C5+D5)/E5');
    // comparison: Δ = scenario − reference, Δ% = Δ / reference
    expect([formulaAt('对比', 'D5'), formulaAt('对比', 'E5')]).toEqual(['C5-B5', 'D5/B5']);
    // the cached values are the model's displayed ones
    const city = m.sections[0]!.tables.find((t) => t.id === 'city')!;
    const ws = wb.getWorksheet('S1 市级')!;
    city.rows.forEach((r, k) => r.cells.forEach((c, i) => {
      if (typeof c === 'number') expect(cached(ws, `${ws.getColumn(i + 1).letter}${5 + k}`)).toBe(c);
    }));
  }, 60_000);

  it('sets print setup, header and footer, and document properties', async () => {
    const m = await model([BASELINE]);
    const wb = await read(await write(m));
    const ws = wb.getWorksheet('财承 市级')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    expect(ws.headerFooter.oddHeader).toContain(`hash ${m.sections[0]!.scenario.hash.slice(0, 12)}`);
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(wb.title).toContain(m.meta.reportNumber);
    expect(wb.subject).toContain(m.sections[0]!.scenario.hash);
    expect(wb.description).toContain('示意数据');
    // the two header rows repeat on every printed page
    expect(wb.getWorksheet('区债务')!.pageSetup.printTitlesRow).toBe('3:4');
  });
});

describe('XLSX extended properties', () => {
  it.each(writers)('names the 编制单位 as the company (%s; the streamed writer through streamedAppProps)', async (_, write) => {
    const m = await model([BASELINE]);
    const organisation = '广州市从化区财政局';
    expect((await read(await write({ ...m, meta: { ...m.meta, organisation } }))).company).toBe(organisation);
  });
});
