/**
 * Fixed-width text tables for the terminal. East Asian wide characters count as two
 * columns so Chinese headers line up; numbers are right-aligned.
 */

/** Columns a code point takes in a monospace terminal: 2 for East Asian wide/fullwidth, 0 for combining marks, else 1. */
export function codePointWidth(cp: number): number {
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Display width of a string (sum of `codePointWidth`). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += codePointWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/** Pads with spaces to `width` display columns (left- or right-aligned); never truncates. */
export function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

export type Align = 'left' | 'right';

/** Renders rows under a header; `align` per column (default: left for the first, right for the rest). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const cols = header.length;
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const al = (i: number): Align => align?.[i] ?? (i === 0 ? 'left' : 'right');
  const line = (cells: readonly string[]) =>
    Array.from({ length: cols }, (_, i) => pad(cells[i] ?? '', widths[i] ?? 0, al(i) === 'right')).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** 万元 with thousands separators and fixed decimals (SPEC §1: reports show 万元 to 2 decimals). */
export function fmtWan(x: number, decimals = 2): string {
  return x.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A ratio as a percentage, or "—" when undefined. */
export function fmtPct(x: number | null, decimals = 1): string {
  return x === null ? '—' : `${(x * 100).toFixed(decimals)}%`;
}

export function fmtRatio(x: number | null, decimals = 2): string {
  return x === null ? '—' : x.toFixed(decimals);
}
