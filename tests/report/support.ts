/** Runs of the report fixtures, simulated once per test file. */
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { simulate } from '../../src/core/simulate.ts';
import { buildReport, type ReportRun } from '../../src/report/model/buildReport.ts';
import type { ReportModel, Table } from '../../src/report/model/types.ts';
import { LedgerDecimal } from '../../src/core/ledger/decimal.ts';

export const BASELINE = 'scenarios/guangzhou-baseline.yaml';
export const NORTH = 'scenarios/guangzhou-north-growth.yaml';
export const REWARDS = 'tests/report/fixtures/rewards.yaml';

const cache = new Map<string, Promise<ReportRun>>();

export function run(file: string): Promise<ReportRun> {
  let p = cache.get(file);
  if (!p) {
    p = loadScenarioFile(file).then((r) => {
      if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues.slice(0, 3))}`);
      return { scenario: r.scenario, result: simulate(r.scenario, { hash: r.hash }) };
    });
    cache.set(file, p);
  }
  return p;
}

export async function model(files: readonly string[], decimals = 2): Promise<ReportModel> {
  return buildReport(await Promise.all(files.map(run)), { generatedAt: '2026-11-26', decimals });
}

/** Exact decimal sum, as a string (compare totals without float noise). */
export function exactSum(values: readonly number[]): string {
  return values.reduce((a, v) => a.plus(v), new LedgerDecimal(0)).toString();
}

export function exact(v: number): string {
  return new LedgerDecimal(v).toString();
}

/** Numbers of column `i` over the rows of `t`. */
export function columnNumbers(t: Table, i: number): number[] {
  return t.rows.map((r) => r.cells[i]).filter((c): c is number => typeof c === 'number');
}
