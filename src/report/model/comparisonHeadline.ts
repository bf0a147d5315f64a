/**
 * The one-line headline of a side-by-side report (issue #18 "Side by side"): for each
 * scenario after the reference, what it changes on the figures a budget office reads
 * first — fiscal cost, rewards paid, peak PPP share, peak broad debt ratio, worst tier,
 * breaches and warnings — read from the comparison table's displayed values and deltas, so
 * the headline repeats the table, money in the report's unit (万元 or 亿元, SPEC §1) as the
 * table shows it. Unchanged figures are left out.
 */
import { LedgerDecimal } from '../../core/ledger/decimal.ts';
import { cellText } from '../format/cellText.ts';
import { moneyLabel } from '../format/units.ts';
import { unitDecimals } from './round.ts';
import type { Cell, Label, MoneyUnit, Table } from './types.ts';

/** The comparison rows the headline reads, in order. */
export const HEADLINE_KEYS = ['fiscalCostTotal', 'rewardsTotal', 'peakPppShare', 'peakBroadRatio', 'worstTier', 'breaches', 'warnings'] as const;

const num = (c: Cell | undefined): number | null => (typeof c === 'number' ? c : null);

/** `+1,234.50` / `−0.25`: a signed amount at the unit's display precision in the shown money unit (a minus sign, not a hyphen). */
function signed(v: number, unit: 'wan' | 'count', decimals: number, money: MoneyUnit): string {
  const text = cellText(Math.abs(v), unit, decimals, { money });
  return `${v < 0 ? '−' : '+'}${text}`;
}

/** A delta of a share in percentage points at the tables' precision (`unitDecimals('pp')`, at least 2 decimals of a percent): `+0.50 个百分点`. */
function points(v: number, decimals: number): Label {
  const p = new LedgerDecimal(Math.abs(v)).times(100).toFixed((unitDecimals('pp', decimals) ?? 4) - 2);
  const s = v < 0 ? '−' : '+';
  return { zh: `${s}${p} 个百分点`, en: `${s}${p} percentage points` };
}

/** A label cell as it is, any other cell as the same text in both languages. */
function asLabel(v: Cell): Label {
  return typeof v === 'object' && v !== null ? v : { zh: String(v), en: String(v) };
}

/** One sentence per scenario after the first; `decimals` of 万元 (the model's grid), money shown in `money`. */
export function comparisonHeadline(t: Table, names: readonly { readonly id: string; readonly name: string }[], decimals: number, money: MoneyUnit): Label[] {
  const unit = moneyLabel(money); // 万元 / 亿元 in both editions, as the tables' captions
  const col = (key: string) => t.columns.findIndex((c) => c.key === key);
  const ref = names[0];
  return names.slice(1).map((s) => {
    const parts: Label[] = [];
    for (const key of HEADLINE_KEYS) {
      const row = t.rows.find((r) => r.metric === key);
      if (!row) continue;
      const what = asLabel(row.cells[0] ?? key);
      const d = row.cells[col(`delta:${s.id}`)];
      if (key === 'worstTier') {
        const a = row.cells[col(ref?.id ?? '')], b = row.cells[col(s.id)];
        const la = asLabel(a ?? '—'), lb = asLabel(b ?? '—');
        if (d !== null && d !== undefined && la.zh !== lb.zh) parts.push({ zh: `${what.zh} ${la.zh}→${lb.zh}`, en: `${what.en} ${la.en} → ${lb.en}` });
        continue;
      }
      const delta = num(d);
      if (delta === null || delta === 0) continue;
      if (row.unit === 'share') {
        const p = points(delta, decimals);
        parts.push({ zh: `${what.zh} ${p.zh}`, en: `${what.en} ${p.en}` });
      } else if (row.unit === 'count') {
        parts.push({ zh: `${what.zh} ${signed(delta, 'count', decimals, money)} 条`, en: `${what.en} ${signed(delta, 'count', decimals, money)}` });
      } else {
        const pct = num(row.cells[col(`deltaPct:${s.id}`)]);
        const rel = pct === null ? '' : `（${pct < 0 ? '−' : '+'}${cellText(Math.abs(pct), 'share', decimals)}）`;
        parts.push({ zh: `${what.zh} ${signed(delta, 'wan', decimals, money)} ${unit.zh}${rel}`, en: `${what.en} ${signed(delta, 'wan', decimals, money)} ${unit.zh}${rel.replace('（', ' (').replace('）', ')')}` });
      }
    }
    if (parts.length === 0) return { zh: `${s.name}与参照情景${ref?.name ?? ''}相比，主要指标无变化。`, en: `${s.name} leaves the main figures of ${ref?.name ?? ''} unchanged.` };
    return { zh: `${s.name}相比参照情景${ref?.name ?? ''}：${parts.map((p) => p.zh).join('，')}。`, en: `${s.name} against ${ref?.name ?? ''}: ${parts.map((p) => p.en).join(', ')}.` };
  });
}
