/**
 * An auditor traces two figures from the report's own cells (issue #18), without the
 * engine: one town's 2028 reward from the 奖补测算明细 rows (base × m × factors, the pool's
 * proration, the curve in the assumptions table), and one district's 2030 broad debt
 * ratio from its legal debt, hidden debt and 综合财力 in the same row. Only the report
 * model's displayed cells are read — what every format prints.
 */
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../src/report/model/types.ts';
import { exactSum, model, BASELINE } from './support.ts';

const TOWN = 'conghua-hot-spring';

function tableOf(tables: readonly Table[], id: string): Table {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}
/** A row's cell by column key. */
const cell = (t: Table, cells: readonly Cell[], key: string): Cell => cells[t.columns.findIndex((c) => c.key === key)] ?? null;
const num = (t: Table, cells: readonly Cell[], key: string): number => {
  const v = cell(t, cells, key);
  if (typeof v !== 'number') throw new Error(`${t.id}.${key} is not a number: ${String(v)}`);
  return v;
};

/** m = f(A) on the piecewise-linear curve of the assumptions table (`rewards.curve.points[k].A/m`), flat beyond the ends. */
function curveFromAssumptions(assumptions: Table, A: number): number {
  const value = (path: string) => assumptions.rows.find((r) => r.cells[0] === path)?.cells[1];
  const pts: Array<{ A: number; m: number }> = [];
  for (let k = 0; typeof value(`rewards.curve.points[${k}].A`) === 'number'; k++) {
    pts.push({ A: value(`rewards.curve.points[${k}].A`) as number, m: value(`rewards.curve.points[${k}].m`) as number });
  }
  expect(pts.length).toBeGreaterThan(1);
  if (A <= pts[0]!.A) return pts[0]!.m;
  for (let k = 1; k < pts.length; k++) {
    const [p, q] = [pts[k - 1]!, pts[k]!];
    if (A <= q.A) return p.m + ((A - p.A) * (q.m - p.m)) / (q.A - p.A);
  }
  return pts[pts.length - 1]!.m;
}

describe('an auditor recomputes figures from the report\'s own rows', () => {
  it(`${TOWN}'s 2028 reward: the detail rows multiply out to the payments, which add up to the rewards table`, async () => {
    const tables = (await model([BASELINE])).sections[0]!.tables;
    const rewards = tableOf(tables, 'town-rewards');
    const detail = tableOf(tables, 'reward-detail');
    const pool = tableOf(tables, 'reward-pool');
    const assumptions = tableOf(tables, 'assumptions');
    const y2028 = rewards.columns.findIndex((c) => c.year === 2028);
    // the figure: the town's 2028 column of the rewards table, summed over its program rows
    const reward = exactSum(rewards.rows.filter((r) => r.cells[0] === TOWN).map((r) => r.cells[y2028] as number));
    const rows = detail.rows.filter((r) => r.cells[0] === TOWN && r.year === 2028).map((r) => r.cells);
    expect(rows.length).toBeGreaterThan(0);
    // 1. the detail's payments of the year add up to it
    expect(exactSum(rows.map((c) => num(detail, c, 'paid')))).toBe(reward);
    // 2. the milestone claim: base × m × stage × region × rectify, with m = f(A) read off the assumptions' curve
    const ms = rows.find((c) => cell(detail, c, 'programId') === 'milestone')!;
    const A = num(detail, ms, 'achievement');
    const m = num(detail, ms, 'curve');
    expect(Math.abs(curveFromAssumptions(assumptions, A) - m)).toBeLessThanOrEqual(5e-7);
    const claim = num(detail, ms, 'base') * m * num(detail, ms, 'stageFactor') * num(detail, ms, 'regionFactor') * num(detail, ms, 'rectifyFactor');
    // e.g. 4,000 × 0.98 × 1 × 1.2 × 1 = 4,704.00 (A = 0.992 on the segment 0.6 → 0, 1 → 1: m = 0.392 / 0.4)
    expect(Math.abs(claim - num(detail, ms, 'claim'))).toBeLessThanOrEqual(0.005);
    expect(Math.abs(claim - num(detail, ms, 'claimed'))).toBeLessThanOrEqual(0.01);
    // 3. paid = claimed × the year's proration, which is the pool table's paid ÷ claims of 2028
    const pr = pool.rows.find((r) => r.year === 2028)!.cells;
    const proration = num(pool, pr, 'claims') === 0 ? 1 : num(pool, pr, 'paid') / num(pool, pr, 'claims');
    expect(Math.abs(num(detail, ms, 'proration') - proration)).toBeLessThanOrEqual(1e-5);
    expect(Math.abs(num(detail, ms, 'claimed') * num(detail, ms, 'proration') - num(detail, ms, 'paid'))).toBeLessThanOrEqual(0.01);
  });

  it('a district\'s 2030 broad ratio: (legal debt + hidden debt) ÷ 综合财力 of the same row', async () => {
    const tables = (await model([BASELINE])).sections[0]!.tables;
    const d = tableOf(tables, 'districts');
    const row = d.rows.find((r) => r.subject?.id === 'conghua' && r.year === 2030)!.cells;
    const ratio = (num(d, row, 'legalDebt') + num(d, row, 'hiddenDebt')) / num(d, row, 'capacity');
    // debt ratios are percentages (issue #18: 90.57%, not 0.91): four decimals of the fraction
    expect(num(d, row, 'broadRatio')).toBe(Number(ratio.toFixed(4)));
    expect(num(d, row, 'legalRatio')).toBe(Number((num(d, row, 'legalDebt') / num(d, row, 'capacity')).toFixed(4)));
  });
});
