/** The district tables of the report (SPEC §6): legal and broad tiers side by side, debt by type, read from the result. */
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/report/model/types.ts';
import { BASELINE, model } from './support.ts';

async function tables(): Promise<{ districts: Table; byType: Table }> {
  const m = await model([BASELINE]);
  const all = m.sections[0]?.tables ?? [];
  const districts = all.find((t) => t.id === 'districts');
  const byType = all.find((t) => t.id === 'districts-by-type');
  if (!districts || !byType) throw new Error('district tables missing');
  return { districts, byType };
}

const cell = (t: Table, district: string, year: number, key: string) =>
  t.rows.find((r) => r.subject?.id === district && r.year === year)?.cells[t.columns.findIndex((c) => c.key === key)];

describe('report: districts', () => {
  it('shows the legal tier (official) next to the legal ratio and the broad tier (practice line) next to the broad ratio', async () => {
    const { districts: t } = await tables();
    const keys = t.columns.map((c) => c.key);
    expect(keys.slice(5, 11)).toEqual(['legalRatio', 'tier', 'broadRatio', 'tierBroad', 'compositeRatio', 'onWarning']);
    const label = (key: string) => t.columns.find((c) => c.key === key)?.label;
    expect(label('tier')).toEqual({ zh: '法定债务率风险等级（官方）', en: 'Legal debt-ratio tier (official)' });
    expect(label('tierBroad')).toEqual({ zh: '宽口径债务率风险等级（实践口径）', en: 'Broad debt-ratio tier (practice line)' });
    // each tier rule's edges from the result's thresholds, in the legend's words (SPEC §1 half-open intervals)
    // since issue #18 the note states each ratio's formula, parts and documents, the edges in percent as the tables show ratios
    expect(t.note?.zh).toMatch(/法定债务率 = 法定债务余额（一般债务 \+ 专项债务）÷ 综合财力；风险等级 绿 <120%、黄 \[120%, 200%\)、橙 \[200%, 300%\)、红 ≥300%.*宽口径债务率 = （法定债务 \+ 隐性债务）÷ 综合财力；实践口径分档 绿 <120%、黄 \[120%, 200%\)、橙 \[200%, 300%\)、红 ≥300%，仅作预警/);
  });
  it('reads debt by type, capacity by parts and swaps from the result (— where the scenario does not give them)', async () => {
    const { byType: t } = await tables();
    expect(cell(t, 'conghua', 2026, 'swapped')).toBe(40000);
    expect(cell(t, 'conghua', 2027, 'interestSaved')).toBe(1060); // 40,000 × (4.8% − 2.15%)
    expect(cell(t, 'zengcheng', 2026, 'land')).toBe(1140000); // 3,800,000 × 0.3
    expect(cell(t, 'huadu', 2026, 'generalLimit')).toBeNull();
    expect(cell(t, 'huadu', 2026, 'generalRatio')).toBeNull();
  });
});

describe('report: summary', () => {
  it('lists the legal (official) and broad (practice line) peaks and worst tiers side by side', async () => {
    const m = await model([BASELINE]);
    const rows = m.sections[0]?.tables.find((t) => t.id === 'summary')?.rows ?? [];
    const labels = rows.map((r) => r.cells[0]);
    const at = labels.findIndex((l) => typeof l === 'object' && l !== null && l.zh === '法定债务率峰值（官方）');
    expect(labels.slice(at, at + 4)).toEqual([
      { zh: '法定债务率峰值（官方）', en: 'Peak legal debt ratio (official)' }, { zh: '最差法定债务率等级（官方）', en: 'Worst legal-ratio tier (official)' },
      { zh: '宽口径债务率峰值（实践口径）', en: 'Peak broad debt ratio (practice line)' }, { zh: '最差宽口径债务率等级（实践口径）', en: 'Worst broad-ratio tier (practice line)' },
    ]);
  });
});
