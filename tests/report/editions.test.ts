/**
 * Report editions and units (issue #18 "Wording, units, print"), read from the produced
 * files: the Chinese edition of the baseline shows no enum code (theme, mechanism, budget,
 * tier, level, status, subject kind, stage, program kind) outside id columns, no rule id
 * outside the rule-id column and no modellers' notes (SPEC, secondary, 二手资料) — in
 * Markdown, HTML, PDF text and every XLSX cell and sheet name; the English edition is in
 * English and shows the same numbers; a report in 亿元 shows every money cell in 亿元 at 4
 * decimals and still foots, with its XLSX formats, cached values and formulas following.
 */
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { labelledEnumValues } from '../../src/core/labels/enumLabels.ts';
import { RULES } from '../../src/core/rules/table.ts';
import { chartJsSource } from '../../src/report/chartJsSource.ts';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { buildMarkdown } from '../../src/report/markdown/buildMarkdown.ts';
import { buildReport } from '../../src/report/model/buildReport.ts';
import { isIdColumn, TOTAL_LABEL } from '../../src/report/model/table.ts';
import type { ReportModel } from '../../src/report/model/types.ts';
import { printPdf } from '../../src/report/pdf/printPdf.ts';
import { buildXlsx } from '../../src/report/xlsx/buildXlsx.ts';
import { buildXlsxStreamed } from '../../src/report/xlsx/buildXlsxStreamed.ts';
import { HEADER_ROW, FIRST_DATA_ROW } from '../../src/report/xlsx/tableSheet.ts';
import { chromiumPath, skipBrowserTests } from '../support/chromium.ts';
import { hasPdftotext, htmlText, pdfText, shownNumbers, xlsxNumbers } from './formatText.ts';
import { BASELINE, exactSum, model, NORTH, run } from './support.ts';
import { cached, read, recalc, shownDecimals } from './xlsxRead.ts';

const RULE_IDS = RULES.map((r) => r.id);
/** Every code a reader must not meet in the Chinese edition: enum values and rule ids. */
const CODES = [...new Set([...labelledEnumValues(), ...RULE_IDS])].sort((a, b) => b.length - a.length);
const CODE_RE = new RegExp(`(?<![A-Za-z0-9_.\\-])(${CODES.map((c) => c.replace(/[.\\-]/g, (x) => `\\${x}`)).join('|')})(?![A-Za-z0-9_\\-]|\\.[A-Za-z0-9])`, 'g');
const NOTES = ['SPEC', 'secondary', '二手资料'];

/** The ids a report may show (id columns) and the scenario's own words (its id, name, description): removed before scanning prose. */
function idValues(m: ReportModel, userText: readonly string[] = []): string[] {
  const ids = new Set<string>(userText);
  for (const s of m.sections) {
    ids.add(s.scenario.id);
    for (const t of s.tables) {
      t.columns.forEach((c, i) => {
        if (!isIdColumn(c)) return;
        for (const r of t.rows) { const v = r.cells[i]; if (typeof v === 'string' && v !== '') ids.add(v); }
      });
    }
  }
  return [...ids].sort((a, b) => b.length - a.length);
}

/** The codes and notes `text` shows once the ids are taken out, with a little context each. */
function codesIn(text: string, ids: readonly string[]): string[] {
  let t = text;
  for (const id of ids) t = t.split(id).join(' ');
  const found = [...t.matchAll(CODE_RE)].map((x) => `${x[1]} … ${t.slice(Math.max(0, (x.index ?? 0) - 30), (x.index ?? 0) + 30).replace(/\s+/g, ' ')}`);
  for (const n of NOTES) if (t.includes(n)) found.push(`${n} … ${t.slice(t.indexOf(n) - 30, t.indexOf(n) + 30)}`);
  return found;
}

/** The text of every cell of a workbook outside id columns (the header line names them), and every sheet name. */
function xlsxProse(wb: ExcelJS.Workbook, idHeaders: ReadonlySet<string>): string {
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(ws.name);
    const idCols = new Set<number>();
    ws.getRow(HEADER_ROW).eachCell((cell, col) => { if (idHeaders.has(String(cell.value))) idCols.add(col); });
    ws.eachRow((row, r) => row.eachCell((cell, col) => {
      if (r >= FIRST_DATA_ROW && idCols.has(col)) return;
      const v = cell.value;
      if (typeof v === 'string') out.push(v);
      else if (v !== null && typeof v === 'object' && 'text' in v) out.push(String(v.text));
    }));
  });
  return out.join('\n');
}

