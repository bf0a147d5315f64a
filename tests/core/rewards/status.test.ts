import { describe, expect, it } from 'vitest';
import { STATUS_OF_CODE, townStatus } from '../../../src/core/rewards/index.ts';

/** Status names for A per year (null = no A_t), created at index `created`. */
function statuses(A: readonly (number | null)[], consecutiveFails = 2, created = 0): string[] {
  const a = Float64Array.from(A, (x) => x ?? 0);
  const has = Uint8Array.from(A, (x) => (x === null ? 0 : 1));
  const out = new Uint8Array(A.length);
  townStatus(a, has, created, { failBelow: 0.6, consecutiveFails }, out);
  return Array.from(out, (s) => STATUS_OF_CODE[s]!);
}

describe('dynamic management (SPEC §3): status from the fail streak at the end of t−1', () => {
  it('one failing year puts the town in rectify; a second removes it from the year after', () => {
    // streak: 1 after 2026, 2 after 2027 → rectify 2027, removed from 2028
    expect(statuses([0.5, 0.5, 1, 1])).toEqual(['active', 'rectify', 'removed', 'removed']);
  });
  it('a passing year resets the streak', () => {
    expect(statuses([0.5, 0.7, 0.5, 0.5, 1])).toEqual(['active', 'rectify', 'active', 'rectify', 'removed']);
  });
  it('a year without A_t leaves the streak as it is (neither pass nor fail)', () => {
    // streak 1, kept through the null year, 2 after 2028 → removed 2029
    expect(statuses([0.5, null, 0.5, 1])).toEqual(['active', 'rectify', 'rectify', 'removed']);
  });
  it('A exactly at failBelow passes (fails only when A_t < failBelow)', () => {
    expect(statuses([0.6, 0.6, 0.6])).toEqual(['active', 'active', 'active']);
  });
  it('consecutiveFails = 3 allows two rectify years', () => {
    expect(statuses([0.1, 0.1, 0.1, 1], 3)).toEqual(['active', 'rectify', 'rectify', 'removed']);
  });
  it('is inactive before creation and starts the streak at creation', () => {
    expect(statuses([0.1, 0.1, 0.1, 1], 2, 2)).toEqual(['inactive', 'inactive', 'active', 'rectify']);
  });
  it('removal is for good, whatever the town achieves later', () => {
    expect(statuses([0, 0, 2, 2, 2])).toEqual(['active', 'rectify', 'removed', 'removed', 'removed']);
  });
});
