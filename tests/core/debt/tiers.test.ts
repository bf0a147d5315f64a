import { describe, expect, it } from 'vitest';
import { tierLevel, tierOf, tierVersionFor, tierEdges } from '../../../src/core/debt/tiers.ts';
import { ruleInForce } from '../../../src/core/rules/inForce.ts';
import { thresholdsInForce } from '../../../src/core/rules/thresholds.ts';

const edges = { yellow: 1.2, orange: 2.0, red: 3.0 };

describe('tierOf (SPEC §6: half-open [low, high) tiers)', () => {
  // SPEC §1 "At the line": within a relative 1e−9 of an edge is on it (the upper tier); 1e−6 below is below
  it('exactly 1.2 (or a double rounding residue below it) is yellow; just below is green', () => {
    expect(tierOf(1.2, edges)).toBe('yellow');
    expect(tierOf(1.2 - 1e-8, edges)).toBe('green');
  });
  it('exactly 2.0 is orange; just below is yellow', () => {
    expect(tierOf(2.0, edges)).toBe('orange');
    expect(tierOf(2.0 - 1e-8, edges)).toBe('yellow');
  });
  it('exactly 3.0 is red; just below is orange', () => {
    expect(tierOf(3.0, edges)).toBe('red');
    expect(tierOf(3.0 - 1e-8, edges)).toBe('orange');
  });
  it('a value on an edge in decimal arithmetic is on it (SPEC §1): (655,904.8 + 710,381.12) / 1,138,571.6 is yellow', () => {
    expect(tierOf((655904.8 + 710381.12) / 1138571.6, edges)).toBe('yellow');
    expect(tierOf(1.2 - 1e-12, edges)).toBe('yellow');
  });
  it('0 is green and an undefined ratio has no tier', () => {
    expect(tierOf(0, edges)).toBe('green');
    expect(tierOf(null, edges)).toBeNull();
  });
});

describe('tier edges and levels', () => {
  it('come from the rule table params', () => {
    const v = ruleInForce('district.tier', 2026);
    expect(v && tierEdges(v)).toEqual(edges);
  });
  it('follow scenario overrides of the params', () => {
    expect(tierEdges(tierVersionFor(2026, { 'district.tier': { params: { yellow: 1.0 } } }))).toEqual({ ...edges, yellow: 1.0 });
  });
  it('years before the rule took effect use its first version for classification', () => {
    expect(tierEdges(tierVersionFor(2018, {}))).toEqual(edges);
  });
  it('yellow takes the rule level (warning), orange and red are breaches, green none', () => {
    const v = tierVersionFor(2026, {});
    expect([tierLevel('green', v), tierLevel('yellow', v), tierLevel('orange', v), tierLevel('red', v), tierLevel(null, v)])
      .toEqual(['ok', 'warning', 'breach', 'breach', 'ok']);
  });
});

describe('district.tier-broad (the practice line, warning only)', () => {
  it('has the same edges as the legal tier, and every tier above green is a warning', () => {
    const v = tierVersionFor(2026, {}, 'district.tier-broad');
    expect(tierEdges(v)).toEqual(edges);
    expect([tierLevel('green', v, true), tierLevel('yellow', v, true), tierLevel('orange', v, true), tierLevel('red', v, true)])
      .toEqual(['ok', 'warning', 'warning', 'warning']);
  });
  it('its thresholds in the result are warnings at every edge; the legal tier\'s orange and red are breaches', () => {
    const rows = thresholdsInForce();
    const levels = (rule: string) => rows.filter((r) => r.rule === rule).map((r) => [r.param, r.value, r.level]);
    expect(levels('district.tier-broad')).toEqual([['orange', 2, 'warning'], ['red', 3, 'warning'], ['yellow', 1.2, 'warning']]);
    expect(levels('district.tier')).toEqual([['orange', 2, 'breach'], ['red', 3, 'breach'], ['yellow', 1.2, 'warning']]);
  });
});

describe('tier overrides', () => {
  it('an overridden threshold moves the yellow edge when params.yellow is not given', () => {
    expect(tierEdges(tierVersionFor(2026, { 'district.tier': { threshold: 1.0 } }))).toEqual({ ...edges, yellow: 1.0 });
  });
  it('params.yellow wins over the threshold when both are given', () => {
    expect(tierEdges(tierVersionFor(2026, { 'district.tier': { threshold: 1.0, params: { yellow: 1.1 } } }))).toEqual({ ...edges, yellow: 1.1 });
  });
});