describe('the Chinese edition (default) of the baseline shows words, not codes', () => {
  let m: ReportModel;
  let ids: string[];
  beforeAll(async () => {
    m = await model([BASELINE]);
    const { scenario } = await run(BASELINE);
    ids = idValues(m, [scenario.description]);
  });

  it('the scan finds codes where they are (it is not vacuous)', () => {
    expect(codesIn('主题 tourism，级别 warning；规则 ppp.share.10', [])).toHaveLength(3);
    expect(codesIn('conghua-hot-spring 从化温泉养生小镇', ['conghua-hot-spring'])).toEqual([]);
  });

  it('Markdown', () => {
    expect(codesIn(buildMarkdown(m), ids)).toEqual([]);
  });

  it('HTML (the visible text)', () => {
    expect(codesIn(htmlText(buildHtml(m)), ids)).toEqual([]);
  });

  it('XLSX: every cell outside the id columns, and every sheet name', async () => {
    const idHeaders = new Set(m.sections.flatMap((s) => s.tables.flatMap((t) => t.columns.filter(isIdColumn).map((c) => c.label.zh))));
    const wb = await read(await buildXlsx(m));
    expect(codesIn(xlsxProse(wb, idHeaders), [m.sections[0]!.scenario.id, (await run(BASELINE)).scenario.description])).toEqual([]);
    // sheet names: Chinese words (PPP is the documents' own abbreviation)
    for (const ws of wb.worksheets) expect(ws.name.replace(/PPP/g, ''), ws.name).not.toMatch(/[A-Za-z]/);
  }, 60_000);

  it.skipIf(skipBrowserTests() || !hasPdftotext)('PDF text (Chromium, pdftotext)', async () => {
    const pdf = await printPdf(buildHtml(m, { chartJs: chartJsSource() }), { footer: 'editions', executablePath: chromiumPath ?? undefined });
    expect(codesIn(pdfText(pdf), ids)).toEqual([]);
  }, 120_000);
});

