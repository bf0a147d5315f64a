/**
 * Number formats for finding messages (UI text: percent only here, SPEC §1 "Rates").
 * Deterministic: no locale, fixed decimals, ASCII thousands separators.
 */
import type { RuleUnit } from './types.ts';

/** `1234567.891` → `1,234,567.89` (fixed decimals, comma groups). */
export function grouped(x: number, decimals: number): string {
  const s = Math.abs(x).toFixed(decimals);
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  // below 1e21 toFixed gives plain digits: comma groups by slicing (a message is built per finding)
  const withCommas = Math.abs(x) < 1e21 ? groupDigits(int) : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(s) !== 0 ? '-' : '';
  return sign + withCommas + (dot < 0 ? '' : s.slice(dot));
}

/** `1234567` → `1,234,567` for a string of decimal digits. */
function groupDigits(digits: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  const head = ((n - 1) % 3) + 1;
  let out = digits.slice(0, head);
  for (let i = head; i < n; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** Money in 万元 with 2 decimals: `1,234.56`. */
export function wan(x: number): string {
  return grouped(x, 2);
}

/** A share or ratio as a percentage with 1 decimal: `0.325` → `32.5%`. */
export function pct(x: number): string {
  return `${grouped(x * 100, 1)}%`;
}

/** A multiple with 2 decimals: `1.2` → `1.20`. */
export function times(x: number): string {
  return grouped(x, 2);
}

/** A count, rounded to a whole number: `1999.6` → `2,000`. */
export function count(x: number): string {
  return grouped(x, 0);
}

/** km² with 3 decimals. */
export function km2(x: number): string {
  return grouped(x, 3);
}

/**
 * A value in a rule's unit as `[中文, English]` (SPEC §6 "Headroom" units; rates as percent in
 * text only, SPEC §1): shares `12.34%`, ratios `1.20`, 万元 `1,234.56 万元`, 万元/mu
 * `200.00 万元/亩`, km² to 3 decimals, years and counts whole; null or non-finite `—`.
 * `extra` adds decimals (to tell a value from a line it rounds to).
 */
export function inUnit(x: number | null, unit: RuleUnit, extra = 0): readonly [string, string] {
  if (x === null || !Number.isFinite(x)) return ['—', '—'];
  switch (unit) {
    case 'share': { const s = `${grouped(x * 100, 2 + extra)}%`; return [s, s]; }
    case 'ratio': { const s = grouped(x, 2 + extra); return [s, s]; }
    case 'wan': { const s = `${grouped(x, 2 + extra)} 万元`; return [s, s]; }
    case 'wanPerMu': return [`${grouped(x, 2 + extra)} 万元/亩`, `${grouped(x, 2 + extra)} 万元/mu`];
    case 'km2': return [`${grouped(x, 3 + extra)} 平方公里`, `${grouped(x, 3 + extra)} km²`];
    case 'years': return [`${grouped(x, extra)} 年`, `${grouped(x, extra)} years`];
    case 'count':
    case 'flag': { const s = grouped(x, extra); return [s, s]; }
  }
}
