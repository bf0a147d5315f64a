/**
 * Goal seek by bisection (SPEC §8 "Goal seek"): the largest (`max`) or smallest (`min`)
 * value of one parameter in `[lo, hi]` for which `holds(value)` — a rule holds in every
 * year — assuming the rule's verdict changes once over the bracket. The answer is the
 * bracket end that is known to hold, within `tolerance` of the edge; at the line (SPEC §1)
 * the edge itself is judged by the rule (a ratio exactly at a tier edge is in the upper
 * tier, so the largest value keeping it below is just under the edge).
 */

export interface GoalSeekResult {
  readonly direction: 'max' | 'min';
  /** The answer; null when no value in the bracket holds. */
  readonly value: number | null;
  readonly holds: boolean;
  readonly bracket: readonly [number, number];
  readonly tolerance: number;
  readonly iterations: number;
  readonly message: string;
}

/** Bisection of `holds` over `[lo, hi]` to `tolerance` (at most 200 halvings). */
export function goalSeek(holds: (v: number) => boolean, lo: number, hi: number, tolerance: number, direction: 'max' | 'min'): GoalSeekResult {
  const bracket = [lo, hi] as const;
  const base = { direction, bracket, tolerance };
  // `good` is the end that must hold, `bad` the one that must not
  let good = direction === 'max' ? lo : hi;
  let bad = direction === 'max' ? hi : lo;
  if (!holds(good)) {
    return { ...base, value: null, holds: false, iterations: 0,
      message: `区间内没有满足规则的取值（${good} 已不满足）/ no value in the bracket satisfies the rule (${good} already fails); widen --lo/--hi` };
  }
  if (holds(bad)) {
    return { ...base, value: bad, holds: true, iterations: 0,
      message: `整个区间都满足规则，取区间端点 ${bad} / the whole bracket satisfies the rule: the answer is its end ${bad}; widen the bracket to find the edge` };
  }
  let iterations = 0;
  while (Math.abs(bad - good) > tolerance && iterations < 200) {
    const mid = good + (bad - good) / 2;
    if (holds(mid)) good = mid;
    else bad = mid;
    iterations++;
  }
  return { ...base, value: good, holds: true, iterations,
    message: `${direction === 'max' ? '最大' : '最小'}可行值 ${good}（误差 ${tolerance} 以内）/ ${direction === 'max' ? 'largest' : 'smallest'} value for which the rule holds: ${good} (within ${tolerance})` };
}
