/**
 * "A rule holds in every year" (SPEC §8 "Goal seek"): no limit row of the named rules (and,
 * if given, of one subject) is crossed — a breach, or for a tier at least yellow (SPEC §10).
 * The probabilistic form: the share of Monte Carlo paths in which it fails at least once.
 */
import type { LimitRow } from '../rules/types.ts';
import type { PathBlock } from './paths.ts';
import { isCrossed } from './paths.ts';

export interface RuleFilter {
  readonly rules: readonly string[];
  /** `kind:id`, or null for every subject. */
  readonly subject: string | null;
}

function matches(f: RuleFilter, rule: string, kind: string, id: string): boolean {
  return f.rules.includes(rule) && (f.subject === null || f.subject === `${kind}:${id}`);
}

/** True when no row of the filter is crossed. */
export function ruleHolds(limits: readonly LimitRow[], f: RuleFilter): boolean {
  return !limits.some((r) => isCrossed(r) && matches(f, r.rule, r.subject.kind, r.subject.id));
}

/**
 * Share of the paths of `blocks` in which a row of the filter is crossed at least once. With
 * one rule and subject it is that group's count; with several, an upper bound (the sum over
 * groups, capped at 1) — conservative for "P(crossing) ≤ p".
 */
export function failureProbability(blocks: readonly PathBlock[], f: RuleFilter): number {
  let paths = 0, fails = 0;
  for (const b of blocks) {
    paths += b.to - b.from;
    for (const c of b.chunks) {
      for (const [g, n] of c.ever) {
        const [rule = '', kind = '', id = ''] = g.split('|');
        if (matches(f, rule, kind, id)) fails += n;
      }
    }
  }
  return paths > 0 ? Math.min(1, fails / paths) : 0;
}
