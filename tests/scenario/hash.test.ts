import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { canonicalJson, scenarioHash } from '../../src/scenario/hash.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { baselineDoc } from './support.ts';
import type { Doc } from './support.ts';

function validated(doc: Doc): Scenario {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}

describe('canonicalJson', () => {
  it('sorts keys, keeps array order, leaves out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [3, 1, { d: null, c: 'x' }], u: undefined })).toBe('{"a":[3,1,{"c":"x","d":null}],"b":1}');
  });

  it('writes −0 as 0, integers without .0, and the shortest round-trip form of other numbers', () => {
    expect(canonicalJson([-0, 1.0, 1.5, 0.1 + 0.2, 1e21, 5e-7])).toBe('[0,1,1.5,0.30000000000000004,1e+21,5e-7]');
  });

  it('refuses NaN and Infinity (validated data never holds them)', () => {
    expect(() => canonicalJson({ x: NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson([Infinity])).toThrow(/non-finite/);
  });

  it('is valid JSON that parses back to the same data', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
    }));
  });
});

describe('scenarioHash', () => {
  it('is the sha256 hex of the canonical JSON', () => {
    const s = validated(baselineDoc());
    expect(scenarioHash(s)).toBe(bytesToHex(sha256(utf8ToBytes(canonicalJson(s)))));
  });

  it('1.5, 1.50 and "1.5" hash alike once validated', () => {
    const doc = baselineDoc();
    const hashes = [1.5, '1.50', '1.5', '+1.5e0'].map((v) => scenarioHash(validated({ ...doc, city: { ...(doc.city as Doc), existingPppObligations: v } })));
    expect(new Set(hashes).size).toBe(1);
  });

  it('a constant and { base, growth: 0 } are the same series, so they hash alike', () => {
    const doc = baselineDoc();
    const a = validated({ ...doc, city: { ...(doc.city as Doc), existingPppObligations: 600000 } });
    const b = validated({ ...doc, city: { ...(doc.city as Doc), existingPppObligations: { base: '600000.00', growth: 0 } } });
    expect(scenarioHash(a)).toBe(scenarioHash(b));
  });

  it('changes when any figure changes', () => {
    const doc = baselineDoc();
    const changed = validated({ ...doc, city: { ...(doc.city as Doc), retainedShare: 0.51 } });
    expect(scenarioHash(changed)).not.toBe(scenarioHash(validated(doc)));
  });
});

/** A deep copy of plain data with every object's keys in an order chosen by `order`. */
function reorder(v: unknown, order: (keys: string[]) => string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => reorder(x, order));
  if (typeof v !== 'object' || v === null) return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(order(Object.keys(o)).map((k) => [k, reorder(o[k], order)]));
}

/** A deep copy with numbers written as decimal strings with trailing zeros where `pick` says so. */
function stringifyNumbers(v: unknown, pick: () => boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => stringifyNumbers(x, pick));
  if (typeof v === 'number') return pick() ? `${String(v)}${Number.isInteger(v) ? '.00' : '0'}` : v;
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stringifyNumbers(x, pick)]));
}

describe('scenarioHash properties (fast-check)', () => {
  const doc = baselineDoc();
  const hash = scenarioHash(validated(doc));

  it('is stable under any key order in the file', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      let s = seed;
      const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
      const shuffle = (keys: string[]) => keys.map((k) => [rand(), k] as const).sort((a, b) => a[0] - b[0]).map(([, k]) => k);
      expect(scenarioHash(validated(reorder(doc, shuffle) as Doc))).toBe(hash);
    }), { numRuns: 15 });
  });

  it('is stable when numbers of the city, districts and towns are written as decimal strings ("1.50")', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), (bits) => {
      let i = 0;
      const pick = () => bits[i++ % bits.length] ?? false;
      const changed: Doc = { ...doc };
      for (const k of ['city', 'districts', 'towns']) changed[k] = stringifyNumbers(doc[k], pick);
      expect(scenarioHash(validated(changed))).toBe(hash);
    }), { numRuns: 15 });
  });
});
