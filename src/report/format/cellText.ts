/**
 * A displayed cell as text (HTML, Markdown, PDF): amounts with thousands separators and
 * the report's decimals, shares as percent, null as "—". Numbers are formatted from their
 * exact decimal form (decimal.js), never through float string tricks.
 */
import { LedgerDecimal } from '../../core/ledger/decimal.ts';
import { shownPlaces, toShown, unitDecimals } from '../model/round.ts';
import type { Cell, Label, Lang, MoneyUnit, Unit } from '../model/types.ts';

/** How a report shows its cells: the edition's language and the money unit (defaults: 中文, 万元). */
export interface CellView {
  readonly lang?: Lang;
  readonly money?: MoneyUnit;
}

/** `1234567.5` → `1,234,567.50` at `places` decimals. */
export function groupThousands(fixed: string): string {
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const [int = '', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** A number at the unit's display precision, as plain decimal text (CSV): no separators, shares as fractions, money in the shown unit. */
export function plainNumber(v: number, unit: Unit, decimals: number, money: MoneyUnit = 'wan'): string {
  const places = shownPlaces(unit, decimals, money);
  return places === null ? String(v) : new LedgerDecimal(toShown(v, unit, money)).toFixed(places);
}

/** A text or label cell in the edition's language (a plain string is a name or an id: shown as is). */
export function textOf(v: string | Label, lang: Lang): string {
  return typeof v === 'string' ? v : v[lang];
}

/** A cell for reading: `—` for null, labels in the edition's language, separators, percent for shares, money in the shown unit. */
export function cellText(v: Cell, unit: Unit, decimals: number, view: CellView = {}): string {
  if (v === null) return '—';
  if (typeof v !== 'number') return textOf(v, view.lang ?? 'zh');
  const money = view.money ?? 'wan';
  switch (unit) {
    case 'share':
      return `${new LedgerDecimal(v).times(100).toFixed((unitDecimals('share', decimals) ?? 2) - 2)}%`;
    case 'pp':
      return `${new LedgerDecimal(v).times(100).toFixed((unitDecimals('pp', decimals) ?? 2) - 2)}${(view.lang ?? 'zh') === 'zh' ? ' 个百分点' : ' pp'}`;
    case 'year':
      return String(v);
    case 'raw':
    case 'text':
      return String(v);
    default: {
      const places = shownPlaces(unit, decimals, money) ?? 0;
      return groupThousands(new LedgerDecimal(toShown(v, unit, money)).toFixed(places));
    }
  }
}

/** The label in the edition's language only (a report edition is monolingual, issue #18). */
export function say(l: Label, lang: Lang): string {
  return l[lang];
}

/** A label in the report language first and the other second: `中文 English` or `English 中文` (the settlement sheet, the dashboard). */
export function bilingual(l: Label, lang: Lang, sep = ' '): string {
  if (l.zh === l.en) return l.zh;
  return lang === 'zh' ? `${l.zh}${sep}${l.en}` : `${l.en}${sep}${l.zh}`;
}

/** The primary and the secondary line of a label, by language. */
export function labelLines(l: Label, lang: Lang): [string, string] {
  return lang === 'zh' ? [l.zh, l.en] : [l.en, l.zh];
}
