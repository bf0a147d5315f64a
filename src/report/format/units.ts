/**
 * Units as a reader sees them (issue #18 "units on every table caption and column"): the
 * table caption 单位：万元 (or 亿元) when a table holds money, and a unit after each column
 * header whose numbers are not in the caption's unit (%, 倍, 亩, 万元/人), or after every
 * value header of a table mixing money with other units. SPEC §1 (money in 万元; reports
 * may show 亿元; rates as percent).
 */
import type { RuleUnit } from '../../core/rules/types.ts';
import { cellUnit } from '../model/table.ts';
import type { Column, Label, Lang, MoneyUnit, Table, Unit } from '../model/types.ts';

/** The money unit's label: 万元 / 亿元 in both editions (the documents' own unit), with the words in English. */
export function moneyLabel(money: MoneyUnit): Label {
  return money === 'yi' ? { zh: '亿元', en: '100 million yuan (亿元)' } : { zh: '万元', en: '10,000 yuan (万元)' };
}

/** The unit of a displayed cell, or null when it has none worth saying (text, years, ids, raw inputs, counts). */
export function unitLabel(unit: Unit, money: MoneyUnit): Label | null {
  switch (unit) {
    case 'wan':
      return moneyLabel(money);
    case 'share':
      return { zh: '%', en: '%' };
    case 'pp':
      return { zh: '个百分点', en: 'percentage points' };
    case 'ratio':
      return { zh: '倍', en: '×' };
    case 'mu':
      return { zh: '亩', en: 'mu' };
    case 'perJob':
      return { zh: '万元/人', en: '10,000 yuan per job' };
    case 'count':
    case 'number':
    case 'raw':
    case 'year':
    case 'text':
      return null;
  }
}

/** A rule's unit (`src/core/rules` RuleUnit) as a reader sees it. */
export const RULE_UNIT_LABELS: Readonly<Record<RuleUnit, Label>> = {
  share: { zh: '%', en: '%' },
  ratio: { zh: '倍', en: '×' },
  wan: { zh: '万元', en: '10,000 yuan' },
  wanPerMu: { zh: '万元/亩', en: '10,000 yuan per mu' },
  km2: { zh: '平方公里', en: 'km²' },
  years: { zh: '年', en: 'years' },
  count: { zh: '个', en: 'count' },
  flag: { zh: '是/否', en: 'yes/no' },
};

/** Units of the value columns that hold numbers, each column once (row overrides included). */
function columnUnits(t: Table, i: number): Set<Unit> {
  const c = t.columns[i];
  const out = new Set<Unit>();
  if (!c || c.role !== 'value') return out;
  for (const r of t.rows) if (typeof r.cells[i] === 'number') out.add(cellUnit(c, r));
  if (out.size === 0) out.add(c.unit);
  return out;
}

/** Whether any cell of `t` is money. */
function holdsMoney(t: Table): boolean {
  return t.columns.some((_, i) => columnUnits(t, i).has('wan'));
}

/** The table's unit caption (`单位：万元`), or null for a table without money. */
export function tableCaption(t: Table, lang: Lang, money: MoneyUnit): string | null {
  if (!holdsMoney(t)) return null;
  const m = moneyLabel(money);
  return lang === 'zh' ? `单位：${m.zh}` : `Unit: ${m.en}`;
}

/**
 * The unit to show after column `i`'s header: its unit when the column holds one unit
 * other than the caption's money, or money too when the table mixes units; null otherwise
 * (a column whose rows carry their own units names them in a unit column or the row label).
 */
export function columnUnit(t: Table, i: number, lang: Lang, money: MoneyUnit): string | null {
  const units = columnUnits(t, i);
  if (units.size !== 1) return null;
  const [unit] = [...units] as [Unit];
  const c = t.columns[i] as Column;
  if (c.role !== 'value') return null;
  if (unit === 'wan') {
    const mixed = t.columns.some((_, j) => { const u = columnUnits(t, j); return u.size > 0 && ![...u].every((x) => x === 'wan' || x === 'text' || x === 'year' || x === 'count' || x === 'raw'); });
    if (!mixed) return null;
  }
  const l = unitLabel(unit, money);
  return l ? l[lang] : null;
}

/** `label（unit）` in Chinese, `label (unit)` in English; the label alone without a unit. */
export function withUnit(label: string, unit: string | null, lang: Lang): string {
  if (unit === null) return label;
  return lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`;
}

/** A row whose cells carry their own unit (a metric/value table without a unit column): the unit to add to its label. */
export function rowUnit(t: Table, unit: Unit | undefined, lang: Lang, money: MoneyUnit): string | null {
  if (unit === undefined || t.columns.some((c) => c.key === 'unit')) return null;
  const l = unitLabel(unit, money);
  return l ? l[lang] : null;
}

/** Column `i`'s header in the edition's language, with its unit when the caption does not say it. */
export function headerText(t: Table, i: number, lang: Lang, money: MoneyUnit): string {
  const c = t.columns[i];
  return c ? withUnit(c.label[lang], columnUnit(t, i, lang, money), lang) : '';
}
