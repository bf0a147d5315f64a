/**
 * Fixed-width text tables for the terminal. East Asian wide characters count as two
 * columns so Chinese headers line up; numbers are right-aligned.
 */

/** Display width of a string in a terminal (CJK and full-width forms count 2). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd)
  );
}

export type Align = 'left' | 'right';

function pad(s: string, width: number, align: Align): string {
  const gap = Math.max(0, width - displayWidth(s));
  return align === 'right' ? ' '.repeat(gap) + s : s + ' '.repeat(gap);
}

/** Renders rows under a header; `align` per column (default: left for the first, right for the rest). */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const cols = header.length;
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const al = (i: number): Align => align?.[i] ?? (i === 0 ? 'left' : 'right');
  const line = (cells: readonly string[]) =>
    Array.from({ length: cols }, (_, i) => pad(cells[i] ?? '', widths[i] ?? 0, al(i))).join('  ').trimEnd();
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
