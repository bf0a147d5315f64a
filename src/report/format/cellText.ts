/**
 * A displayed cell as text (HTML, Markdown, PDF): amounts with thousands separators and
 * the report's decimals, shares as percent, null as "—". Numbers are formatted from their
 * exact decimal form (decimal.js), never through float string tricks.
 */
import { LedgerDecimal } from '../../core/ledger/decimal.ts';
import { unitDecimals } from '../model/round.ts';
import type { Cell, Label, Lang, Unit } from '../model/types.ts';

/** `1234567.5` → `1,234,567.50` at `places` decimals. */
export function groupThousands(fixed: string): string {
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const [int = '', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** A number at the unit's display precision, as plain decimal text (CSV): no separators, shares as fractions. */
export function plainNumber(v: number, unit: Unit, decimals: number): string {
  const places = unitDecimals(unit, decimals);
  return places === null ? String(v) : new LedgerDecimal(v).toFixed(places);
}

/** A cell for reading: `—` for null, separators, percent for shares. */
export function cellText(v: Cell, unit: Unit, decimals: number): string {
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  switch (unit) {
    case 'share':
      return `${new LedgerDecimal(v).times(100).toFixed(decimals)}%`;
    case 'year':
      return String(v);
    case 'raw':
    case 'text':
      return String(v);
    default: {
      const places = unitDecimals(unit, decimals) ?? 0;
      return groupThousands(new LedgerDecimal(v).toFixed(places));
    }
  }
}

/** A label in the report language first and the other second: `中文 English` or `English 中文`. */
export function bilingual(l: Label, lang: Lang, sep = ' '): string {
  if (l.zh === l.en) return l.zh;
  return lang === 'zh' ? `${l.zh}${sep}${l.en}` : `${l.en}${sep}${l.zh}`;
}

/** The primary and the secondary line of a label, by language. */
export function labelLines(l: Label, lang: Lang): [string, string] {
  return lang === 'zh' ? [l.zh, l.en] : [l.en, l.zh];
}
