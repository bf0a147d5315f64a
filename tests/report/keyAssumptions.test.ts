/**
 * 主要假设 (issue #18 "Assumptions as a table"): a label/value/unit/source table with the
 * rule lines in force in every format; the raw parameter dump only in XLSX and CSV.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../src/report/csv/buildCsv.ts';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { buildMarkdown } from '../../src/report/markdown/buildMarkdown.ts';
import { buildXlsx } from '../../src/report/xlsx/buildXlsx.ts';
import { ruleDef } from '../../src/core/rules/inForce.ts';
import { officialText } from '../../src/report/model/sections/keyAssumptions.ts';
import type { ReportModel, Table } from '../../src/report/model/types.ts';
import { BASELINE, model, run } from './support.ts';

const tableOf = (m: ReportModel, id: string): Table => {
  const t = m.sections[0]!.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
/** A path only the raw dump prints (a town's nested input) and its column header. */
const DUMP_MARKS = ['参数路径', 'towns[0].'];
/** A cell's Chinese text (labels are `{zh, en}` cells since the editions). */
const zhOf = (v: unknown): string => (typeof v === 'object' && v !== null && 'zh' in v ? String((v as { zh: string }).zh) : String(v));

describe('主要假设 key assumptions', () => {
  it('has one row per rule line in force, value as in the result\'s thresholds, label and document from the rule table', async () => {
    const { result, scenario } = await run(BASELINE);
    const m = await model([BASELINE]);
    const t = tableOf(m, 'key-assumptions');
    expect(t.columns.map((c) => c.label.zh)).toEqual(['项目', '取值', '单位', '来源']);
    const lines = result.thresholds.filter((x) => x.value !== null);
    for (const line of lines) {
      const metric = line.param ? `${line.rule}.${line.param}` : line.rule;
      const rows = t.rows.filter((r) => r.metric === metric && zhOf(r.cells[0]).includes(line.subjectKind === 'city' ? '市级' : ''));
      expect(rows.length, metric).toBeGreaterThan(0);
      const row = rows.find((r) => r.cells[1] === line.value);
      expect(row, `${metric} = ${line.value}`).toBeDefined();
      expect(zhOf(row!.cells[0])).toContain(ruleDef(line.rule).label.zh);
      // the source is the version's document number, without "secondary" notes
      expect(zhOf(row!.cells[3])).not.toMatch(/secondary|二手/);
    }
    expect(t.rows.filter((r) => r.metric?.includes('.') !== false && ruleIdLike(r.metric ?? '')).length).toBe(lines.length);
    // the scenario's own inputs: the fail line and the curve as the scenario gives them
    const fail = t.rows.find((r) => r.metric === 'rewards.failBelow');
    expect(fail?.cells[1]).toBe(scenario.rewards.failBelow);
    // debt-ratio tier edges in percent, as the tables show debt ratios: 1.2 is shown as a share (120.00%)
    expect(t.rows.find((r) => r.metric === 'district.tier-broad.yellow')?.unit).toBe('share');
  });

  it('drops "secondary" notes from a source', () => {
    expect(officialText('财预〔2017〕89号；通行做法 1.2倍 (secondary)；国办发〔2024〕52号')).toBe('财预〔2017〕89号；通行做法 1.2倍；国办发〔2024〕52号');
    expect(officialText('财政部（2020年办法，公开部分，secondary）')).toBe('财政部（2020年办法，公开部分）');
  });

  it('is in HTML and Markdown; the raw dump is not', async () => {
    const m = await model([BASELINE]);
    const html = buildHtml(m);
    const md = buildMarkdown(m);
    for (const text of [html, md]) {
      expect(text).toContain('主要假设');
      for (const mark of DUMP_MARKS) expect(text).not.toContain(mark);
    }
  });

  it('is in XLSX and CSV, and so is the raw dump', async () => {
    const m = await model([BASELINE]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await buildXlsx(m)) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('主要假设');
    expect(names).toContain('假设');
    const csv = new TextDecoder().decode(buildCsv(m));
    expect(csv).toContain('key-assumptions.rewards.failBelow');
    expect(csv).toMatch(/assumptions\.towns\[0\]\./);
  });
});

function ruleIdLike(metric: string): boolean {
  return /^(ppp|fund|town|district|bond|reward)\./.test(metric);
}
