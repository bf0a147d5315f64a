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

export const EXTRA_SHEETS = {
  kpis: [
    { key: 'town', zh: '小镇编号', kind: 'town' },
    { key: 'kpi', zh: '指标（investment/tax/jobs/enterprises/visitors…）', kind: 'slug' },
    { key: 'target', zh: '首年目标', kind: 'amount' },
    { key: 'targetGrowth', zh: '目标年增长率', kind: 'rate' },
    { key: 'expected', zh: '预期完成率（默认 1）', kind: 'amount' },
  ],
  bonds: [
    { key: 'town', zh: '小镇编号', kind: 'town' },
    { key: 'id', zh: '专项债编号', kind: 'slug' },
    { key: 'amount', zh: '金额（万元）', kind: 'amount' },
    { key: 'issueYear', zh: '发行年份', kind: 'year' },
    { key: 'tenorYears', zh: '期限（年）', kind: 'tenor' },
    { key: 'rate', zh: '票面利率', kind: 'rate' },
    { key: 'repayment', zh: '还本方式', kind: 'repayment' },
    { key: 'projectRevenue', zh: '项目收益（万元/年，首年）', kind: 'amount' },
    { key: 'projectRevenueGrowth', zh: '项目收益年增长率', kind: 'rate' },
  ],
  platform: [
    { key: 'town', zh: '小镇编号', kind: 'town' },
    { key: 'openingBalance', zh: '期初余额（万元）', kind: 'amount' },
    { key: 'newBorrowing', zh: '每年新增借款（万元）', kind: 'amount' },
    { key: 'hiddenShare', zh: '认定为隐性债务的比例', kind: 'share' },
    { key: 'rate', zh: '利率', kind: 'rate' },
    { key: 'tenorYears', zh: '期限（年）', kind: 'tenor' },
    { key: 'repayment', zh: '还本方式', kind: 'repayment' },
  ],
} as const satisfies Readonly<Record<string, readonly ExtraColumn[]>>;

export type ExtraSheet = keyof typeof EXTRA_SHEETS;

/** A town draft as the extras reader sees it: the document and its field → cell map. */
export interface DraftLike {
  readonly doc: Record<string, unknown>;
  readonly cells: ReadonlyMap<string, string>;
}

/** A series given as a first-year value and an optional growth rate, as the schema reads it. */
function seriesOf(base: CellValue | undefined, growth: CellValue | undefined): unknown {
  if (base === undefined) return undefined;
  return growth === undefined ? base : { base, growth };
}

/** Reads the `kpis`, `bonds` and `platform` sheets (when present) into the drafts, by town id. */
export function readTownExtras(wb: ExcelJS.Workbook, drafts: readonly DraftLike[], issues: ScenarioIssue[], firstRow: number): void {
  const byId = new Map(drafts.map((d) => [String(d.doc.id ?? ''), d] as const));
  for (const sheet of Object.keys(EXTRA_SHEETS) as ExtraSheet[]) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const cols = EXTRA_SHEETS[sheet];
    for (let row = firstRow; row <= ws.rowCount; row++) {
      const v = cols.map((_, c) => plainCell(ws.getCell(row, c + 1).value));
      if (v.every((x) => x === undefined)) continue;
      const at = (key: string) => `${sheet}!${columnLetter(cols.findIndex((c) => c.key === key) + 1)}${row}`;
      const town = byId.get(String(v[0] ?? ''));
      if (!town) {
        issues.push({ path: at('town'), value: v[0], zh: `towns 表中没有编号为 "${String(v[0] ?? '')}" 的小镇`, en: `no town with id "${String(v[0] ?? '')}" on sheet towns` });
        continue;
      }
      const get = (key: string) => v[cols.findIndex((c) => c.key === key)];
      const cells = town.cells as Map<string, string>;
      if (sheet === 'kpis') {
        const kpi = get('kpi');
        if (typeof kpi !== 'string') { issues.push({ path: at('kpi'), value: kpi, zh: '缺少指标编号（如 jobs）', en: 'the KPI id is missing (e.g. jobs)' }); continue; }
        const kpis = (town.doc.kpis ??= {}) as Record<string, unknown>;
        const entry: Record<string, unknown> = {};
        const target = seriesOf(get('target'), get('targetGrowth'));
        if (target !== undefined) entry.target = target;
        if (get('expected') !== undefined) entry.expected = get('expected');
        kpis[kpi] = entry;
        cells.set(`kpis.${kpi}`, at('target'));
        cells.set(`kpis.${kpi}.target`, at('target'));
        cells.set(`kpis.${kpi}.expected`, at('expected'));
      } else if (sheet === 'bonds') {
        const bonds = (town.doc.bonds ??= []) as Record<string, unknown>[];
        const k = bonds.length;
        const bond: Record<string, unknown> = {};
        for (const key of ['id', 'amount', 'issueYear', 'tenorYears', 'rate', 'repayment']) {
          if (get(key) !== undefined) bond[key] = get(key);
          cells.set(`bonds[${k}].${key}`, at(key));
        }
        const revenue = seriesOf(get('projectRevenue'), get('projectRevenueGrowth'));
        if (revenue !== undefined) bond.projectRevenue = revenue;
        cells.set(`bonds[${k}].projectRevenue`, at('projectRevenue'));
        cells.set(`bonds[${k}]`, at('id'));
        bonds.push(bond);
      } else {
        if (town.doc.platform !== undefined) { issues.push({ path: at('town'), value: v[0], zh: `小镇 ${String(v[0])} 的平台债务填了两行`, en: `platform debt of town ${String(v[0])} is given twice` }); continue; }
        const p: Record<string, unknown> = {};
        for (const key of ['openingBalance', 'newBorrowing', 'hiddenShare', 'rate', 'tenorYears', 'repayment']) {
          if (get(key) !== undefined) p[key] = get(key);
          cells.set(`platform.${key}`, at(key));
        }
        cells.set('platform', at('town'));
        town.doc.platform = p;
      }
    }
  }
}
