/**
 * One figure, one value (issue #18): each named quantity of a report — total rewards,
 * fiscal cost, PPP obligations, every town's rewards, the city's obligations of every
 * year — shows the same value in every table of the model and in every format a reader
 * gets: the summary, the tables, the Markdown and HTML text, the CSV, the XLSX cached
 * values and the text of the printed PDF. Another rounding of the same figure (the
 * 1,060,308.16 / .17 / .29 of the summary, towns and rewards tables before) fails.
 */
import { describe, expect, it } from 'vitest';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { buildMarkdown } from '../../src/report/markdown/buildMarkdown.ts';
import { csvText } from '../../src/report/csv/buildCsv.ts';
import { buildXlsx } from '../../src/report/xlsx/buildXlsx.ts';
import { buildXlsxStreamed } from '../../src/report/xlsx/buildXlsxStreamed.ts';
import { chartJsSource } from '../../src/report/chartJsSource.ts';
import { printPdf } from '../../src/report/pdf/printPdf.ts';
import type { ReportModel, ScenarioSection, Table } from '../../src/report/model/types.ts';
import { chromiumPath, skipBrowserTests } from '../support/chromium.ts';
import { hasPdftotext, htmlText, nearMisses, pdfText, shownNumbers, xlsxNumbers } from './formatText.ts';
import { BASELINE, exactSum, model, NORTH } from './support.ts';

interface Quantity {
  readonly name: string;
  /** Every place the model shows it. */
  readonly shown: readonly (number | null)[];
}

const table = (s: ScenarioSection, id: string): Table => {
  const t = s.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};
const col = (t: Table, key: string) => t.columns.findIndex((c) => c.key === key);
const totalOf = (t: Table, key: string) => t.total?.[col(t, key)] as number;
const summaryOf = (s: ScenarioSection, metric: string) => table(s, 'summary').rows.find((r) => r.metric === metric)?.cells[1] as number;

/** The named quantities of one scenario's section, with every place the model shows each. */
function quantities(s: ScenarioSection): Quantity[] {
  const city = table(s, 'city');
  const towns = table(s, 'towns');
  const rewards = table(s, 'town-rewards');
  const caicheng = table(s, 'caicheng-city');
  const ppp = table(s, 'ppp-obligations');
  const projects = table(s, 'ppp-projects');
  const rewardsTotalCol = col(rewards, 'total');
  const q: Quantity[] = [
    { name: `${s.scenario.id} rewards paid, total`, shown: [summaryOf(s, 'rewardsTotal'), totalOf(city, 'rewardsPaid'), totalOf(towns, 'rewardsPaid'), totalOf(rewards, 'total')] },
    { name: `${s.scenario.id} fiscal cost, total`, shown: [summaryOf(s, 'fiscalCostTotal'), totalOf(city, 'fiscalCost')] },
    { name: `${s.scenario.id} town PPP obligations, total`, shown: [summaryOf(s, 'pppObligationsTotal'), totalOf(ppp, 'total'), totalOf(projects, 'obligations'), totalOf(city, 'townPppObligations')] },
    { name: `${s.scenario.id} city PPP obligations, total`, shown: [summaryOf(s, 'pppObligationsWithExisting'), totalOf(city, 'pppObligations'), totalOf(caicheng, 'obligations')] },
  ];
  for (const r of towns.rows) {
    const id = r.cells[col(towns, 'id')] as string;
    const own = rewards.rows.filter((x) => x.cells[col(rewards, 'townId')] === id).map((x) => x.cells[rewardsTotalCol] as number);
    q.push({ name: `${s.scenario.id} rewards of ${id}`, shown: [r.cells[col(towns, 'rewardsPaid')] as number, Number(exactSum(own))] });
  }
  city.rows.forEach((r, i) => {
    q.push({ name: `${s.scenario.id} city PPP obligations ${r.year}`, shown: [r.cells[col(city, 'pppObligations')] as number, caicheng.rows[i]!.cells[col(caicheng, 'obligations')] as number] });
    const year = rewards.columns.findIndex((c) => c.year === r.year);
    q.push({ name: `${s.scenario.id} rewards paid ${r.year}`, shown: [r.cells[col(city, 'rewardsPaid')] as number, rewards.total?.[year] as number] });
  });
  return q;
}

function allQuantities(m: ReportModel): Quantity[] {
  return m.sections.flatMap(quantities);
}

/** Each quantity has one value in the model; returns them. */
function oneValueInModel(m: ReportModel): Array<{ name: string; value: number }> {
  return allQuantities(m).map((q) => {
    const values = [...new Set(q.shown)];
    expect(values, q.name).toHaveLength(1);
    expect(typeof values[0], q.name).toBe('number');
    return { name: q.name, value: values[0] as number };
  });
}

/** In a format: no other rounding of any quantity; `present`: every quantity above 1 万元 is shown. */
function oneValueIn(format: string, shown: readonly number[], values: ReadonlyArray<{ name: string; value: number }>, present: boolean): void {
  const set = new Set(shown.map((x) => Math.round(x * 100)));
  for (const { name, value } of values) {
    if (Math.abs(value) < 1) continue;
    expect(nearMisses(shown, value), `${format}: ${name} = ${value}`).toEqual([]);
    if (present) expect(set.has(Math.round(value * 100)), `${format} shows ${name} = ${value}`).toBe(true);
  }
}

const cases: ReadonlyArray<[string, readonly string[]]> = [['the baseline', [BASELINE]], ['a two-scenario report', [BASELINE, NORTH]]];

describe.each(cases)('one figure, one value: %s', (_, files) => {
  it('every table of the model shows each named quantity with one value (the rounded rows foot to every total)', async () => {
    const m = await model(files);
    const values = oneValueInModel(m);
    // 1,060,308.29 = the sum of the 39 displayed town × program × year rows of the baseline
    expect(values.find((v) => v.name === 'guangzhou-baseline rewards paid, total')?.value).toBe(1060308.29);
  });

  it('Markdown, HTML, CSV and both XLSX writers show the same values', async () => {
    const m = await model(files);
    const values = oneValueInModel(m);
    oneValueIn('md', shownNumbers(buildMarkdown(m)), values, true);
    oneValueIn('html', shownNumbers(htmlText(buildHtml(m))), values, true);
    // the long CSV holds the finest rows, not the totals: nothing else may appear
    oneValueIn('csv', shownNumbers(csvText(m)), values, false);
    oneValueIn('xlsx', await xlsxNumbers(await buildXlsx(m)), values, true);
    oneValueIn('xlsx streamed', await xlsxNumbers(await buildXlsxStreamed(m)), values, true);
  }, 60_000);

  it.skipIf(skipBrowserTests() || !hasPdftotext)('the printed PDF shows the same values', async () => {
    const m = await model(files);
    const values = oneValueInModel(m);
    const pdf = await printPdf(buildHtml(m, { chartJs: chartJsSource() }), { footer: 'one value', executablePath: chromiumPath ?? undefined });
    oneValueIn('pdf', shownNumbers(pdfText(pdf)), values, true);
  }, 120_000);
});
