import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/jsonChunks.ts';
import { jsonArrayText, jsonText, withLimits } from '../../src/report/resultJson.ts';
import { simulate } from '../../src/core/simulate.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';

const joined = (pieces: Iterable<string>): string => [...pieces].join('');
async function joinedAsync(pieces: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const p of pieces) s += p;
  return s;
}
async function* each<T>(items: readonly T[]): AsyncGenerator<T, void, undefined> {
  yield* items;
}

/** JSON-like data with what JSON.stringify treats specially: undefined, NaN, ±Infinity, −0, empty containers, line breaks in strings. */
const special = fc.constantFrom(undefined, NaN, Infinity, -Infinity, -0, '', 'a\nb', '"\\', '中文 / English', [], {});
const leaf = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null), special);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 })),
}));

describe('jsonChunks: the pieces are JSON.stringify(value, null, indent)', () => {
  it('for any JSON-like value, indent, walked depth and piece size (fast-check)', () => {
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 64 }),
      (v, indent, streamDepth, chunkChars) => {
        expect(joined(jsonChunks(v, { indent, streamDepth, chunkChars }))).toBe(JSON.stringify(v, null, indent) ?? '');
      }), { numRuns: 1000 });
  });

  it('written at depth 1, the pieces are an item of a JSON.stringify array (fast-check)', () => {
    fc.assert(fc.property(fc.array(value.filter((v) => v !== undefined), { minLength: 1, maxLength: 3 }), (items) => {
      const inner = items.map((v) => `  ${joined(jsonChunks(v, { indent: 2, atDepth: 1, streamDepth: 3, chunkChars: 8 }))}`).join(',\n');
      expect(`[\n${inner}\n]`).toBe(JSON.stringify(items, null, 2));
    }), { numRuns: 300 });
  });

  it('yields pieces of about chunkChars, never the whole text at once', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ rule: 'r', year: 2026 + (i % 30), value: i / 7, level: 'ok' }));
    const pieces = [...jsonChunks({ rows }, { chunkChars: 4096 })];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4096 + 200);
  });
});

describe('the result JSON, streamed', () => {
  it('is byte-identical to JSON.stringify of the baseline result, and the same across runs', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!r.ok) throw new Error('baseline invalid');
    const a = simulate(r.scenario, { hash: r.hash });
    const b = simulate(r.scenario, { hash: r.hash });
    const text = joined(jsonText(a));
    expect(text).toBe(`${JSON.stringify(a, null, 2)}\n`);
    expect(joined(jsonText(b))).toBe(text);
    expect(await joinedAsync(jsonArrayText(each([a, b])))).toBe(`${JSON.stringify([a, b], null, 2)}\n`);
    expect(await joinedAsync(jsonArrayText(each([])))).toBe('[]\n');
  });
});

describe('withLimits (--limits)', () => {
  const rows = [
    { rule: 'ppp.share.10', subject: { kind: 'city', id: 'gz' }, year: 2026, value: 1, limit: 2, headroom: 1, level: 'ok' },
    { rule: 'ppp.share.7', subject: { kind: 'city', id: 'gz' }, year: 2026, value: 3, limit: 2, headroom: -1, level: 'breach' },
    { rule: 'town.jobs', subject: { kind: 'city', id: 'gz' }, year: 2027, value: 1.9, limit: 2, headroom: 0.1, level: 'warning' },
  ] as const;
  const doc = { before: 1, limits: rows, after: 2 };

  it('all: the document itself, every row (SPEC §10)', () => {
    expect(withLimits(doc, 'all')).toBe(doc);
  });
  it('findings: only warning and breach rows, marked, keys in their order', () => {
    const out = withLimits(doc, 'findings');
    expect(Object.keys(out)).toEqual(['before', 'limits', 'limitsIncluded', 'after']);
    expect(out).toEqual({ before: 1, limits: [rows[1], rows[2]], limitsIncluded: 'findings', after: 2 });
  });
  it('none: no limits key, marked in its place', () => {
    expect(Object.keys(withLimits(doc, 'none'))).toEqual(['before', 'limitsIncluded', 'after']);
  });
});
