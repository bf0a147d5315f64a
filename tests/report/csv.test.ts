/**
 * The long CSV (issue #7): BOM + UTF-8, one record per displayed value, identification
 * records, totals that foot over subjects and over years, and no text field a
 * spreadsheet would run as a formula (SPEC §9).
 */
import { describe, expect, it } from 'vitest';
import { buildCsv, CSV_HEADER } from '../../src/report/csv/buildCsv.ts';
import { parseCsv } from './csvParse.ts';
import { BASELINE, exactSum, exact, model, NORTH, REWARDS } from './support.ts';

async function csvOf(files: string[]) {
  const bytes = buildCsv(await model(files));
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { bytes, rows: parseCsv(text.slice(1)) };
}

describe('CSV report', () => {
  it('starts with a UTF-8 BOM and the bilingual header, and carries name, hash, engine and date', async () => {
    const { bytes, rows } = await csvOf([BASELINE]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const meta = Object.fromEntries(rows.filter((r) => r[3]?.startsWith('meta.')).map((r) => [r[3], r[5]]));
    expect(meta['meta.hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(meta['meta.name']).toBe('广州特色小镇基准情景（示意数据）');
    expect(meta['meta.engineVersion']).toBe('0.1.0');
    expect(meta['meta.generatedAt']).toBe('2026-11-26');
    expect(rows.every((r) => r.length === 6)).toBe(true);
  });

  it('totals foot: a `total` id is the sum over subjects, a `total` year the sum over years', async () => {
    const { rows } = await csvOf([REWARDS]);
    const data = rows.slice(1).filter((r) => /^-?\d+(\.\d+)?$/.test(r[5] ?? ''));
    let checked = 0;
    for (const t of data.filter((r) => r[2] === 'total' || r[4] === 'total')) {
      const [scenario, kind, id, metric, year, value] = t;
      // same table and column; every subject (id `total`) or the same one; every year (year `total`) or the same one
      const [prefix = '', ...rest] = metric!.split('.');
      const suffix = rest.length > 0 ? `.${rest.join('.')}` : '';
      const parts = data.filter((r) => r[0] === scenario && r[1] === kind && r[2] !== 'total' && r[4] !== 'total'
        && r[3]!.split('.')[0] === prefix && r[3]!.endsWith(suffix)
        && (id === 'total' || r[2] === id) && (year === 'total' ? r[4] !== '' : r[4] === year));
      expect(parts.length, `${metric} ${year}`).toBeGreaterThan(0);
      expect(exactSum(parts.map((r) => Number(r[5]))), `${metric} ${id} ${year}`).toBe(exact(Number(value)));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('shows amounts at display precision: two decimals of 万元 by default', async () => {
    const { rows } = await csvOf([BASELINE]);
    const fiscal = rows.find((r) => r[3] === 'city.fiscalCost' && r[4] === '2026')!;
    expect(fiscal[5]).toMatch(/^\d+\.\d{2}$/);
  });

  it('neutralises a town named =HYPERLINK(…) and leaves no field that would run as a formula', async () => {
    const { rows } = await csvOf([REWARDS]);
    const cells = rows.flat();
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    const numeric = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !numeric.test(c))).toEqual([]);
  });

  it('several scenarios: both appear, and the comparison rows carry scenario `comparison`', async () => {
    const { rows } = await csvOf([BASELINE, NORTH]);
    const scenarios = new Set(rows.slice(1).map((r) => r[0]));
    expect([...scenarios]).toEqual(['guangzhou-baseline', 'guangzhou-north-growth', 'comparison']);
  });

  it('the same model gives the same bytes', async () => {
    const a = await csvOf([BASELINE]);
    const b = await csvOf([BASELINE]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
