/**
 * Whether a value crosses a rule's line, by the rule's stated comparison (SPEC §1 "Wording of
 * lines", "At the line"; §11). Every comparison goes through `atLine.ts`, so a value on the
 * line in decimal is judged on it: `gt` (超过) and `lt` (低于/不满) are not broken at the line,
 * `ge` (达到) and a tier edge are.
 */
import { compareToLine, reaches } from './atLine.ts';
import { ruleDef } from './inForce.ts';
import type { Comparison, RuleId } from './types.ts';

/** Comparisons that judge one value against one line. */
export type LineComparison = Extract<Comparison, 'gt' | 'lt' | 'ge' | 'le' | 'tier'>;

/** True when `value` breaks a line of comparison `c`; `tier`: the value has reached the edge (upper tier). */
export function crossesLine(c: LineComparison, value: number, line: number): boolean {
  const k = compareToLine(value, line);
  switch (c) {
    case 'gt': return k > 0;
    case 'lt': return k < 0;
    case 'ge': return k >= 0;
    case 'le': return k <= 0;
    case 'tier': return reaches(value, line);
  }
}

/** True when the comparison judges one value against one line (not a range or a flag). */
export function isLineComparison(c: Comparison): c is LineComparison {
  return c !== 'range' && c !== 'flag';
}

/**
 * True when `value` breaks rule `rule`'s line `line` by the comparison the table states;
 * false when either is null (undefined ratio: nothing to judge). Range and flag rules state
 * their own test and never come here.
 */
export function breaks(rule: RuleId, value: number | null, line: number | null): boolean {
  if (value === null || line === null) return false;
  const c = ruleDef(rule).comparison;
  if (!isLineComparison(c)) throw new Error(`rule ${rule} has comparison ${c}: judge it with its own test`);
  return crossesLine(c, value, line);
}
