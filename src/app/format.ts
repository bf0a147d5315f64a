/**
 * Number formats of the dashboard (SPEC §1 "Money is in 万元 … reports may also show 亿元";
 * rates are decimals in data, percent only in UI text). Every formatter turns null, NaN
 * and ±Infinity into a dash, so an undefined ratio never shows as a number.
 */
import type { Lang } from './i18n.ts';

export const DASH = '—';

/** 1 亿元 = 10,000 万元. */
export const WAN_PER_YI = 10_000;

function finite(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function fixed(v: number, digits: number): string {
  // -0.00 reads as a sign error in a budget table: print 0.00.
  const s = v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/** Money: `1,234.56 万元` below 1 亿元, `3.46 亿元` from 1 亿元 (absolute value) up. */
export function formatWan(v: number | null | undefined, digits = 2): string {
  if (!finite(v)) return DASH;
  if (Math.abs(v) >= WAN_PER_YI) return `${fixed(v / WAN_PER_YI, digits)} 亿元`;
  return `${fixed(v, digits)} 万元`;
}

/** A share as percent text: 0.0379 → `3.79%`. */
export function formatShare(v: number | null | undefined, digits = 2): string {
  if (!finite(v)) return DASH;
  return `${fixed(v * 100, digits)}%`;
}

/** A plain ratio or multiple: 1.137 → `1.14`. */
export function formatRatio(v: number | null | undefined, digits = 2): string {
  if (!finite(v)) return DASH;
  return fixed(v, digits);
}

/** A count: 192 → `192`. */
export function formatCount(v: number | null | undefined): string {
  if (!finite(v)) return DASH;
  return fixed(v, 0);
}

/** `wanPerJob`: 万元 per job (reward cost per job, SPEC §3 "Outputs"), never scaled to 亿元. */
export type Unit = 'wan' | 'share' | 'ratio' | 'count' | 'tier' | 'mu' | 'wanPerJob';

const TIERS = ['green', 'yellow', 'orange', 'red'] as const;
export type TierName = (typeof TIERS)[number];

const TIER_LABEL: Readonly<Record<TierName, Record<Lang, string>>> = {
  green: { zh: '绿', en: 'green' },
  yellow: { zh: '黄', en: 'yellow' },
  orange: { zh: '橙', en: 'orange' },
  red: { zh: '红', en: 'red' },
};

/** The tier's name in words (tiers are never shown by colour alone). */
export function tierLabel(tier: TierName | null | undefined, lang: Lang): string {
  return tier ? TIER_LABEL[tier][lang] : DASH;
}

/** A value in its unit; `tier` values are ranks 0..3 (as `compareResults` reports them). */
export function formatValue(v: number | null | undefined, unit: Unit, lang: Lang): string {
  switch (unit) {
    case 'wan':
      return formatWan(v);
    case 'share':
      return formatShare(v);
    case 'ratio':
      return formatRatio(v);
    case 'count':
      return formatCount(v);
    case 'mu':
      return finite(v) ? `${fixed(v, 2)} ${lang === 'zh' ? '亩' : 'mu'}` : DASH;
    case 'wanPerJob':
      return finite(v) ? `${fixed(v, 2)} ${lang === 'zh' ? '万元/人' : '万元 per job'}` : DASH;
    case 'tier':
      return finite(v) ? tierLabel(TIERS[Math.round(v)] ?? null, lang) : DASH;
    default: {
      const never: never = unit;
      return String(never);
    }
  }
}

/**
 * A delta with its sign always shown (`+1.20 亿元`, `−3.00%`… shares as percentage points:
 * `+0.50 pp`). Zero prints as `±0`.
 */
export function formatDelta(d: number | null | undefined, unit: Unit, lang: Lang): string {
  if (!finite(d)) return DASH;
  if (d === 0) return '±0';
  const sign = d > 0 ? '+' : '−';
  const abs = Math.abs(d);
  switch (unit) {
    case 'share':
      return `${sign}${fixed(abs * 100, 2)} ${lang === 'zh' ? '个百分点' : 'pp'}`;
    case 'tier':
      return `${sign}${fixed(abs, 0)} ${lang === 'zh' ? '级' : abs === 1 ? 'tier' : 'tiers'}`;
    default:
      return `${sign}${formatValue(abs, unit, lang)}`;
  }
}

/** Better, worse or equal, given whether larger is better; null when undefined. */
export function deltaDirection(d: number | null | undefined, higherIsBetter: boolean): 'better' | 'worse' | 'same' | null {
  if (!finite(d)) return null;
  if (d === 0) return 'same';
  return (d > 0) === higherIsBetter ? 'better' : 'worse';
}

/**
 * Axis ticks in money: one unit for the whole axis (亿元 when the largest tick reaches 1 亿元,
 * else 万元), with as many decimals as the tick step needs.
 */
export function formatWanTick(v: number, tickValues: readonly number[]): string {
  if (!Number.isFinite(v)) return DASH;
  const max = Math.max(0, ...tickValues.map((x) => Math.abs(x)).filter(Number.isFinite));
  const yi = max >= WAN_PER_YI;
  const scale = yi ? WAN_PER_YI : 1;
  const steps = tickValues.slice(1).map((x, i) => Math.abs(x - (tickValues[i] ?? x))).filter((d) => d > 0);
  const step = (steps.length > 0 ? Math.min(...steps) : max || 1) / scale;
  const digits = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
  return `${fixed(v / scale, digits)} ${yi ? '亿元' : '万元'}`;
}
