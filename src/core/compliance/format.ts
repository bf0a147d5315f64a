/**
 * Number formats for finding messages (UI text: percent only here, SPEC §1 "Rates").
 * Deterministic: no locale, fixed decimals, ASCII thousands separators.
 */

/** `1234567.891` → `1,234,567.89` (fixed decimals, comma groups). */
export function grouped(x: number, decimals: number): string {
  const s = Math.abs(x).toFixed(decimals);
  const [int = '0', frac] = s.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(s) !== 0 ? '-' : '';
  return sign + withCommas + (frac !== undefined ? `.${frac}` : '');
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
