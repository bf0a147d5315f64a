import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';
import type { Settlement } from '../../src/core/actuals/settlement/index.ts';
import { LedgerDecimal } from '../../src/core/ledger/decimal.ts';

const FILE = 'scenarios/guangzhou-actuals-2026.yaml';

/** Σ of numbers as exact decimals. */
const dsum = (xs: readonly number[]) => xs.reduce((a, x) => a.plus(x), new LedgerDecimal(0)).toNumber();
const value = (c: ExcelJS.CellValue): number => (typeof c === 'number' ? c : typeof c === 'object' && c !== null && 'result' in c ? Number(c.result) : NaN);

describe('townfisc settle (SPEC §10, §12)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'settle-'));

  it('prints the settlement JSON of SPEC §10 with the recovery of the litchi town advance', () => {
    const r = townfisc(['settle', FILE, '--year', '2026', '--format', 'json', '--out', '-']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Settlement;
    expect(s.year).toBe(2026);
    expect(s.scenario.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(s.scenario.actualsHash).toMatch(/^[0-9a-f]{64}$/);
    const litchi = s.towns.find((t) => t.id === 'zengcheng-litchi')!;
    expect(litchi.programs.find((p) => p.program === 'milestone')).toMatchObject({ payable: 0, advance: 500, difference: -500 });
    expect(Object.keys(s.totals).sort()).toEqual(['advance', 'claims', 'clawbackRecovered', 'difference', 'payable', 'pool', 'poolClaims', 'poolPaid', 'settled']);
  });

  it('gives the same bytes twice (determinism)', () => {
    const a = townfisc(['settle', FILE, '--year', '2026', '--format', 'md', '--out', '-', '--date', '2027-04-30']);
    const b = townfisc(['settle', FILE, '--year', '2026', '--format', 'md', '--out', '-', '--date', '2027-04-30']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('经办人 Prepared by');
    expect(a.stdout).toContain('市发展改革委（会签）');
    expect(a.stdout).toContain('预算指标文号');
  });

  it('writes an XLSX that foots: totals are the sums of the rows, 清算差额 = 应兑现 − 预拨 − 已清算 on every row', async () => {
    const out = join(dir, 'settle.xlsx');
    const r = townfisc(['settle', FILE, '--year', '2026', '--out', out, '--date', '2027-04-30']);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('清算明细 Payments')!;
    const header = Array.from(ws.getRow(3).values as unknown[], (v) => String(v ?? ''));
    const col = (zh: string) => header.findIndex((h) => h.startsWith(zh));
    const [claim, payable, advance, settled, diff, paid, netted] = ['应得奖补', '应兑现', '预拨已付', '已清算', '清算差额', '资金池兑付', '扣回抵扣'].map(col);
    expect([claim, payable, advance, settled, diff, paid, netted].every((c) => c! > 0)).toBe(true);
    const rows: number[] = [];
    for (let r = 5; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value).startsWith('合计')) break; else rows.push(r);
    const total = rows[rows.length - 1]! + 1;
    for (const c of [claim, payable, advance, settled, diff]) {
      expect(value(ws.getCell(total, c!).value)).toBe(dsum(rows.map((r) => value(ws.getCell(r, c!).value))));
      expect((ws.getCell(total, c!).value as { formula: string }).formula).toMatch(/^SUM\(/);
    }
    for (const r of rows) {
      const v = (c: number) => value(ws.getCell(r, c).value);
      expect(v(diff!)).toBe(dsum([v(payable!), -v(advance!), -v(settled!)]));
      expect(v(payable!)).toBe(dsum([v(paid!), -v(netted!)]));
    }
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.headerFooter.oddFooter).toContain('&N');
    for (const sheet of wb.worksheets) expect(sheet.headerFooter.oddFooter).toMatch(/scenario [0-9a-f]{16} · actuals [0-9a-f]{16}/);
  });

  it('refuses a year outside the horizon with exit 2 and writes nothing', () => {
    const out = join(dir, 'never.md');
    const r = townfisc(['settle', FILE, '--year', '2045', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside the horizon 2026–2040');
    expect(existsSync(out)).toBe(false);
  });

  it('lists every problem of a bad actuals file with its path, exit 2', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, `extends: ${join(process.cwd(), 'scenarios/guangzhou-baseline.yaml')}\nid: bad\nname: bad\nactuals:\n  towns:\n    - { town: huadu-jewlery, year: 2026 }\n  evaluations:\n    - { town: huadu-jewelry, year: 2050, grade: 良好 }\n`);
    const r = townfisc(['settle', bad, '--year', '2026', '--out', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('actuals.towns[0].town');
    expect(r.stderr).toContain('did you mean "huadu-jewelry"');
    expect(r.stderr).toContain('actuals.evaluations[0].year');
  });

  it('hides town-level tax in the public version', () => {
    const r = townfisc(['settle', FILE, '--year', '2026', '--format', 'json', '--out', '-', '--public']);
    const s = JSON.parse(r.stdout) as Settlement;
    expect(s.public).toBe(true);
    const tax = s.towns.flatMap((t) => t.programs.flatMap((p) => p.chain.kpis.filter((k) => k.kpi === 'tax')));
    expect(tax.length).toBeGreaterThan(0);
    expect(tax.every((k) => k.actual === null && k.target === null)).toBe(true);
    expect(s.districts.find((d) => d.id === 'huadu')!.tax).toEqual({ actual: 128300, target: 125000 });
  });
});
