/**
 * Layout of the actuals workbook (SPEC §12 "Collecting actuals from districts"), shared by
 * the template writer (`src/report/template/buildActualsTemplate.ts`) and the reader
 * (`readActualsWorkbook.ts`): one sheet per district, three blocks each opened by a marker
 * in column A (`#kpis`, `#land`, `#district`), then a Chinese header row, a key row
 * (the field each column fills) and the data rows, up to the first blank row.
 */

/** Hidden sheet identifying the workbook: A1 the marker, B1 the year, B2 the scenario id. */
export const META_SHEET = 'townfisc';
export const META_MARKER = 'townfisc actuals template';
export const HELP_SHEET = '说明 help';
export const LISTS_SHEET = 'lists';

export const BLOCKS = ['kpis', 'land', 'district'] as const;
export type Block = (typeof BLOCKS)[number];

export interface BlockColumn {
  readonly key: string;
  readonly zh: string;
  /** true: filled by the district; false: given by the template for reference. */
  readonly input: boolean;
}

/** Columns of each block, in order (column A first). */
export const BLOCK_COLUMNS: Readonly<Record<Block, readonly BlockColumn[]>> = {
  kpis: [
    { key: 'town', zh: '小镇编号', input: false },
    { key: 'name', zh: '小镇名称', input: false },
    { key: 'kpi', zh: '指标', input: false },
    { key: 'target', zh: '年度目标', input: false },
    { key: 'value', zh: '实际完成', input: true },
    { key: 'source', zh: '数据来源', input: true },
    { key: 'verified', zh: '已核查（是/否）', input: true },
  ],
  land: [
    { key: 'town', zh: '小镇编号', input: false },
    { key: 'name', zh: '小镇名称', input: false },
    { key: 'constructionLandKm2', zh: '已用建设用地（平方公里）', input: true },
    { key: 'residentialLandKm2', zh: '其中住宅用地（平方公里）', input: true },
    { key: 'cumulativeInvestment', zh: '累计完成投资（万元）', input: true },
  ],
  district: [
    { key: 'item', zh: '项目', input: false },
    { key: 'label', zh: '名称', input: false },
    { key: 'reference', zh: '情景参考值（万元）', input: false },
    { key: 'value', zh: '报告值（万元）', input: true },
  ],
};

/** Block titles (the marker cell's text after the marker). */
export const BLOCK_TITLES: Readonly<Record<Block, string>> = {
  kpis: '一、考核指标实际数 KPI actuals',
  land: '二、用地与累计投资 Land and cumulative investment',
  district: '三、区级债务与财力 District debt and capacity',
};

/** The district block's items: the field of `actuals.districts[]` and its label. */
export const DISTRICT_ITEMS = [
  ['generalDebt', '一般债务余额 general debt balance'],
  ['specialDebt', '专项债务余额 special debt balance'],
  ['generalLimit', '一般债务限额 general debt limit'],
  ['specialLimit', '专项债务限额 special debt limit'],
  ['hiddenDebt', '隐性债务余额 hidden debt'],
  ['capacity', '综合财力 comprehensive fiscal capacity'],
] as const;

/** The usual source of each common KPI, pre-filled in the template (SPEC §12 "Data provenance"). */
export const DEFAULT_SOURCE: Readonly<Record<string, string>> = {
  investment: '统计', tax: '税务', jobs: '社保', enterprises: '统计', visitors: '第三方核查',
};

/** The marker text of a block in column A. */
export function blockMarker(b: Block): string {
  return `#${b}`;
}