describe('the English edition (--lang en)', () => {
  let zh: ReportModel;
  let en: ReportModel;
  beforeAll(async () => {
    const runs = await Promise.all([run(BASELINE), run(NORTH)]);
    zh = buildReport(runs, { generatedAt: '2026-11-26' });
    en = buildReport(runs, { generatedAt: '2026-11-26', lang: 'en' });
  });

  it('headings, cover, labels and sheet names in English, no Chinese words of the report\'s own', async () => {
    const md = buildMarkdown(en);
    expect(md).toMatch(/^# Characteristic towns fiscal simulation: comparison report/);
    for (const s of ['- Prepared by (organisation): ', '## Main conclusions', '### Summary', 'Unit: 10,000 yuan (万元)', '| Metric | Value | Unit |']) expect(md).toContain(s);
    for (const s of ['编制单位', '主要结论', '摘要', '单位：', '合计', '指标']) expect(md).not.toContain(s);
    const wb = await read(await buildXlsx(en));
    expect(wb.worksheets.slice(0, 4).map((w) => w.name)).toEqual(['Report', 'Index', 'Comparison', 'By year']);
    expect(wb.worksheets.map((w) => w.name)).toContain('S1 Summary');
  }, 60_000);

  it('shows the same numbers as the Chinese edition: every numeric XLSX cell, every number in the Markdown', async () => {
    const [a, b] = await Promise.all([xlsxNumbers(await buildXlsx(zh)), xlsxNumbers(await buildXlsx(en))]);
    expect(a.length).toBeGreaterThan(5000);
    expect(b).toEqual(a);
    const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
    expect(sorted(shownNumbers(buildMarkdown(en)))).toEqual(sorted(shownNumbers(buildMarkdown(zh))));
  }, 60_000);
});

describe('a report in 亿元 (--unit yi, 4 decimals)', () => {
  let wan: ReportModel;
  let yi: ReportModel;
  beforeAll(async () => {
    const r = await run(BASELINE);
    wan = buildReport([r], { generatedAt: '2026-11-26' });
    yi = buildReport([r], { generatedAt: '2026-11-26', unit: 'yi' });
  });

  it('rounds once, on the 亿元 grid (whole 万元), and foots: the city table total is the exact sum of its rows', () => {
    const city = yi.sections[0]!.tables.find((t) => t.id === 'city')!;
    const k = city.columns.findIndex((c) => c.key === 'fiscalCost');
    const rows = city.rows.map((r) => r.cells[k] as number);
    for (const v of rows) expect(Number.isInteger(v), String(v)).toBe(true); // 万元 at 0 decimals = 亿元 at 4
    expect(String(city.total![k])).toBe(exactSum(rows));
    // the summary repeats the table's total; the 万元 edition differs only by rounding the finest rows coarser
    const summary = yi.sections[0]!.tables.find((t) => t.id === 'summary')!.rows.find((r) => r.metric === 'fiscalCostTotal')!;
    expect(summary.cells[1]).toBe(city.total![k]);
    const wanTotal = wan.sections[0]!.tables.find((t) => t.id === 'city')!.total![k] as number;
    expect(Math.abs((city.total![k] as number) - wanTotal)).toBeLessThan(0.5 * rows.length * 40);
  });

  it('Markdown: every money cell of the city table in 亿元 at 4 decimals, the caption 单位：亿元, shares still in percent', () => {
    const md = buildMarkdown(yi);
    const block = md.slice(md.indexOf('### 市级逐年财政成本'), md.indexOf('###', md.indexOf('### 市级逐年财政成本') + 5));
    expect(block).toContain('单位：亿元');
    const first = block.split('\n').find((l) => l.startsWith('| 2026 |'))!.split('|').map((c) => c.trim()).filter((c) => c !== '');
    // year, budget, rewards, clawback, town PPP, fund net, fiscal cost, city PPP: 4 decimals; the share in %; the multiple 2 decimals
    expect(first.slice(1, 8).every((c) => /^-?[\d,]+\.\d{4}$/.test(c)), first.join(' ')).toBe(true);
    expect(first[8]).toMatch(/^\d+\.\d{2}%$/);
    expect(first[9]).toMatch(/^\d+\.\d{2}$/);
    // the fiscal cost of 2026: 88,552 万元 (rounded to whole 万元) = 8.8552 亿元
    expect(first[6]).toBe('8.8552');
    expect(md).toContain('金额单位：亿元');
  });

  it.each([['in memory', buildXlsx], ['streamed', buildXlsxStreamed]] as const)('XLSX (%s): 亿元 formats, cached values shifted exactly, formulas that recalculate', async (_, write) => {
    const wb = await read(await write(yi));
    const ws = wb.getWorksheet('市级')!;
    expect(ws.getCell('B5').numFmt).toBe('#,##0.0000');
    expect(ws.getCell('B4').value).toBe('亿元');
    const city = yi.sections[0]!.tables.find((t) => t.id === 'city')!;
    city.rows.forEach((r, k) => r.cells.forEach((c, i) => {
      if (typeof c !== 'number' || city.columns[i]?.unit !== 'wan') return;
      expect(cached(ws, `${ws.getColumn(i + 1).letter}${5 + k}`)).toBe(Number((c / 10_000).toFixed(4)));
    }));
    let formulas = 0;
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value;
        if (v === null || typeof v !== 'object' || !('formula' in v) || typeof v.result !== 'number') return;
        formulas += 1;
        expect(Math.abs(recalc(sheet, String(v.formula)) - v.result), `${sheet.name}!${cell.address} ${v.formula}`).toBeLessThanOrEqual(0.5 * 10 ** -shownDecimals(cell.numFmt ?? '') + 1e-9);
      }));
    }
    expect(formulas).toBeGreaterThan(500);
    // a product of an input in 万元 and factors (the reward detail's claim) is divided into 亿元
    const detail = wb.getWorksheet('奖补测算明细')!;
    const claim = [...Array(detail.rowCount).keys()].map((i) => detail.getCell(`P${FIRST_DATA_ROW + i}`).value).find((v) => v !== null && typeof v === 'object' && 'formula' in v) as { formula: string } | undefined;
    expect(claim?.formula).toMatch(/\/10000$/);
  }, 60_000);

  it('the total row label and the money unit on the cover', () => {
    const md = buildMarkdown(yi);
    expect(md).toContain(`**${TOTAL_LABEL.zh}**`);
    expect(md.split('\n').slice(0, 8).join('\n')).toContain('- 金额单位：亿元');
  });
});

describe('limit rows name their units from the rule table', () => {
  it('a 10% ceiling finding: value and limit in percent (unit %), headroom in 万元, the subject by name in the message', async () => {
    const m = await model(['scenarios/guangzhou-ppp-overload.yaml']);
    const t = m.sections[0]!.tables.find((x) => x.id === 'findings')!;
    const col = (k: string) => t.columns.findIndex((c) => c.key === k);
    const row = t.rows.find((r) => r.cells[col('rule')] === 'ppp.share.10')!;
    expect(row.unit).toBe('share'); // RULES: ppp.share.10 unit share, headroomUnit wan
    expect([row.cells[col('unit')], row.cells[col('headroomUnit')]]).toEqual([{ zh: '%', en: '%' }, { zh: '万元', en: '10,000 yuan' }]);
    const message = row.cells[col('message')] as { zh: string; en: string };
    expect(message.zh).toMatch(/^PPP支出占比10%红线：区 从化区，2030年/);
    expect(message.en).not.toContain(' / ');
    const md = buildMarkdown(m);
    expect(md).not.toMatch(/区 conghua/);
  });
});
