/**
 * Findings as a readable fixed-width table for `townfisc check` (SPEC §10): a count summary,
 * then one block per subject (city, districts, towns, bonds, PPP projects, funds; by id),
 * rows by year, breaches before warnings, each row followed by its message, Chinese line
 * first, English line second. Column widths count East Asian wide characters as 2 columns,
 * so the table lines up in a monospace terminal. Pure: string in, string out.
 */
import { grouped } from '../../core/compliance/format.ts';
import type { Finding, SubjectKind } from '../../core/rules/types.ts';
import { displayWidth, pad } from './table.ts';

export { codePointWidth, displayWidth, pad } from './table.ts';

const KIND_ORDER: readonly SubjectKind[] = ['city', 'district', 'town', 'bond', 'ppp', 'fund', 'program'];
const KIND_LABEL: Readonly<Record<SubjectKind, string>> = {
  city: '市 city', district: '区 district', town: '小镇 town', bond: '专项债 bond', ppp: 'PPP项目 PPP project', fund: '子基金 fund', program: '奖补政策 program',
};
const LEVEL_LABEL = { breach: '违规 breach', warning: '预警 warning' } as const;
const HEADERS = ['年份 Year', '级别 Level', '规则 Rule', '值 Value', '限值 Limit', '余量 Headroom'] as const;
/** Numeric columns are right-aligned. */
const RIGHT = [false, false, false, true, true, true] as const;

/** A value, limit or headroom cell: `-` when null; whole numbers grouped; ≥ 100 with 2 decimals; else up to 4 decimals. */
export function formatNumber(x: number | null): string {
  if (x === null) return '-';
  if (Number.isInteger(x)) return grouped(x, 0);
  if (Math.abs(x) >= 100) return grouped(x, 2);
  const s = grouped(x, 4).replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** `共 N 条：违规 B 条，预警 W 条 / N findings: B breaches, W warnings` (singular for 1; or that there are none). */
export function findingsSummary(findings: readonly Finding[]): string {
  const b = findings.filter((f) => f.level === 'breach').length;
  const w = findings.length - b;
  if (findings.length === 0) return '未发现预警或违规 / No warnings or breaches';
  return `共 ${findings.length} 条：违规 ${b} 条，预警 ${w} 条 / ${plural(findings.length, 'finding')}: ${plural(b, 'breach')}, ${plural(w, 'warning')}`;
}

function plural(n: number, noun: string): string {
  if (n === 1) return `1 ${noun}`;
  return `${n} ${noun}${noun.endsWith('ch') ? 'es' : 's'}`;
}

/** The findings table (see the module comment); ends with a newline. */
export function renderFindings(findings: readonly Finding[]): string {
  const lines = [findingsSummary(findings)];
  const groups = groupBySubject(findings);
  const cells = (f: Finding): string[] =>
    [String(f.year), LEVEL_LABEL[f.level], f.rule, formatNumber(f.value), formatNumber(f.limit), formatNumber(f.headroom)];
  const widths = HEADERS.map((h, c) => Math.max(displayWidth(h), ...findings.map((f) => displayWidth(cells(f)[c] ?? ''))));
  const row = (cs: readonly string[]): string => `  ${cs.map((s, c) => pad(s, widths[c] ?? 0, RIGHT[c])).join('  ')}`.trimEnd();
  const indent = ' '.repeat(2 + (widths[0] ?? 0) + 2);
  for (const [key, group] of groups) {
    lines.push('', key, row(HEADERS), row(widths.map((w) => '-'.repeat(w))));
    for (const f of group) {
      lines.push(row(cells(f)));
      for (const part of splitMessage(f.message)) lines.push(indent + part);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `中文 / English` → its two halves (split at the first ` / `); a message without one stays whole. */
export function splitMessage(message: string): string[] {
  const at = message.indexOf(' / ');
  return at < 0 ? [message] : [message.slice(0, at), message.slice(at + 3)];
}

/** Findings grouped by subject in kind order then id; within a group by year, breaches first, then rule id. */
function groupBySubject(findings: readonly Finding[]): Map<string, Finding[]> {
  const sorted = [...findings].sort((a, b) =>
    KIND_ORDER.indexOf(a.subject.kind) - KIND_ORDER.indexOf(b.subject.kind) || cmp(a.subject.id, b.subject.id) ||
    a.year - b.year || (a.level === b.level ? 0 : a.level === 'breach' ? -1 : 1) || cmp(a.rule, b.rule));
  const groups = new Map<string, Finding[]>();
  for (const f of sorted) {
    const key = `${KIND_LABEL[f.subject.kind]} ${f.subject.id}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
