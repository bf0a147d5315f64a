/**
 * The town register workbook's columns (issue #7 Excel round trip): one row per town on
 * sheet `towns`, stage years on sheet `stages`. Each column names the scenario field it
 * fills (SPEC §2 "town"), its bilingual header, its kind (for data validation and for
 * reading the cell back) and a help text. The template and the import share this table.
 */
import { REGIONS, STAGES, THEMES } from '../../core/model/scenario.ts';

export type ColumnKind = 'slug' | 'text' | 'district' | 'region' | 'theme' | 'flag' | 'year' | 'optionalYear' | 'amount' | 'optionalAmount' | 'rate';

export interface TownColumn {
  /** Field key written in the English header row and read back from it. */
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly kind: ColumnKind;
  /** Path of the field in a town, e.g. `land.plannedAreaKm2`, `investment.total.base`. */
  readonly path: readonly string[];
  readonly help: string;
}

export const TOWNS_SHEET = 'towns';
export const STAGES_SHEET = 'stages';
export const LISTS_SHEET = 'lists';
export const HELP_SHEET = '说明 help';
/** Rows 1–2 hold the Chinese and the English (key) headers; data starts on row 3. */
export const FIRST_DATA_ROW = 3;
/** Rows prepared with data validation. */
export const TEMPLATE_ROWS = 500;

export const FLAG_VALUES = ['是', '否'] as const;

export const TOWN_COLUMNS: readonly TownColumn[] = [
  { key: 'id', zh: '编号', en: 'id', kind: 'slug', path: ['id'], help: '小写 ASCII 标识，如 conghua-hot-spring / lowercase ASCII slug' },
  { key: 'name', zh: '名称', en: 'name', kind: 'text', path: ['name'], help: '小镇名称 / town name' },
  { key: 'district', zh: '所属区', en: 'district', kind: 'district', path: ['district'], help: '区编号 / district id' },
  { key: 'region', zh: '区域', en: 'region', kind: 'region', path: ['region'], help: 'north-eco 北部生态区 / central-south 中南部' },
  { key: 'theme', zh: '主题', en: 'theme', kind: 'theme', path: ['theme'], help: THEMES.join(', ') },
  { key: 'flagship', zh: '精品特色小镇', en: 'flagship', kind: 'flag', path: ['flagship'], help: '是 / 否 (yes / no)' },
  { key: 'creationYear', zh: '创建年份', en: 'creationYear', kind: 'year', path: ['creationYear'], help: '如 2018 / e.g. 2018' },
  { key: 'namingYear', zh: '命名年份', en: 'namingYear', kind: 'optionalYear', path: ['namingYear'], help: '未命名留空 / blank if not yet named' },
  { key: 'plannedAreaKm2', zh: '规划面积(km²)', en: 'plannedAreaKm2', kind: 'amount', path: ['land', 'plannedAreaKm2'], help: 'km²' },
  { key: 'constructionLandKm2', zh: '建设用地(km²)', en: 'constructionLandKm2', kind: 'amount', path: ['land', 'constructionLandKm2'], help: 'km²' },
  { key: 'residentialLandKm2', zh: '住宅用地(km²)', en: 'residentialLandKm2', kind: 'amount', path: ['land', 'residentialLandKm2'], help: 'km²' },
  { key: 'investmentTotal', zh: '年投资总额(万元)', en: 'investmentTotal', kind: 'amount', path: ['investment', 'total', 'base'], help: '首年 / first year, 万元' },
  { key: 'investmentGovernment', zh: '其中政府投资', en: 'investmentGovernment', kind: 'amount', path: ['investment', 'government', 'base'], help: '万元' },
  { key: 'investmentRealEstate', zh: '其中房地产', en: 'investmentRealEstate', kind: 'amount', path: ['investment', 'realEstate', 'base'], help: '万元' },
  { key: 'investmentSpecialty', zh: '其中特色产业', en: 'investmentSpecialty', kind: 'amount', path: ['investment', 'specialtyIndustry', 'base'], help: '万元' },
  { key: 'investmentGrowth', zh: '投资年增长率', en: 'investmentGrowth', kind: 'rate', path: ['investment', '*', 'growth'], help: '小数，0.03 = 3% / decimal' },
  { key: 'revenue', zh: '税收收入(万元)', en: 'revenue', kind: 'amount', path: ['revenue', 'base'], help: '小镇内征收的财政收入，首年 / gross fiscal revenue, first year' },
  { key: 'revenueGrowth', zh: '收入年增长率', en: 'revenueGrowth', kind: 'rate', path: ['revenue', 'growth'], help: '小数 / decimal' },
  { key: 'revenueBase', zh: '返还基数(万元)', en: 'revenueBase', kind: 'optionalAmount', path: ['revenueBase'], help: '留空 = 创建前一年收入 / blank: the year before creation' },
];

/** Columns of the `stages` sheet: one row per town and stage (SPEC §0 规划、建设、运营). */
export const STAGE_COLUMNS = [
  { key: 'town', zh: '小镇编号', en: 'town' },
  { key: 'stage', zh: '阶段', en: 'stage' },
  { key: 'firstYear', zh: '起始年份', en: 'firstYear' },
] as const;

export const LIST_VALUES = { region: REGIONS, theme: THEMES, stage: STAGES, flag: FLAG_VALUES } as const;
