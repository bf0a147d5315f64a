/**
 * Which limits a report lists row by row (issue #12): by default only those at warning or
 * breach, with the summary, the limit counts and the limit sheet saying how many were
 * evaluated and where the full list is; `limits: 'all'` lists every one.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/model/buildReport.ts';
import type { Table } from '../../src/report/model/types.ts';
import { BASELINE, run } from './support.ts';

async function tables(limits?: 'all' | 'findings'): Promise<{ byId: (id: string) => Table; evaluated: number; flagged: number }> {
  const r = await run(BASELINE);
  const m = buildReport([r], { generatedAt: '2026-11-26', ...(limits ? { limits } : {}) });
  const byId = (id: string): Table => {
    const t = m.sections[0]?.tables.find((x) => x.id === id);
    if (!t) throw new Error(`no table ${id}`);
    return t;
  };
  return { byId, evaluated: r.result.limits.length, flagged: r.result.limits.filter((l) => l.level !== 'ok').length };
}

describe('report limit rows', () => {
  it('by default lists only the rows at warning or breach, and says where the rest are', async () => {
    const { byId, evaluated, flagged } = await tables();
    const limits = byId('limits');
    expect(flagged).toBeGreaterThan(0); // the baseline's documented warnings
    expect(limits.rows).toHaveLength(flagged);
    expect(limits.rows.every((row) => !String(row.cells[6]).startsWith('正常'))).toBe(true);
    expect(limits.title.en).toBe('Limits at warning or breach');
    for (const id of ['summary', 'limits-summary', 'limits']) {
      expect(byId(id).note?.zh).toContain(`共检查 ${evaluated} 条限额`);
      expect(byId(id).note?.en).toMatch(/townfisc report --limits all/);
    }
  });

  it('the counts per rule stay complete: they add up to every limit evaluated', async () => {
    const { byId, evaluated } = await tables();
    const t = byId('limits-summary');
    expect(t.total?.[2]).toBe(evaluated); // columns: rule, rule name, evaluated, …
  });

  it('limits: all lists every evaluated limit', async () => {
    const { byId, evaluated } = await tables('all');
    expect(byId('limits').rows).toHaveLength(evaluated);
    expect(byId('limits').title.en).toBe('Every limit evaluated');
    // the note goes on to say where the formulas are (issue #18)
    expect(byId('summary').note?.en.startsWith(`All ${evaluated} evaluated limits are listed in the table "Every limit evaluated". `)).toBe(true);
  });
});
