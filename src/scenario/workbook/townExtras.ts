/**
 * The town register's extra sheets (SPEC §2 "town": KPI targets, special bonds 专项债 and
 * platform debt): one row per town and KPI on `kpis`, per bond on `bonds`, per town on
 * `platform`. The layout (shared with the template writer) and the reader that puts the
 * rows into the town drafts, keeping each value's cell (`bonds!D4`) for the messages.
 * Values go to the schema as written; only the rows' town ids are checked here.
 */
import type ExcelJS from 'exceljs';
import type { ScenarioIssue } from '../issues.ts';
import { columnLetter, plainCell } from './cells.ts';
import type { CellValue } from './cells.ts';

export interface ExtraColumn {
  readonly key: string;
  readonly zh: string;
  readonly kind: 'town' | 'slug' | 'amount' | 'rate' | 'year' | 'tenor' | 'share' | 'repayment';
}

const TOWN = { key: 'town', zh: '小镇编号', kind: 'town' } as const;
const TENOR = { key: 'tenorYears', zh: '期限（年）', kind: 'tenor' } as const;
const REPAYMENT = { key: 'repayment', zh: '还本方式', kind: 'repayment' } as const;

export const EXTRA_SHEETS = {
  kpis: [
    TOWN,
    { key: 'kpi', zh: '指标（investment/tax/jobs/enterprises/visitors…）', kind: 'slug' },
    { key: 'target', zh: '首年目标', kind: 'amount' },
    { key: 'targetGrowth', zh: '目标年增长率', kind: 'rate' },
    { key: 'expected', zh: '预期完成率（默认 1）', kind: 'amount' },
  ],
  bonds: [
    TOWN,
    { key: 'id', zh: '专项债编号', kind: 'slug' },
    { key: 'amount', zh: '金额（万元）', kind: 'amount' },
    { key: 'issueYear', zh: '发行年份', kind: 'year' },
    TENOR,
    { key: 'rate', zh: '票面利率', kind: 'rate' },
    REPAYMENT,
    { key: 'projectRevenue', zh: '项目收益（万元/年，首年）', kind: 'amount' },
    { key: 'projectRevenueGrowth', zh: '项目收益年增长率', kind: 'rate' },
  ],
  platform: [
    TOWN,
    { key: 'openingBalance', zh: '期初余额（万元）', kind: 'amount' },
    { key: 'newBorrowing', zh: '每年新增借款（万元）', kind: 'amount' },
    { key: 'hiddenShare', zh: '认定为隐性债务的比例', kind: 'share' },
    { key: 'rate', zh: '利率', kind: 'rate' },
    TENOR,
    REPAYMENT,
  ],
} as const satisfies Readonly<Record<string, readonly ExtraColumn[]>>;

export type ExtraSheet = keyof typeof EXTRA_SHEETS;

/** A town draft as the extras reader sees it: the document and its field → cell map. */
export interface DraftLike {
  readonly doc: Record<string, unknown>;
  readonly cells: ReadonlyMap<string, string>;
}

/** One filled row of an extra sheet: its values by column key and their cells (`bonds!D4`). */
interface Row {
  readonly get: (key: string) => CellValue | undefined;
  readonly at: (key: string) => string;
  readonly town: DraftLike;
  readonly cells: Map<string, string>;
}

/**
 * Copies the row's values of `keys` into `target` (those given) and records each field's
 * cell under `path.key`; a series given as a first-year value and an optional growth rate
 * (`{ base, growth }` as the schema reads it) goes to `series.name` from `series.base` and
 * `series.growth`.
 */
function copy(row: Row, target: Record<string, unknown>, path: string, keys: readonly string[], series?: { name: string; base: string; growth: string }): void {
  for (const key of keys) {
    const v = row.get(key);
    if (v !== undefined) target[key] = v;
    row.cells.set(`${path}.${key}`, row.at(key));
  }
  if (!series) return;
  const base = row.get(series.base);
  const growth = row.get(series.growth);
  if (base !== undefined) target[series.name] = growth === undefined ? base : { base, growth };
  row.cells.set(`${path}.${series.name}`, row.at(series.base));
}

/** Each sheet's row reader: puts the row into its town's draft, or says what is wrong with it. */
const READERS: Readonly<Record<ExtraSheet, (row: Row, issues: ScenarioIssue[]) => void>> = {
  kpis: (row, issues) => {
    const kpi = row.get('kpi');
    if (typeof kpi !== 'string') {
      issues.push({ path: row.at('kpi'), value: kpi, zh: '缺少指标编号（如 jobs）', en: 'the KPI id is missing (e.g. jobs)' });
      return;
    }
    const entry: Record<string, unknown> = {};
    ((row.town.doc.kpis ??= {}) as Record<string, unknown>)[kpi] = entry;
    row.cells.set(`kpis.${kpi}`, row.at('target'));
    copy(row, entry, `kpis.${kpi}`, [], { name: 'target', base: 'target', growth: 'targetGrowth' });
    copy(row, entry, `kpis.${kpi}`, ['expected']);
  },
  bonds: (row) => {
    const bonds = (row.town.doc.bonds ??= []) as Record<string, unknown>[];
    const bond: Record<string, unknown> = {};
    copy(row, bond, `bonds[${bonds.length}]`, ['id', 'amount', 'issueYear', 'tenorYears', 'rate', 'repayment'],
      { name: 'projectRevenue', base: 'projectRevenue', growth: 'projectRevenueGrowth' });
    row.cells.set(`bonds[${bonds.length}]`, row.at('id'));
    bonds.push(bond);
  },
  platform: (row, issues) => {
    const id = String(row.get('town'));
    if (row.town.doc.platform !== undefined) {
      issues.push({ path: row.at('town'), value: row.get('town'), zh: `小镇 ${id} 的平台债务填了两行`, en: `platform debt of town ${id} is given twice` });
      return;
    }
    const p: Record<string, unknown> = {};
    copy(row, p, 'platform', ['openingBalance', 'newBorrowing', 'hiddenShare', 'rate', 'tenorYears', 'repayment']);
    row.cells.set('platform', row.at('town'));
    row.town.doc.platform = p;
  },
};

/** Reads the `kpis`, `bonds` and `platform` sheets (when present) into the drafts, by town id. */
export function readTownExtras(wb: ExcelJS.Workbook, drafts: readonly DraftLike[], issues: ScenarioIssue[], firstRow: number): void {
  const byId = new Map(drafts.map((d) => [String(d.doc.id ?? ''), d] as const));
  for (const sheet of Object.keys(EXTRA_SHEETS) as ExtraSheet[]) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const cols: readonly ExtraColumn[] = EXTRA_SHEETS[sheet];
    const index = (key: string) => cols.findIndex((c) => c.key === key);
    for (let r = firstRow; r <= ws.rowCount; r++) {
      const v = cols.map((_, c) => plainCell(ws.getCell(r, c + 1).value));
      if (v.every((x) => x === undefined)) continue;
      const at = (key: string) => `${sheet}!${columnLetter(index(key) + 1)}${r}`;
      const town = byId.get(String(v[0] ?? ''));
      if (!town) {
        issues.push({ path: at('town'), value: v[0], zh: `towns 表中没有编号为 "${String(v[0] ?? '')}" 的小镇`, en: `no town with id "${String(v[0] ?? '')}" on sheet towns` });
        continue;
      }
      READERS[sheet]({ get: (key) => v[index(key)], at, town, cells: town.cells as Map<string, string> }, issues);
    }
  }
}
