/**
 * Words of the uncertainty view (SPEC §8, §10 series keys), Chinese first: the key series by
 * name, the sensitivity drivers and the named presets. A key the table does not know (a
 * series added later) reads as itself.
 */
import type { Lang } from '../i18n.ts';
import { nameOf, type ScenarioMeta } from '../meta.ts';

const FIELD: Readonly<Record<string, readonly [string, string]>> = {
  fiscalCost: ['财政成本', 'fiscal cost'],
  rewardsPaid: ['奖补支付', 'rewards paid'],
  pppShare: ['PPP支出占比', 'PPP share'],
  'rewardPool.lapsed': ['资金池不足未兑付申领', 'pool shortfall (claims lapsed)'],
  broadRatio: ['宽口径债务率（实践口径）', 'broad debt ratio (practice line)'],
  legalRatio: ['法定债务率（官方）', 'legal debt ratio (official)'],
  debtHeadroom: ['债务限额余量', 'debt headroom'],
};

/** `从化区 · 法定债务率（官方）`, `全市 · 市财政成本`; the key itself when unknown. */
export function keySeriesLabel(key: string, meta: ScenarioMeta, lang: Lang): string {
  const i = lang === 'zh' ? 0 : 1;
  if (key.startsWith('city.')) {
    const f = FIELD[key.slice('city.'.length)];
    return f ? `${lang === 'zh' ? '全市' : 'City'} · ${f[i]}` : key;
  }
  const m = /^district\.([^.]+)\.(.+)$/.exec(key);
  const f = m ? FIELD[m[2] ?? ''] : undefined;
  return m && f ? `${nameOf(meta.districts, m[1] ?? '')} · ${f[i]}` : key;
}

const DRIVER: Readonly<Record<string, readonly [string, string]>> = {
  achievement: ['小镇考核达成率', 'town achievement'],
  'revenue-growth': ['财政收入增速', 'revenue growth'],
  'land-revenue': ['土地出让收入', 'land revenue'],
  rates: ['利率（±100个基点）', 'rates (±100 bp)'],
  'ppp-demand': ['PPP使用者需求', 'PPP demand'],
  'fund-growth': ['子基金净值增长', 'fund growth'],
  'capex-overrun': ['建设投资超支（±15%）', 'capex overrun (±15%)'],
};

/** A sensitivity driver in words. */
export function driverLabel(driver: string, lang: Lang): string {
  const d = DRIVER[driver];
  return d ? d[lang === 'zh' ? 0 : 1] : driver;
}

const PRESET: Readonly<Record<string, readonly [string, string]>> = {
  'land-bust-2022': ['土地市场下行（2022年式）', 'land bust (as 2022)'],
  'revenue-1sd-2y': ['收入增速连续两年低1个标准差', 'revenue −1 s.d. for 2 years'],
  'expenditure-squeeze': ['刚性支出挤压', 'expenditure squeeze'],
  'rates+200bp': ['利率上升200个基点', 'rates +200 bp'],
  contingent: ['或有负债显性化', 'contingent liabilities called'],
  'towns-underperform': ['小镇整体未达预期', 'towns underperform'],
  'developer-default': ['开发商违约', 'developer default'],
  combined: ['组合冲击', 'combined'],
  'no-swap': ['无隐性债务置换', 'no debt swap'],
};

/** A SPEC §8 preset in words, with its name. */
export function presetLabel(preset: string, lang: Lang): string {
  const p = PRESET[preset];
  return p ? `${p[lang === 'zh' ? 0 : 1]} · ${preset}` : preset;
}
