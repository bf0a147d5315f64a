/**
 * SPEC §1 "Wording of lines": 以上/以下/以内/不超过/不低于 include the number, 超过/不满/低于
 * exclude it. Each rule's statement in the table words its line as its `comparison` judges it,
 * and the judge puts the line itself on the side the wording says.
 */
import { describe, expect, it } from 'vitest';
import { breaks, crossesLine } from '../../../src/core/rules/judge.ts';
import { RULES } from '../../../src/core/rules/table.ts';
import type { Comparison } from '../../../src/core/rules/types.ts';

/** The words a statement of each comparison uses (Chinese, English). */
const WORDING: Readonly<Record<Comparison, readonly [RegExp, RegExp]>> = {
  gt: [/超过/, /above|exceed/i],
  lt: [/低于|少于|不满|不足/, /below|fewer than/i],
  ge: [/达到/, /at or above/i],
  le: [/不高于|以下/, /at or below/i],
  tier: [/档/, /tier/i],
  range: [/不在.*之间/, /outside/i],
  flag: [/./, /./],
};

describe('rule wording agrees with the comparison (SPEC §1, §11)', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    const [zh, en] = WORDING[r.comparison];
    expect(r.zh).toMatch(zh);
    expect(r.en).toMatch(en);
    // a line that includes its number (以下, 不超过) must not be stated with a 超过 that excludes it for a ≥ rule
    if (r.comparison === 'ge') expect(r.zh).not.toMatch(/超过/);
  });
});

describe('both sides of every line (SPEC §1)', () => {
  // a hair (relative 1e−6, far beyond the 1e−9 tolerance) either side of each rule's first threshold
  const lined = RULES.flatMap((r) => {
    const line = r.versions[0]?.threshold;
    return r.comparison !== 'flag' && r.comparison !== 'range' && line !== null && line !== undefined && line !== 0 ? [[r.id, line] as const] : [];
  });
  it.each(lined)('%s at %d: below, on and above the line', (id, line) => {
    const below = line * (1 - 1e-6);
    const above = line * (1 + 1e-6);
    const c = RULES.find((r) => r.id === id)!.comparison;
    const expected: Readonly<Record<string, readonly [boolean, boolean, boolean]>> = {
      gt: [false, false, true], lt: [true, false, false], ge: [false, true, true], le: [true, true, false], tier: [false, true, true],
    };
    expect([below, line, above].map((v) => breaks(id, v, line))).toEqual(expected[c]);
  });
  it('a double rounding residue on either side of a line is on it', () => {
    expect(crossesLine('gt', 0.30000000000000004, 0.3)).toBe(false);
    expect(crossesLine('lt', 199.99999999999997, 200)).toBe(false);
    expect(crossesLine('tier', 1.1999999999999997, 1.2)).toBe(true);
    expect(crossesLine('ge', 0.49999999999999994, 0.5)).toBe(true);
  });
  it('range and flag rules state their own test: the judge refuses them', () => {
    expect(() => breaks('town.area', 3, 5)).toThrow(/own test/);
    expect(breaks('town.jobs', null, 2000)).toBe(false);
  });
});
